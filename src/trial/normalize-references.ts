import { indexed, present } from './ctgov-fields';
import type { CtgovProtocol } from './ctgov-schema';
import type { Trial } from './trial-schema';

type ReferencesModule = NonNullable<CtgovProtocol['referencesModule']>;

/** A ClinicalTrials.gov study page: clinicaltrials.gov/study/NCT… or /ct2/show/NCT… */
const STUDY_PAGE =
  /^https?:\/\/(?:www\.)?clinicaltrials\.gov\/(?:study|ct2\/show)\/(NCT\d{8})(?=$|[/?#])/i;

/** The NCT id of a ClinicalTrials.gov study page URL, or null for any other URL. */
export function studyPageNctId(url: string): string | null {
  const id = STUDY_PAGE.exec(url.trim())?.[1];
  return id === undefined ? null : id.toUpperCase();
}

/** References, see-also links, and the see-also links that point at other studies. */
export function normalizeReferences(
  module: ReferencesModule | undefined,
): Pick<Trial, 'references' | 'links' | 'relatedTrials'> & { warnings: string[] } {
  const warnings: string[] = [];
  const references: Trial['references'] = [];
  indexed(module?.references).forEach(({ item: reference, index }) => {
    if (reference.citation?.trim()) {
      references.push({
        citation: reference.citation,
        pmid: reference.pmid ?? null,
        type: reference.type ?? null,
      });
    } else {
      warnings.push(`reference ${index + 1} has no citation and is left out`);
    }
  });
  const links: Trial['links'] = [];
  const relatedTrials: Trial['relatedTrials'] = [];
  for (const link of present(module?.seeAlsoLinks)) {
    const nctId = studyPageNctId(link.url);
    const label = link.label ?? null;
    if (nctId === null) links.push({ label, url: link.url });
    else relatedTrials.push({ nctId, label, url: link.url });
  }
  return { references, links, relatedTrials, warnings };
}
