import type { z } from 'zod';
import type {
  ctgovOutcomeMeasureSchema,
  ctgovOutcomeMeasuresModuleSchema,
} from '../../src/trial/results/ctgov-outcome-measures-schema';
import type { OutcomeMeasureType } from '../../src/trial/results/outcome-measure-types';
import type { Random } from './prng';
import { generateAnalysis, type RawAnalysis } from './synthetic-analyses';
import type { Cell } from './synthetic-measure-cells';
import { groupId } from './synthetic-numbers';
import { categoryCells, OUTCOME_KINDS, type OutcomeKind } from './synthetic-outcome-kinds';
import type { ResultArm } from './synthetic-result-groups';

export type RawOutcomeMeasures = z.input<typeof ctgovOutcomeMeasuresModuleSchema>;
type RawOutcome = z.input<typeof ctgovOutcomeMeasureSchema>;

/** Outcomes that are NOT_POSTED (posting expected later): the 22nd, 47th, 72nd and 97th of 100. */
export const isNotPosted = (index: number) => index % 25 === 21;
/** The one POSTED outcome without a parameter or values (no participant had a measurable value). */
export const withoutValues = (index: number, count: number) => index === count - 12;

function outcomeType(index: number, count: number): OutcomeMeasureType {
  if (index < count * 0.1) return 'PRIMARY';
  if (index < count * 0.7) return 'SECONDARY';
  if (index < count * 0.9) return 'OTHER_PRE_SPECIFIED';
  return 'POST_HOC';
}

/** The arms an outcome reports: all, the experimental ones, or one experimental arm and its comparator. */
function outcomeArms(kind: OutcomeKind, arms: readonly ResultArm[], index: number): ResultArm[] {
  const experimental = arms.filter((arm) => arm.experimental);
  if (kind.experimentalOnly) return experimental;
  if (index % 5 !== 3) return [...arms];
  const arm = experimental[index % experimental.length];
  const comparator =
    arm?.comparator === null || arm === undefined ? undefined : arms[arm.comparator];
  return arm && comparator ? [arm, comparator] : [...arms];
}

const measurements = (cells: readonly Cell[]) =>
  cells.map((cell, index) => ({ groupId: groupId('OG', index), ...cell }));
const denom = (sizes: readonly number[]) => ({
  units: 'Participants',
  counts: sizes.map((n, index) => ({ groupId: groupId('OG', index), value: String(n) })),
});

function classes(
  kind: OutcomeKind,
  sizes: readonly number[],
  random: Random,
): RawOutcome['classes'] {
  if (kind.rows?.classes)
    return kind.rows.classes.map((title, visit) => {
      const atVisit = sizes.map((n) => Math.round(n * (1 - 0.07 * visit)) - random.int(3));
      return {
        title,
        denoms: [denom(atVisit)],
        categories: [{ measurements: measurements(kind.cells(atVisit, random)) }],
      };
    });
  const categories = kind.rows?.categories;
  if (categories) {
    const cells = categoryCells(sizes, categories, random);
    return [
      {
        categories: categories.map(([title], index) => ({
          title,
          measurements: measurements(cells[index] ?? []),
        })),
      },
    ];
  }
  return [{ categories: [{ measurements: measurements(kind.cells(sizes, random)) }] }];
}

/** The comparisons of an outcome: experimental arms (in turn) against their comparator. */
function analyses(
  kind: OutcomeKind,
  shown: readonly ResultArm[],
  arms: readonly ResultArm[],
  wanted: number,
  first: number,
  random: Random,
): RawAnalysis[] {
  const family = kind.analysis;
  if (!family) return [];
  const pairs = shown.flatMap((arm, index) => {
    const comparator = arm.comparator === null ? undefined : arms[arm.comparator];
    const at = comparator ? shown.indexOf(comparator) : -1;
    return comparator && at >= 0 ? [{ arm, index, comparator, at }] : [];
  });
  const start = pairs.length === 0 ? 0 : first % pairs.length;
  const rotated = [...pairs.slice(start), ...pairs.slice(0, start)];
  return rotated
    .slice(0, wanted)
    .map(({ arm, index, comparator, at }, offset) =>
      generateAnalysis(
        family,
        [groupId('OG', index), groupId('OG', at)],
        [arm.title, comparator.title],
        first + offset,
        random,
      ),
    );
}

/**
 * `count` outcome measures (10% primary, 60% secondary, 20% other pre-specified, 10% post hoc)
 * of the kinds in synthetic-outcome-kinds.ts, with `analysisCount` analyses in all (two per
 * primary outcome, then one per outcome that can have one, until there are enough).
 */
export function generateOutcomeMeasures(
  arms: readonly ResultArm[],
  count: number,
  analysisCount: number,
  random: Random,
): RawOutcomeMeasures {
  const outcomeMeasures: RawOutcome[] = [];
  let analysed = 0;
  for (let index = 0; index < count; index += 1) {
    const kind = OUTCOME_KINDS[index % OUTCOME_KINDS.length];
    if (kind === undefined) throw new Error('no outcome kinds');
    const occurrence = Math.floor(index / OUTCOME_KINDS.length);
    const subject = kind.subjects[occurrence % kind.subjects.length] ?? '';
    const time =
      kind.times[Math.floor(occurrence / kind.subjects.length) % kind.times.length] ?? '';
    const type = outcomeType(index, count);
    const common: RawOutcome = {
      type,
      title: kind.title(subject, time),
      description: `${kind.title(subject, time)}. Generated test data, not a real measurement.${
        index % 10 === 1 ? '\n\nA response is an improvement of \\>= 20% from baseline.' : ''
      }`,
      timeFrame: time.startsWith('up to') ? `Baseline ${time}` : `Baseline and ${time}`,
    };
    if (isNotPosted(index)) {
      outcomeMeasures.push({
        ...common,
        reportingStatus: 'NOT_POSTED',
        anticipatedPostingDate: '2027-06',
      });
      continue;
    }
    const shown = outcomeArms(kind, arms, index);
    const sizes = shown.map((arm) => arm.randomized - random.int(4));
    const groups = shown.map((arm, at) => ({
      id: groupId('OG', at),
      title: arm.title,
      description: arm.description,
    }));
    const population =
      'Full Analysis Set: all randomized participants who received at least one dose.';
    if (withoutValues(index, count)) {
      outcomeMeasures.push({
        ...common,
        reportingStatus: 'POSTED',
        populationDescription: `${population} No participant had a value above the limit of quantification, so none is given.`,
        groups,
        denoms: [denom(shown.map(() => 0))],
      });
      continue;
    }
    const wanted = Math.min(type === 'PRIMARY' ? 2 : 1, analysisCount - analysed);
    const outcomeAnalyses = analyses(kind, shown, arms, wanted, analysed, random);
    analysed += outcomeAnalyses.length;
    outcomeMeasures.push({
      ...common,
      populationDescription: population,
      reportingStatus: 'POSTED',
      paramType: kind.paramType,
      ...(kind.dispersionType ? { dispersionType: kind.dispersionType } : {}),
      unitOfMeasure: kind.unitOfMeasure,
      groups,
      denoms: [denom(sizes)],
      classes: classes(kind, sizes, random),
      ...(outcomeAnalyses.length > 0 ? { analyses: outcomeAnalyses } : {}),
    });
  }
  return { outcomeMeasures };
}
