import { STATUS_COLORS } from '@/components/status-colors';
import { OVERALL_STATUS_LABELS } from '@/trial/labels';
import type { OverallStatus } from '@/trial/vocabulary';

/** Sites may lack a status (e.g. completed studies): they get their own neutral colour and plain words. */
const NO_STATUS_COLOR = '#6b7280';

export function siteStatusColor(status: OverallStatus | null): string {
  return status === null ? NO_STATUS_COLOR : STATUS_COLORS[status].background;
}

export function siteStatusLabel(status: OverallStatus | null): string {
  return status === null ? 'Status not given' : OVERALL_STATUS_LABELS[status];
}
