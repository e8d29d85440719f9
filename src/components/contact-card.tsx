import { CONTACT_ROLE_LABELS } from '@/trial/labels';
import type { Contact } from '@/trial/trial-schema';
import { CodeLabel } from './code-label';
import { DefinitionList } from './definition-list';
import { Missing } from './missing';
import { telHref } from './tel-href';
import './contact-card.css';

/** One person to contact: name with degrees, role, phone (tel: link) and email (mailto: link). */
export function ContactCard({ contact }: { contact: Contact }) {
  const { person, role, phone, phoneExt, email } = contact;
  const degrees = person && person.degrees.length > 0 ? `, ${person.degrees.join(', ')}` : '';
  return (
    <div className="contact-card">
      <p className="contact-card__name">
        {person ? `${person.name}${degrees}` : <Missing>Name not listed</Missing>}
      </p>
      <DefinitionList
        items={[
          {
            term: 'Role',
            value: role ? <CodeLabel label={CONTACT_ROLE_LABELS[role]} code={role} /> : null,
            missingText: 'No role listed',
          },
          {
            term: 'Phone',
            value: phone ? (
              <>
                <a href={telHref(phone, phoneExt)}>{phone}</a>
                {phoneExt ? `, ext. ${phoneExt}` : null}
              </>
            ) : null,
            missingText: 'No phone listed',
          },
          {
            term: 'Email',
            value: email ? <a href={`mailto:${email}`}>{email}</a> : null,
            missingText: 'No email listed',
          },
        ]}
      />
    </div>
  );
}
