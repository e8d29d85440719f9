import type { z } from 'zod';
import type {
  ctgovBaselineMeasureSchema,
  ctgovBaselineSchema,
} from '../../src/trial/results/ctgov-baseline-schema';
import type { Random } from './prng';
import { BASELINE_MEASURES } from './synthetic-baseline-measures';
import { groupId } from './synthetic-numbers';
import type { ResultArm } from './synthetic-result-groups';

export type RawBaseline = z.input<typeof ctgovBaselineSchema>;
export type RawBaselineMeasure = z.input<typeof ctgovBaselineMeasureSchema>;

/**
 * Baseline characteristics: one group per arm and a "Total" group last (BG ids local to this
 * module), the overall numbers analyzed, and `count` measures from the templates in
 * synthetic-baseline-measures.ts (taken in turn, repeated with a suffix when more are asked).
 */
export function generateBaseline(
  arms: readonly ResultArm[],
  count: number,
  random: Random,
): RawBaseline {
  const sizes = arms.map((arm) => arm.randomized);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const measures: RawBaselineMeasure[] = [];
  for (let index = 0; index < count; index += 1) {
    const template = BASELINE_MEASURES[index % BASELINE_MEASURES.length];
    if (template === undefined) throw new Error('no baseline measure templates');
    const measure = template(sizes, random);
    const round = Math.floor(index / BASELINE_MEASURES.length);
    measures.push(
      round === 0
        ? measure
        : { ...measure, title: `${measure.title ?? ''} (${String(round + 1)})` },
    );
  }
  return {
    populationDescription:
      'All randomized participants (generated test data, not a real study population).',
    typeUnitsAnalyzed: 'Participants',
    groups: [
      ...arms.map((arm, index) => ({
        id: groupId('BG', index),
        title: arm.title,
        description: arm.description,
      })),
      { id: groupId('BG', arms.length), title: 'Total', description: 'Total of all groups' },
    ],
    denoms: [
      {
        units: 'Participants',
        counts: [...sizes, total].map((size, index) => ({
          groupId: groupId('BG', index),
          value: String(size),
        })),
      },
    ],
    measures,
  };
}
