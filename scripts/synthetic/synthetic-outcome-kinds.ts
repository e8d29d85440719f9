import type { MeasureParam } from '../../src/trial/results/measure-vocabulary';
import type { Random } from './prng';
import type { AnalysisFamily } from './synthetic-analyses';
import { categoryCounts, continuousCells, type Cell, type Spread } from './synthetic-measure-cells';
import { fixed } from './synthetic-numbers';

/**
 * The kinds of outcome measure the generator makes, in turn: each with its titles, parameter,
 * dispersion (display text, as outcomes publish it), unit, the values of its groups, and what its
 * analyses estimate (none for some kinds).
 */
export interface OutcomeKind {
  subjects: readonly string[];
  times: readonly string[];
  /** "Change From Baseline in {subject} at {time}". */
  title: (subject: string, time: string) => string;
  paramType: MeasureParam;
  dispersionType?: string;
  unitOfMeasure: string;
  /** Only the experimental groups (a drug's concentration). */
  experimentalOnly?: boolean;
  /** Rows: one class per entry (with its own numbers analyzed), or categories of one class. */
  rows?: { classes?: readonly string[]; categories?: readonly [string, number][] };
  cells: (sizes: readonly number[], random: Random) => Cell[];
  analysis?: AnalysisFamily;
}

const continuous =
  (mean: number, sd: number, digits: number, spread: Spread, floor?: number) =>
  (sizes: readonly number[], random: Random) =>
    continuousCells(sizes, { mean, sd, digits, floor }, spread, random, false);

const WEEKS = ['Week 12', 'Week 24', 'Week 52'];
/** "A|B|C" -> ["A", "B", "C"]: the subjects of a kind, one line each. */
const words = (text: string) => text.split('|');

export const OUTCOME_KINDS: readonly OutcomeKind[] = [
  {
    subjects: words(
      'Pain Score (NRS)|Fatigue Score (FACIT-F)|Disability Index (HAQ-DI)|Symptom Score|Sleep Quality Score',
    ),
    times: WEEKS,
    title: (subject, time) => `Change From Baseline in ${subject} at ${time}`,
    paramType: 'LEAST_SQUARES_MEAN',
    dispersionType: 'Standard Error',
    unitOfMeasure: 'units on a scale',
    cells: continuous(-2.1, 2.4, 2, 'SE'),
    analysis: {
      kind: 'difference',
      paramType: 'LS Mean Difference',
      statisticalMethod: 'ANCOVA',
      scale: 0.4,
    },
  },
  {
    subjects: words(
      'Overall Response|Complete Remission|Major Improvement|Minimal Disease Activity|Sustained Response',
    ),
    times: WEEKS,
    title: (subject, time) => `Percentage of Participants With ${subject} at ${time}`,
    paramType: 'NUMBER',
    unitOfMeasure: 'percentage of participants',
    cells: (sizes, random) => sizes.map(() => ({ value: fixed(10 + random.next() * 50, 1) })),
    analysis: {
      kind: 'ratio',
      paramType: 'Odds Ratio (OR)',
      statisticalMethod: 'Regression, Logistic',
    },
  },
  {
    subjects: words(
      'Grade 3 or Higher Infections|Dose Interruptions|Hospitalisation|Rescue Medication Use|Treatment Discontinuation',
    ),
    times: ['Week 24', 'Week 52', 'End of Study'],
    title: (subject, time) => `Number of Participants With ${subject} up to ${time}`,
    paramType: 'COUNT_OF_PARTICIPANTS',
    unitOfMeasure: 'Participants',
    cells: (sizes, random) =>
      sizes.map((n) => ({ value: String(Math.round(n * (0.05 + 0.3 * random.next()))) })),
    analysis: {
      kind: 'ratio',
      paramType: 'Risk Ratio (RR)',
      statisticalMethod: 'Cochran-Mantel-Haenszel',
    },
  },
  {
    subjects: words(
      'Progression-free Survival|Overall Survival|Time to First Relapse|Time to Treatment Failure|Duration of Response',
    ),
    times: ['up to 52 weeks', 'up to 5 years'],
    title: (subject, time) => `${subject} (${time})`,
    paramType: 'MEDIAN',
    dispersionType: '95% Confidence Interval',
    unitOfMeasure: 'months',
    cells: (sizes, random) =>
      continuousCells(
        sizes,
        { mean: 11, sd: 14, digits: 1, floor: 0.5 },
        'CI95',
        random,
        false,
      ).map((cell, index) =>
        index % 5 === 2
          ? {
              ...cell,
              upperLimit: 'NA',
              comment: 'The upper limit was not reached: too few events (generated test data).',
            }
          : cell,
      ),
    analysis: {
      kind: 'ratio',
      paramType: 'Hazard Ratio (HR)',
      statisticalMethod: 'Regression, Cox',
    },
  },
  {
    subjects: words(
      'Trough Plasma Concentration of the Study Drug|Maximum Plasma Concentration (Cmax) of the Study Drug|Plasma Concentration of the Main Metabolite|Area Under the Curve (AUC) of the Study Drug|Serum Concentration of Anti-drug Antibodies',
    ),
    times: ['Week 4', 'Week 24'],
    title: (subject, time) => `${subject} at ${time}`,
    paramType: 'GEOMETRIC_MEAN',
    dispersionType: 'Geometric Coefficient of Variation',
    unitOfMeasure: 'ng/mL',
    experimentalOnly: true,
    cells: (sizes, random) =>
      continuousCells(sizes, { mean: 240, sd: 110, digits: 1 }, 'GEO_CV', random, false).map(
        (cell, index) =>
          index === 1
            ? {
                value: 'NA',
                spread: 'NA',
                comment: 'Values were below the lower limit of quantification.',
              }
            : cell,
      ),
  },
  {
    subjects: words(
      'Serum C-reactive Protein|Haemoglobin|Body Weight|Systolic Blood Pressure|Walking Distance (6MWT)',
    ),
    times: WEEKS,
    title: (subject, time) => `${subject} at ${time}`,
    paramType: 'MEAN',
    dispersionType: 'Standard Deviation',
    unitOfMeasure: 'units',
    cells: continuous(48, 12, 1, 'SD'),
    analysis: {
      kind: 'difference',
      paramType: 'Mean Difference (Final Values)',
      statisticalMethod: 't-test, 2 sided',
      scale: 3,
    },
  },
  {
    subjects: words(
      'Days in Hospital|Days Off Work|Number of Flares|Injections per Month|Clinic Visits',
    ),
    times: ['Week 24', 'Week 52'],
    title: (subject, time) => `${subject} up to ${time}`,
    paramType: 'MEDIAN',
    dispersionType: 'Inter-Quartile Range',
    unitOfMeasure: 'days',
    cells: continuous(6, 4, 1, 'IQR', 0),
    analysis: {
      kind: 'difference',
      paramType: 'Median Difference (Final Values)',
      statisticalMethod: 'Wilcoxon (Mann-Whitney)',
      scale: 1.5,
    },
  },
  {
    subjects: words(
      'Quality of Life (EQ-5D VAS)|Patient Global Assessment|Physician Global Assessment|Mental Health Score (SF-36)|Physical Function Score (SF-36)',
    ),
    times: ['by Visit', 'by Visit, Per-protocol Set'],
    title: (subject, time) => `${subject} ${time}`,
    paramType: 'MEAN',
    dispersionType: 'Standard Deviation',
    unitOfMeasure: 'units on a scale',
    rows: { classes: WEEKS },
    cells: continuous(64, 17, 1, 'SD', 0),
    analysis: {
      kind: 'difference',
      paramType: 'Mean Difference (Net)',
      statisticalMethod: 'Mixed Models Analysis',
      scale: 4,
    },
  },
  {
    subjects: words(
      'Best Overall Response|Investigator-assessed Response|Centrally Assessed Response|Response in Target Lesions|Response in Non-target Lesions',
    ),
    times: ['Week 24', 'Week 52'],
    title: (subject, time) => `${subject} at ${time}`,
    paramType: 'COUNT_OF_PARTICIPANTS',
    unitOfMeasure: 'Participants',
    rows: {
      categories: [
        ['Complete response', 0.12],
        ['Partial response', 0.3],
        ['Stable disease', 0.33],
        ['Progressive disease', 0.2],
        ['Not evaluable', 0.05],
      ],
    },
    cells: () => [],
  },
  {
    subjects: words(
      'Treatment Cycles Received|Dose Reductions|Weeks on Treatment|Missed Doses|Infusions Received',
    ),
    times: ['up to Week 52', 'up to End of Study'],
    title: (subject, time) => `Number of ${subject} ${time}`,
    paramType: 'MEDIAN',
    dispersionType: 'Full Range',
    unitOfMeasure: 'cycles',
    cells: continuous(8, 3.5, 0, 'RANGE', 0),
  },
];

/** Counts per category for the categorical kind (one list per category, groups in order). */
export function categoryCells(
  sizes: readonly number[],
  categories: readonly [string, number][],
  random: Random,
): Cell[][] {
  return categoryCounts(
    sizes,
    categories.map(([, share]) => share),
    random,
    false,
  ).map((counts) => counts.map((count) => ({ value: String(count) })));
}
