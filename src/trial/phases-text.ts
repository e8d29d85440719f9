import { PHASE_LABELS } from './labels';
import type { Phase } from './vocabulary';

/** [PHASE1, PHASE2] -> "Phase 1/Phase 2"; an empty list -> null (no phase published). */
export function phasesLabel(phases: readonly Phase[]): string | null {
  return phases.length === 0 ? null : phases.map((phase) => PHASE_LABELS[phase]).join('/');
}

/** [PHASE1, PHASE2] -> "PHASE1/PHASE2", the codes as the record publishes them. */
export function phasesCode(phases: readonly Phase[]): string | null {
  return phases.length === 0 ? null : phases.join('/');
}
