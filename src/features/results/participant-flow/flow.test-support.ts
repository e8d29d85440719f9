import { within } from '@testing-library/react';
import type {
  DropWithdraw,
  FlowCount,
  FlowMilestone,
  FlowPeriod,
  MilestoneKind,
} from '@/trial/results/participant-flow-schema';

/** Small participant-flow fixtures for tests: counts per group as [groupId, numSubjects]. */
export type Counts = readonly (readonly [string, string | null])[];

export function counts(list: Counts): FlowCount[] {
  return list.map(([groupId, numSubjects]) => ({
    groupId,
    numSubjects,
    numUnits: null,
    comment: null,
  }));
}

const KINDS: Readonly<Record<string, MilestoneKind>> = {
  STARTED: 'STARTED',
  COMPLETED: 'COMPLETED',
  'NOT COMPLETED': 'NOT_COMPLETED',
};

export function milestone(type: string, list: Counts): FlowMilestone {
  return { kind: KINDS[type] ?? 'CUSTOM', type, comment: null, achievements: counts(list) };
}

export function reason(type: string, list: Counts): DropWithdraw {
  return { type, comment: null, reasons: counts(list) };
}

export function period(
  id: string,
  title: string,
  milestones: FlowMilestone[],
  dropWithdraws: DropWithdraw[] = [],
): FlowPeriod {
  return { id, title, milestones, dropWithdraws };
}

/** The text of each cell of each row of a table, header row first. */
export function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

/** The texts an image is described by (its summary, then its data table's caption and cells). */
export function descriptionsOf(image: HTMLElement): (string | null | undefined)[] {
  return (image.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent);
}
