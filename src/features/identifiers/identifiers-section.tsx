import { CodeLabel } from '@/components/code-label';
import { DefinitionList } from '@/components/definition-list';
import { ExternalLink } from '@/components/external-link';
import { Missing } from '@/components/missing';
import { Section } from '@/components/section';
import { studyLink, webLink } from '@/lib/safe-links';
import { IDENTIFIER_KIND_LABELS } from '@/trial/labels';
import type { Trial } from '@/trial/trial-schema';
import { ReferencesList } from './references-list';
import './identifiers-section.css';

type IdentifierFields = Pick<
  Trial,
  'nctId' | 'identifiers' | 'references' | 'links' | 'relatedTrials'
>;

/** The related study's label (isolated), with its NCT id added when the label does not carry it. */
function relatedText({ nctId, label }: Trial['relatedTrials'][number]) {
  if (label === null) return nctId;
  return label.includes(nctId) ? (
    <bdi>{label}</bdi>
  ) : (
    <>
      <bdi>{label}</bdi> ({nctId})
    </>
  );
}

const noneListed = (
  <p>
    <Missing>None listed</Missing>
  </p>
);

/**
 * The NCT id, other identifiers, references, links and related ClinicalTrials.gov studies.
 * Record-supplied links (identifier links, see-also links) go to any http(s) host, shown with the
 * host's name; ClinicalTrials.gov links are built from the NCT id alone (src/lib/safe-links.ts).
 */
export function IdentifiersSection({ trial }: { trial: IdentifierFields }) {
  const { nctId, identifiers, references, links, relatedTrials } = trial;
  return (
    <Section
      id="identifiers"
      recordModules={['referencesModule']}
      title="Identifiers and links"
      blurb="Other numbers this study is registered under, publications, and related studies."
    >
      <DefinitionList
        items={[
          { term: 'NCT ID', value: <ExternalLink link={studyLink(nctId)}>{nctId}</ExternalLink> },
        ]}
      />
      <h3>Other identifiers</h3>
      {identifiers.length === 0 ? (
        noneListed
      ) : (
        <ul className="identifier-list">
          {identifiers.map(({ id, kind, domain, link }) => (
            <li key={`${kind ?? ''}-${id}`}>
              {link === null ? (
                <bdi>{id}</bdi>
              ) : (
                <ExternalLink link={webLink(link)} showHost>
                  {id}
                </ExternalLink>
              )}
              <span className="identifier-list__meta">
                {' — '}
                {kind === null ? (
                  <Missing>Type not given</Missing>
                ) : (
                  <CodeLabel label={IDENTIFIER_KIND_LABELS[kind]} code={kind} />
                )}
                {domain === null ? null : (
                  <>
                    , <bdi>{domain}</bdi>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>References</h3>
      <ReferencesList references={references} />
      <h3>Links</h3>
      {links.length === 0 ? (
        noneListed
      ) : (
        <ul className="identifier-list">
          {links.map(({ label, url }) => (
            <li key={url}>
              <ExternalLink link={webLink(url)} showHost={label !== null}>
                {label ?? url}
              </ExternalLink>
            </li>
          ))}
        </ul>
      )}
      <h3>Related studies</h3>
      {relatedTrials.length === 0 ? (
        noneListed
      ) : (
        <ul className="identifier-list">
          {relatedTrials.map((related) => (
            <li key={related.nctId}>
              <ExternalLink link={studyLink(related.nctId)}>{relatedText(related)}</ExternalLink>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
