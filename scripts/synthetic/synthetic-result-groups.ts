import type { RawArmsModule } from './synthetic-arms';
import type { Random } from './prng';
import { between } from './synthetic-numbers';

/**
 * The study groups as the results report them: one per arm (title and description from the arm),
 * with how many were randomized into each. Every results module makes its own groups (FG, BG,
 * OG, EG ids) from these; the ids stay local to their module, as in real records.
 */
export interface ResultArm {
  title: string;
  description: string;
  /** Randomized (the participant flow's STARTED of the first period). */
  randomized: number;
  /** The arm gives a study drug (experimental): only these have drug concentrations. */
  experimental: boolean;
  /** Index of the arm this one is compared with in analyses (a comparator), or null for none. */
  comparator: number | null;
}

export function resultArms(arms: RawArmsModule, random: Random): ResultArm[] {
  const groups = arms.armGroups ?? [];
  const firstComparator = groups.findIndex(
    (group) => group?.type === 'PLACEBO_COMPARATOR' || group?.type === 'ACTIVE_COMPARATOR',
  );
  return groups.map((group, index) => {
    const experimental = group?.type === 'EXPERIMENTAL';
    return {
      title: group?.label ?? `Group ${String(index + 1)}`,
      description: group?.description ?? '',
      randomized: between(random, 80, 160),
      experimental,
      comparator: experimental && firstComparator >= 0 ? firstComparator : null,
    };
  });
}
