import type { z } from 'zod';
import type { ctgovArmsInterventionsModuleSchema } from '../../src/trial/ctgov-design-schema';
import type { ArmGroupType, InterventionType } from '../../src/trial/vocabulary';

export type RawArmsModule = z.input<typeof ctgovArmsInterventionsModuleSchema>;

/** Arm types in a repeating pattern: mostly experimental, with every other kind present. */
const ARM_TYPE_CYCLE: readonly ArmGroupType[] = [
  'EXPERIMENTAL',
  'EXPERIMENTAL',
  'ACTIVE_COMPARATOR',
  'PLACEBO_COMPARATOR',
  'EXPERIMENTAL',
  'SHAM_COMPARATOR',
  'EXPERIMENTAL',
  'NO_INTERVENTION',
  'EXPERIMENTAL',
  'OTHER',
  'EXPERIMENTAL',
  'ACTIVE_COMPARATOR',
];

interface PlannedIntervention {
  type: InterventionType;
  name: string;
  description: string;
  armLabels: string[];
}

/** CT.gov's prefix before an intervention name in an arm ("Drug: SYN-101"). */
const PREFIX: Partial<Record<InterventionType, string>> = {
  DRUG: 'Drug',
  PROCEDURE: 'Procedure',
  BEHAVIORAL: 'Behavioral',
};

const SHARED: Partial<Record<ArmGroupType, Omit<PlannedIntervention, 'armLabels'>>> = {
  ACTIVE_COMPARATOR: {
    type: 'DRUG',
    name: 'Standard-of-care chemotherapy',
    description: 'Investigator-chosen standard chemotherapy, given as per local practice.',
  },
  PLACEBO_COMPARATOR: {
    type: 'DRUG',
    name: 'Placebo',
    description: 'Matching placebo tablets, once daily.',
  },
  SHAM_COMPARATOR: {
    type: 'PROCEDURE',
    name: 'Sham infusion',
    description: 'Saline infusion of the same duration.',
  },
  OTHER: {
    type: 'BEHAVIORAL',
    name: 'Quality-of-life questionnaire',
    description: 'EORTC QLQ-C30 every 6 weeks.',
  },
};

/**
 * `count` arm groups with types and interventions, linked both ways (arm interventionNames with
 * the type prefix, intervention armGroupLabels): one study drug per experimental arm (each also
 * given with standard of care from the second on), comparators sharing one intervention each.
 */
export function generateArms(count: number): RawArmsModule {
  const armGroups: NonNullable<RawArmsModule['armGroups']> = [];
  const planned = new Map<string, PlannedIntervention>();
  const plan = (intervention: Omit<PlannedIntervention, 'armLabels'>, arm: string): string => {
    const entry = planned.get(intervention.name) ?? { ...intervention, armLabels: [] };
    entry.armLabels.push(arm);
    planned.set(intervention.name, entry);
    return `${PREFIX[intervention.type] ?? 'Other'}: ${intervention.name}`;
  };
  for (let index = 0; index < count; index += 1) {
    const type = ARM_TYPE_CYCLE[index % ARM_TYPE_CYCLE.length] ?? 'OTHER';
    const letter = String.fromCharCode(65 + (index % 26));
    const cycle = index >= 26 ? String(Math.floor(index / 26) + 1) : '';
    const names: string[] = [];
    let label: string;
    if (type === 'EXPERIMENTAL') {
      const dose = 10 * (index + 1);
      label = `Arm ${letter}${cycle}: SYN-${String(101 + index)} ${String(dose)} mg`;
      names.push(
        plan(
          {
            type: 'DRUG',
            name: `SYN-${String(101 + index)}`,
            description: `Synthetic investigational drug, ${String(dose)} mg orally twice daily in 21-day cycles.`,
          },
          label,
        ),
      );
      const standard = SHARED.ACTIVE_COMPARATOR;
      if (index > 0 && standard) names.push(plan(standard, label));
    } else {
      const shared = SHARED[type];
      label = `Arm ${letter}${cycle}: ${shared ? shared.name : 'Observation only'}`;
      if (shared) names.push(plan(shared, label));
    }
    armGroups.push({
      label,
      type,
      description: `Synthetic study group ${String(index + 1)} (${type.toLowerCase().replace(/_/g, ' ')}).`,
      ...(names.length > 0 ? { interventionNames: names } : {}),
    });
  }
  const interventions = [...planned.values()].map((item) => ({
    type: item.type,
    name: item.name,
    description: item.description,
    armGroupLabels: item.armLabels,
  }));
  return { armGroups, interventions };
}
