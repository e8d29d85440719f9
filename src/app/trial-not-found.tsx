import { trialTitle } from '@/trial/trial-title';
import type { CatalogEntry } from '@/trial/trial-schema';
import { NCT_ID_PATTERN } from '@/trial/trial-format';
import { TrialLink } from '@/components/trial-link';

/** Shown for an unknown or malformed ?trial= id: says which, and lists the trials that are here. */
export function TrialNotFound({
  requested,
  trials,
}: {
  requested: string;
  trials: CatalogEntry[];
}) {
  const malformed = !NCT_ID_PATTERN.test(requested.toUpperCase());
  return (
    <main id="main" className="page-message">
      <h1>Trial not found</h1>
      <p>
        {malformed
          ? `“${requested}” is not a ClinicalTrials.gov id (they look like NCT01573923).`
          : `This explorer has no trial ${requested.toUpperCase()}.`}
      </p>
      <h2>Available trials</h2>
      <ul>
        {trials.map((entry) => (
          <li key={entry.nctId}>
            <TrialLink nctId={entry.nctId}>
              {entry.nctId}: {trialTitle(entry)}
            </TrialLink>
          </li>
        ))}
      </ul>
    </main>
  );
}
