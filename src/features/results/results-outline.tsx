import type { ResultsModuleName } from '@/trial/results/results-paths';
import { RESULTS_PART_HEADINGS } from './results-part-titles';

/**
 * Before the results load (in the prerendered page, and until the reader nears the section): what
 * the posted results hold, by part, in the record's order. With JavaScript off this is what the
 * page says of them, beside the link to the results on ClinicalTrials.gov.
 */
export function ResultsOutline({ modules }: { modules: readonly ResultsModuleName[] }) {
  if (modules.length === 0) return null;
  return (
    <div className="results-outline">
      <p>The posted results hold:</p>
      <ul className="inline-list">
        {modules.map((name) => (
          <li key={name}>{RESULTS_PART_HEADINGS[name].title}</li>
        ))}
      </ul>
    </div>
  );
}
