import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { toJson, type Json } from '../../src/test-support/json-value';

/**
 * What a shipped record (data/studies/, public ClinicalTrials.gov data) publishes in its results,
 * read straight from the file by a schema of the few fields the tests check: the expected
 * literals of the results tests come from the record itself, never from the app's own reader.
 */

const outcomeTypeSchema = z.enum(['PRIMARY', 'SECONDARY', 'OTHER_PRE_SPECIFIED', 'POST_HOC']);
type OutcomeType = z.infer<typeof outcomeTypeSchema>;

const eventSchema = z.object({ term: z.string(), organSystem: z.string() });

const recordSchema = z.object({
  protocolSection: z.object({
    identificationModule: z.object({ nctId: z.string(), briefTitle: z.string() }),
  }),
  resultsSection: z.object({
    participantFlowModule: z.object({
      groups: z.array(z.object({ id: z.string(), title: z.string() })),
      periods: z.array(
        z.object({
          title: z.string(),
          milestones: z.array(z.object({ type: z.string() })),
          dropWithdraws: z.array(z.object({ type: z.string() })),
        }),
      ),
    }),
    baselineCharacteristicsModule: z.object({
      measures: z.array(z.object({ title: z.string() })),
    }),
    outcomeMeasuresModule: z.object({
      outcomeMeasures: z.array(
        z.object({
          type: outcomeTypeSchema,
          title: z.string(),
          analyses: z.array(z.object({ pValue: z.string() })).default([]),
        }),
      ),
    }),
    adverseEventsModule: z.object({
      eventGroups: z.array(z.object({ id: z.string(), title: z.string() })),
      seriousEvents: z.array(eventSchema),
      otherEvents: z.array(eventSchema),
    }),
  }),
});
export type PublishedRecord = z.infer<typeof recordSchema>;

/** ClinicalTrials.gov text escapes markdown ("Placebo-\>OL CZP"); the page shows it unescaped. */
export const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');

/** The order the page shows outcome types in (and the record's order within a type). */
const TYPE_ORDER: readonly OutcomeType[] = [
  'PRIMARY',
  'SECONDARY',
  'OTHER_PRE_SPECIFIED',
  'POST_HOC',
];

export interface PublishedResults {
  record: PublishedRecord;
  /** Every outcome measure's title, in the page's order (by type, then the record's). */
  outcomeTitles: string[];
  /** Every statistical analysis's p-value text, in the page's order. */
  pValues: string[];
  /** The serious and the other events' terms in the tables' default order: by organ system, then term. */
  seriousTerms: string[];
  otherTerms: string[];
  /** Each flow period's title, and its table's row headers: the milestones in words, then the reasons. */
  flowPeriods: { title: string; rows: string[] }[];
}

/** The three milestones every period has, as the page words them; a study's own is as published. */
const MILESTONE_WORDS: Record<string, string> = {
  STARTED: 'Started',
  COMPLETED: 'Completed',
  'NOT COMPLETED': 'Not completed',
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const tableOrder = (events: { term: string; organSystem: string }[]) =>
  [...events]
    .sort(
      (a, b) => collator.compare(a.organSystem, b.organSystem) || collator.compare(a.term, b.term),
    )
    .map((event) => unescapeMarkdown(event.term));

export function publishedResults(nctId: string): PublishedResults {
  const file = join(process.cwd(), 'data', 'studies', `${nctId}.json`);
  const record = recordSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const outcomes = TYPE_ORDER.flatMap((type) =>
    record.resultsSection.outcomeMeasuresModule.outcomeMeasures.filter(
      (outcome) => outcome.type === type,
    ),
  );
  const { seriousEvents, otherEvents } = record.resultsSection.adverseEventsModule;
  return {
    record,
    outcomeTitles: outcomes.map((outcome) => unescapeMarkdown(outcome.title)),
    pValues: outcomes.flatMap((outcome) => outcome.analyses.map((analysis) => analysis.pValue)),
    seriousTerms: tableOrder(seriousEvents),
    otherTerms: tableOrder(otherEvents),
    flowPeriods: record.resultsSection.participantFlowModule.periods.map((period) => ({
      title: unescapeMarkdown(period.title),
      rows: [
        ...period.milestones.map(({ type }) => MILESTONE_WORDS[type] ?? unescapeMarkdown(type)),
        'Not completed, by reason',
        ...period.dropWithdraws.map(({ type }) => unescapeMarkdown(type)),
      ],
    })),
  };
}

/** A shipped record as a fresh JSON object to change (for records the tests break on purpose). */
export function studyRecord(nctId: string): Record<string, Json> {
  const file = join(process.cwd(), 'data', 'studies', `${nctId}.json`);
  const value = toJson(JSON.parse(readFileSync(file, 'utf8')));
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${nctId}: not a record`);
  return value;
}
