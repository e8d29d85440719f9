import { NO_STATUS_FILL, STATUS_COLORS } from '@/components/status-colors';
import { OVERALL_STATUS_LABELS } from '@/trial/labels';
import type { OverallStatus } from '@/trial/vocabulary';

/** A site's fill: its status's, or the neutral one of a site without a status. */
export function siteStatusColor(status: OverallStatus | null): string {
  return status === null ? NO_STATUS_FILL : STATUS_COLORS[status].background;
}

/** Plain words for a site's status, including its absence. */
export function siteStatusLabel(status: OverallStatus | null): string {
  return status === null ? 'Status not given' : OVERALL_STATUS_LABELS[status];
}
