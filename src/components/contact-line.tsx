import { mailtoLink } from '@/lib/safe-links';
import type { Contact } from '@/trial/trial-schema';
import { ContactPhone } from './contact-phone';
import { LinkOrText } from './link-or-text';
import { Missing } from './missing';
import './contact-line.css';

/**
 * One person to contact on one line, for a table cell: name, phone (tel: link, with its
 * extension) and email (mailto: link), each only as the record gives it. ContactCard is the full
 * form (with the role).
 */
export function ContactLine({ contact }: { contact: Contact }) {
  const { person, phone, phoneExt, email } = contact;
  return (
    <span className="contact-line">
      {person ? <bdi>{person.name}</bdi> : <Missing>Name not listed</Missing>}
      {phone !== null && (
        <span>
          <Separator />
          <ContactPhone phone={phone} ext={phoneExt} />
        </span>
      )}
      {email !== null && (
        <span>
          <Separator />
          <LinkOrText link={mailtoLink(email)} text={email} />
        </span>
      )}
    </span>
  );
}

/** A dot between the parts for the eye; a space for a screen reader. */
function Separator() {
  return (
    <>
      {' '}
      <span aria-hidden="true">·</span>{' '}
    </>
  );
}
