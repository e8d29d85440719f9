import { VisuallyHidden } from './visually-hidden';
import './code-label.css';

export interface CodeLabelProps {
  /** The readable label, e.g. "Phase 1/Phase 2". */
  label: string;
  /** The raw ClinicalTrials.gov code(s) as published, e.g. "PHASE1/PHASE2". */
  code: string;
}

/**
 * A readable label that keeps the raw code within reach: a `<data value>` element (machine
 * readable), the code in a `title` tooltip on hover, and a visually hidden " (code …)" that
 * screen readers and copy-paste get; its leading space is inside the hidden text, so no gap
 * shows. The label sits in its own span so `getByText(label)` finds it.
 */
export function CodeLabel({ label, code }: CodeLabelProps) {
  return (
    <data className="code-label" value={code} title={`Code: ${code}`}>
      <span>{label}</span>
      <VisuallyHidden>{` (code ${code})`}</VisuallyHidden>
    </data>
  );
}
