import { describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { studyGroupRows } from './study-group-rows';

describe('studyGroupRows', () => {
  it('gives each arm the interventions it receives, in record order', () => {
    const rows = studyGroupRows(makeTrial());
    expect(rows.map((r) => [r.arm.label, r.interventions.map((i) => i.name)])).toEqual([
      ['Conventional therapy', ['Conventional therapy']],
      ['mesenchymal stem cells', ['mesenchymal stem cells']],
    ]);
  });
});
