import type {
  MeasureDispersionType,
  MeasureParam,
} from '../../src/trial/results/measure-vocabulary';
import type { RawBaselineMeasure } from './synthetic-baseline';
import type { Random } from './prng';
import { categoryCounts, continuousCells, type Cell, type Spread } from './synthetic-measure-cells';
import { groupId } from './synthetic-numbers';

/** A baseline measure from the arms' sizes (the Total group is added last). */
type Template = (sizes: readonly number[], random: Random) => RawBaselineMeasure;

const withTotal = (sizes: readonly number[]) => [...sizes, sizes.reduce((sum, n) => sum + n, 0)];
const measurements = (cells: readonly Cell[]) =>
  cells.map((cell, index) => ({ groupId: groupId('BG', index), ...cell }));
const counted = (counts: readonly number[]) =>
  measurements(counts.map((n) => ({ value: String(n) })));
const denom = (units: string, counts: readonly number[]) => ({
  units,
  counts: counts.map((n, index) => ({ groupId: groupId('BG', index), value: String(n) })),
});

const DISPERSION: Record<Spread, MeasureDispersionType> = {
  SD: 'STANDARD_DEVIATION',
  SE: 'STANDARD_ERROR',
  CI95: 'CONFIDENCE_95',
  IQR: 'INTER_QUARTILE_RANGE',
  RANGE: 'FULL_RANGE',
  GEO_CV: 'GEOMETRIC_COEFFICIENT',
  NONE: 'NA',
};

function continuous(
  title: string,
  paramType: MeasureParam,
  spread: Spread,
  unitOfMeasure: string,
  spec: { mean: number; sd: number; digits: number; floor?: number },
): Template {
  return (sizes, random) => ({
    title,
    paramType,
    dispersionType: DISPERSION[spread],
    unitOfMeasure,
    classes: [
      {
        categories: [
          { measurements: measurements(continuousCells(sizes, spec, spread, random, true)) },
        ],
      },
    ],
  });
}

function categorical(title: string, categories: readonly [string, number][]): Template {
  return (sizes, random) => {
    const counts = categoryCounts(
      sizes,
      categories.map(([, share]) => share),
      random,
      true,
    );
    return {
      title,
      paramType: 'COUNT_OF_PARTICIPANTS',
      unitOfMeasure: 'Participants',
      classes: [
        {
          categories: categories.map(([category], index) => ({
            title: category,
            measurements: counted(counts[index] ?? []),
          })),
        },
      ],
    };
  };
}

const REGIONS: readonly [string, number][] = [
  ['United States', 0.3],
  ['Germany', 0.12],
  ['France', 0.1],
  ['Spain', 0.09],
  ['Japan', 0.11],
  ['Brazil', 0.1],
  ['Poland', 0.1],
  ['Australia', 0.08],
];

/** Classes of their own (one per country), each a single untitled category. */
const regionOfEnrollment: Template = (sizes, random) => {
  const counts = categoryCounts(
    sizes,
    REGIONS.map(([, share]) => share),
    random,
    true,
  );
  return {
    title: 'Region of Enrollment',
    paramType: 'COUNT_OF_PARTICIPANTS',
    unitOfMeasure: 'participants',
    classes: REGIONS.map(([country], index) => ({
      title: country,
      categories: [{ measurements: counted(counts[index] ?? []) }],
    })),
  };
};

/** Classes with their own numbers analyzed (class denoms override the measure's). */
const priorTherapyByStage: Template = (sizes, random) => {
  const stages = categoryCounts(sizes, [0.2, 0.35, 0.45], random, false);
  return {
    title: 'Prior Lines of Therapy, by Disease Stage',
    description: 'Lines of systemic therapy before randomization, counted within each stage.',
    paramType: 'COUNT_OF_PARTICIPANTS',
    unitOfMeasure: 'Participants',
    classes: ['Stage II', 'Stage III', 'Stage IV'].map((stage, index) => {
      const inStage = stages[index] ?? [];
      const lines = categoryCounts(inStage, [0.3, 0.45, 0.25], random, true);
      return {
        title: stage,
        denoms: [denom('Participants', withTotal(inStage))],
        categories: ['None', 'One', 'Two or more'].map((title, line) => ({
          title,
          measurements: counted(lines[line] ?? []),
        })),
      };
    }),
  };
};

/** Fewer analyzed than randomized (measure denoms), and one group not measured: "NA" with a comment. */
const egfr: Template = (sizes, random) => {
  const missing = 3;
  const analyzed = sizes.map((n, index) => (index === missing ? 0 : n - random.int(6)));
  const cells = continuousCells(analyzed, { mean: 84, sd: 18, digits: 1 }, 'SD', random, true);
  cells[missing] = {
    value: 'NA',
    spread: 'NA',
    comment: 'Not measured at the sites of this group (generated test data).',
  };
  return {
    title: 'Estimated Glomerular Filtration Rate (eGFR)',
    populationDescription: 'Participants with a central laboratory sample at baseline.',
    paramType: 'MEAN',
    dispersionType: 'STANDARD_DEVIATION',
    unitOfMeasure: 'mL/min/1.73m^2',
    denoms: [denom('Participants', withTotal(analyzed))],
    classes: [{ categories: [{ measurements: measurements(cells) }] }],
  };
};

const currentSmokers: Template = (sizes, random) => ({
  title: 'Current Smokers',
  paramType: 'NUMBER',
  dispersionType: 'NA',
  unitOfMeasure: 'percentage of participants',
  calculatePct: false,
  classes: [
    {
      categories: [
        {
          measurements: measurements(
            withTotal(sizes).map(() => ({ value: (12 + random.next() * 14).toFixed(1) })),
          ),
        },
      ],
    },
  ],
});

/** Counted in eyes, not participants: two denoms, the measure selects "Eyes". */
const eyesWithRetinopathy: Template = (sizes, random) => {
  const eyes = sizes.map((n) => 2 * n);
  const counts = categoryCounts(eyes, [0.18, 0.82], random, true);
  return {
    title: 'Eyes with Diabetic Retinopathy',
    paramType: 'COUNT_OF_UNITS',
    unitOfMeasure: 'Eyes',
    denomUnitsSelected: 'Eyes',
    denoms: [denom('Participants', withTotal(sizes)), denom('Eyes', withTotal(eyes))],
    classes: [
      {
        categories: ['Retinopathy', 'No retinopathy'].map((title, index) => ({
          title,
          measurements: counted(counts[index] ?? []),
        })),
      },
    ],
  };
};

/** The 20 templates, in the order a record lists them. */
export const BASELINE_MEASURES: readonly Template[] = [
  continuous('Age, Continuous', 'MEAN', 'SD', 'years', { mean: 58, sd: 11, digits: 1 }),
  categorical('Age, Categorical', [
    ['<=18 years', 0.01],
    ['Between 18 and 65 years', 0.62],
    ['>=65 years', 0.37],
  ]),
  categorical('Sex: Female, Male', [
    ['Female', 0.48],
    ['Male', 0.52],
  ]),
  categorical('Ethnicity (NIH/OMB)', [
    ['Hispanic or Latino', 0.12],
    ['Not Hispanic or Latino', 0.83],
    ['Unknown or Not Reported', 0.05],
  ]),
  categorical('Race (NIH/OMB)', [
    ['American Indian or Alaska Native', 0.01],
    ['Asian', 0.14],
    ['Native Hawaiian or Other Pacific Islander', 0.005],
    ['Black or African American', 0.09],
    ['White', 0.71],
    ['More than one race', 0.02],
    ['Unknown or Not Reported', 0.025],
  ]),
  regionOfEnrollment,
  continuous('Body Weight', 'MEAN', 'SD', 'kg', { mean: 76.4, sd: 16.2, digits: 1 }),
  continuous('Height', 'MEAN', 'SD', 'cm', { mean: 169.8, sd: 9.6, digits: 1 }),
  continuous('Body Mass Index', 'MEDIAN', 'IQR', 'kg/m^2', { mean: 26.4, sd: 4.8, digits: 1 }),
  continuous('Time Since Diagnosis', 'MEDIAN', 'RANGE', 'months', {
    mean: 14.2,
    sd: 9,
    digits: 1,
    floor: 0.5,
  }),
  categorical('ECOG Performance Status', [
    ['0', 0.45],
    ['1', 0.5],
    ['2', 0.05],
  ]),
  continuous('Baseline Tumour Size (Sum of Diameters)', 'GEOMETRIC_MEAN', 'GEO_CV', 'mm', {
    mean: 62,
    sd: 31,
    digits: 1,
  }),
  continuous('Systolic Blood Pressure', 'MEAN', 'SD', 'mmHg', { mean: 128, sd: 15, digits: 0 }),
  continuous('Haemoglobin', 'MEAN', 'CI95', 'g/dL', { mean: 12.9, sd: 1.6, digits: 2 }),
  continuous('Global Health Status (EORTC QLQ-C30)', 'MEAN', 'SE', 'units on a scale', {
    mean: 62,
    sd: 18,
    digits: 1,
  }),
  priorTherapyByStage,
  egfr,
  currentSmokers,
  continuous('Glycated Haemoglobin (HbA1c)', 'MEAN', 'SD', 'percentage of haemoglobin', {
    mean: 5.9,
    sd: 0.7,
    digits: 2,
  }),
  eyesWithRetinopathy,
];
