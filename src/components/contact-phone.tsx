import { telLink } from '@/lib/safe-links';
import { LinkOrText } from './link-or-text';

/** A contact's phone as a tel: link (text when it has no digits), with its extension if any. */
export function ContactPhone({ phone, ext }: { phone: string; ext: string | null }) {
  return (
    <>
      <LinkOrText link={telLink(phone, ext)} text={phone} />
      {ext ? (
        <>
          , ext. <bdi>{ext}</bdi>
        </>
      ) : null}
    </>
  );
}
