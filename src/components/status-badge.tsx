import { OVERALL_STATUS_LABELS } from '@/trial/labels';
import type { OverallStatus } from '@/trial/vocabulary';
import { CodeLabel } from './code-label';
import { STATUS_COLORS } from './status-colors';
import './status-badge.css';

/** A status as a coloured pill that always carries its label (never colour alone). */
export function StatusBadge({ status }: { status: OverallStatus }) {
  const { background, text, group } = STATUS_COLORS[status];
  return (
    <span
      className="status-badge"
      data-status-group={group}
      style={{ backgroundColor: background, color: text }}
    >
      <CodeLabel label={OVERALL_STATUS_LABELS[status]} code={status} />
    </span>
  );
}
