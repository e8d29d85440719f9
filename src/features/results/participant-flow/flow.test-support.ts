import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { within } from '@testing-library/react';
import { z } from 'zod';
import { ctgovParticipantFlowSchema } from '@/trial/results/ctgov-participant-flow-schema';
import { normalizeParticipantFlow } from '@/trial/results/normalize-participant-flow';
import { participantFlowSchema } from '@/trial/results/participant-flow-schema';
import { salvageParse } from '@/trial/salvage-parse';
import type {
  DropWithdraw,
  FlowCount,
  FlowMilestone,
  FlowPeriod,
  MilestoneKind,
  ParticipantFlow,
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

const studySchema = z.object({ resultsSection: z.object({ participantFlowModule: z.unknown() }) });

/**
 * A shipped sample's participant flow, made as the build makes it, for jsdom tests too:
 * sample-results.ts finds the record with `new URL(relative, import.meta.url)`, which Vite
 * rewrites to a web address under jsdom, so the file is not found there. (Reported to the lead.)
 */
export function sampleFlowInJsdom(nctId: 'NCT02552212' | 'NCT05594173'): ParticipantFlow {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = resolve(here, '../../../../data/studies', `${nctId}.json`);
  const study = studySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const parsed = salvageParse(
    ctgovParticipantFlowSchema,
    study.resultsSection.participantFlowModule,
  );
  if (!parsed.ok || parsed.problems.length > 0) throw new Error(`${nctId}: flow with problems`);
  return participantFlowSchema.parse(normalizeParticipantFlow(parsed.data));
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
