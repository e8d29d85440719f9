import { DefinitionList } from '@/components/definition-list';
import { Missing } from '@/components/missing';
import { mailtoLink, telLink } from '@/lib/safe-links';
import { LinkOrText } from '@/components/link-or-text';
import type { ResultsContact as ResultsContactModel } from '@/trial/results/more-info-schema';
import { MORE_INFO_PATHS as PATHS } from './more-info-paths';

/**
 * The results point of contact: title (a name or a role), organization, phone with its
 * extension (a tel: link) and e-mail (a mailto: link). As src/components/contact-card.tsx does
 * for a protocol contact, a phone without digits or an e-mail that is not one plain address is
 * shown as text, not linked (src/lib/safe-links.ts). That card's shape (a person with degrees and
 * a role) is not this one's (a free-text title and an organization), so it is not reused as is.
 */
export function ResultsContact({ contact }: { contact: ResultsContactModel | null }) {
  if (contact === null)
    return (
      <p>
        <Missing path={PATHS.contact}>No point of contact given</Missing>
      </p>
    );
  const { title, organization, phone, phoneExt, email } = contact;
  return (
    <DefinitionList
      items={[
        {
          term: 'Name or title',
          value: title === null ? null : <bdi>{title}</bdi>,
          recordPath: PATHS.contactTitle,
        },
        {
          term: 'Organization',
          value: organization === null ? null : <bdi>{organization}</bdi>,
          recordPath: PATHS.contactOrganization,
        },
        {
          term: 'Phone',
          value:
            phone === null ? null : (
              <>
                <LinkOrText link={telLink(phone, phoneExt)} text={phone} />
                {phoneExt === null ? null : (
                  <>
                    , ext. <bdi>{phoneExt}</bdi>
                  </>
                )}
              </>
            ),
          missingText: 'No phone given',
          recordPath: PATHS.contactPhone,
        },
        {
          term: 'E-mail',
          value: email === null ? null : <LinkOrText link={mailtoLink(email)} text={email} />,
          missingText: 'No e-mail given',
          recordPath: PATHS.contactEmail,
        },
      ]}
    />
  );
}
