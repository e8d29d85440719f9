import { CodeLabel } from '@/components/code-label';
import { ExternalLink } from '@/components/external-link';
import { Missing } from '@/components/missing';
import { pubmedLink } from '@/lib/safe-links';
import { REFERENCE_TYPE_LABELS } from '@/trial/labels';
import type { Trial } from '@/trial/trial-schema';

/** Publications: citation, kind of reference and a PubMed link when the record has a (digits-only) PMID. */
export function ReferencesList({ references }: { references: Trial['references'] }) {
  if (references.length === 0) {
    return (
      <p>
        <Missing>None listed</Missing>
      </p>
    );
  }
  return (
    <ul className="reference-list">
      {references.map((reference, index) => (
        <li key={`${String(index)}-${reference.pmid ?? reference.citation}`}>
          <p>{reference.citation}</p>
          <p className="reference-list__meta">
            {reference.type === null ? null : (
              <>
                <CodeLabel label={REFERENCE_TYPE_LABELS[reference.type]} code={reference.type} />
                {reference.pmid === null ? null : ' · '}
              </>
            )}
            {reference.pmid === null ? null : (
              <ExternalLink link={pubmedLink(reference.pmid)}>PubMed {reference.pmid}</ExternalLink>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
