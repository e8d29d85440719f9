import { OVERALL_STATUS_LABELS } from '@/trial/labels';
import type { OverallStatus } from '@/trial/vocabulary';
import { CodeLabel } from './code-label';
import { statusGroup } from './status-colors';
import './status-colors.css';
import './status-badge.css';

/**
 * A status as a coloured pill that always carries its label (never colour alone). Its colours come
 * from status-colors.css through data-status: no style attribute, so it prerenders under the CSP.
 */
export function StatusBadge({ status }: { status: OverallStatus }) {
  return (
    <span className="status-badge" data-status={status} data-status-group={statusGroup(status)}>
      <CodeLabel label={OVERALL_STATUS_LABELS[status]} code={status} />
    </span>
  );
}
