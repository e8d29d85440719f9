import { OVERALL_STATUS_LABELS } from './labels';
import type { OverallStatus } from './vocabulary';

/**
 * What an overall status means beyond its label; null when the label says it all.
 * For UNKNOWN, ClinicalTrials.gov's explanation plus the last known status, or a plain
 * statement that the record publishes none.
 */
export function describeStatus(
  overall: OverallStatus,
  lastKnown: OverallStatus | null,
): string | null {
  if (overall !== 'UNKNOWN') return null;
  const why =
    'The study has passed its completion date and its status has not been verified in more than two years.';
  const last =
    lastKnown === null
      ? 'No last known status is published.'
      : `Last known status: ${OVERALL_STATUS_LABELS[lastKnown]}.`;
  return `${why} ${last}`;
}
