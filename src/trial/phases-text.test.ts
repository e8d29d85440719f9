import { describe, expect, it } from 'vitest';
import { phasesCode, phasesLabel } from './phases-text';

describe('phasesLabel and phasesCode', () => {
  it('join a list of phases with a slash, and give null for none', () => {
    expect(phasesLabel(['PHASE1', 'PHASE2'])).toBe('Phase 1/Phase 2');
    expect(phasesLabel(['PHASE3'])).toBe('Phase 3');
    expect(phasesLabel(['NA'])).toBe('Not applicable');
    expect(phasesLabel([])).toBeNull();
    expect(phasesCode(['PHASE1', 'PHASE2'])).toBe('PHASE1/PHASE2');
    expect(phasesCode([])).toBeNull();
  });
});
