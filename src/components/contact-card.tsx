import { CONTACT_ROLE_LABELS } from '@/trial/labels';
import { mailtoLink } from '@/lib/safe-links';
import { LinkOrText } from './link-or-text';
import type { Contact } from '@/trial/trial-schema';
import { CodeLabel } from './code-label';
import { ContactPhone } from './contact-phone';
import { DefinitionList } from './definition-list';
import { Missing } from './missing';
import './contact-card.css';

/**
 * One person to contact: name with degrees, role, phone (tel: link) and email (mailto: link).
 * A phone without digits or an email that is not one plain address is shown as text, not linked
 * (src/lib/safe-links.ts). Record text sits in <bdi> where app text follows it on the same line.
 */
export function ContactCard({ contact }: { contact: Contact }) {
  const { person, role, phone, phoneExt, email } = contact;
  const degrees = person && person.degrees.length > 0 ? `, ${person.degrees.join(', ')}` : '';
  const mailto = email === null ? null : mailtoLink(email);
  return (
    <div className="contact-card">
      <p className="contact-card__name">
        {person ? <bdi>{`${person.name}${degrees}`}</bdi> : <Missing>Name not listed</Missing>}
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
            value: phone ? <ContactPhone phone={phone} ext={phoneExt} /> : null,
            missingText: 'No phone listed',
          },
          {
            term: 'Email',
            value: email ? <LinkOrText link={mailto} text={email} /> : null,
            missingText: 'No email listed',
          },
        ]}
      />
    </div>
  );
}
