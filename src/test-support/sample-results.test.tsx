// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sampleModule } from './sample-results';

describe('sampleModule', () => {
  it('reads a shipped record under jsdom too', () => {
    expect(sampleModule('NCT02552212', 'outcomeMeasures').outcomeMeasures).toHaveLength(31);
  });
});
