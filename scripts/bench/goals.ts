import { formatValue, type Figure } from './figures';

export type GoalStatus = 'met' | 'missed' | 'unknown';

export interface GoalResult {
  goal: string;
  status: GoalStatus;
  detail: string;
}

interface Goal {
  goal: string;
  /** Which figures the goal is about. */
  covers: (name: string) => boolean;
  /** The limit every covered figure must stay under (or at, with `inclusive`). */
  limit: number;
  inclusive: boolean;
}

/** The goals, judged on the median figures. */
export const GOALS: readonly Goal[] = [
  {
    goal: 'NCT01573923 painted within 1.2x of static',
    covers: (name) => name === 'painted.NCT01573923.ratio',
    limit: 1.2,
    inclusive: true,
  },
  {
    goal: 'large painted within 1.2x of static',
    covers: (name) => name === 'painted.large.ratio',
    limit: 1.2,
    inclusive: true,
  },
  {
    goal: 'NCT01573923 interactive within 3x of static',
    covers: (name) => name === 'interactive.NCT01573923.ratio',
    limit: 3,
    inclusive: true,
  },
  {
    goal: 'large interactive < 1 s',
    covers: (name) => name === 'interactive.large.explorer',
    limit: 1_000,
    inclusive: false,
  },
  {
    goal: 'huge: no main-thread task over 200 ms from navigation to interactive',
    covers: (name) => name === 'longestTask.huge.explorer',
    limit: 200,
    inclusive: true,
  },
  {
    goal: 'every large sort/filter/select/nearest < 100 ms',
    covers: (name) => /^(sort|filter|select|nearest)\.large(\.|$)/.test(name),
    limit: 100,
    inclusive: false,
  },
  {
    goal: 'results: longest task while they render < 200 ms',
    covers: (name) => /^results\.[^.]+\.longestTask$/.test(name),
    limit: 200,
    inclusive: false,
  },
  {
    goal: 'results: adverse-event sort at 1,000 terms < 100 ms',
    covers: (name) => name === 'results.results.aeSort',
    limit: 100,
    inclusive: false,
  },
];

const shown = (figure: Figure) =>
  figure.value === null
    ? `${figure.name} n/a`
    : `${figure.name} ${formatValue(figure.value, figure.unit)} ${figure.unit}`;

/** Met when every covered figure is within the limit; missed when any is over; else unknown. */
export function evaluateGoal(goal: Goal, figures: readonly Figure[]): GoalResult {
  const covered = figures.filter((figure) => goal.covers(figure.name));
  if (covered.length === 0) return { goal: goal.goal, status: 'unknown', detail: 'not measured' };
  const over = covered.filter(
    (f) => f.value !== null && (goal.inclusive ? f.value > goal.limit : f.value >= goal.limit),
  );
  const missing = covered.filter((f) => f.value === null);
  if (over.length > 0)
    return { goal: goal.goal, status: 'missed', detail: over.map(shown).join(', ') };
  if (missing.length > 0)
    return { goal: goal.goal, status: 'unknown', detail: missing.map(shown).join(', ') };
  return { goal: goal.goal, status: 'met', detail: covered.map(shown).join(', ') };
}

export function evaluateGoals(figures: readonly Figure[]): GoalResult[] {
  return GOALS.map((goal) => evaluateGoal(goal, figures));
}

export function formatGoal({ goal, status, detail }: GoalResult): string {
  return `goal ${status === 'met' ? 'met   ' : status === 'missed' ? 'MISSED' : 'n/a   '} ${goal} (${detail})`;
}
