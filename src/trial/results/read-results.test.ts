import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rawStudy } from '../raw-study-builders';
import { readRecordValue } from '../read-record';
import { createUnavailableLocator } from '../site-locator';
import { readResults } from './read-results';

const options = { locate: createUnavailableLocator('no gazetteer in tests') };

function readStudy(value: unknown) {
  const reading = readRecordValue(value, options);
  const study = reading.ok ? reading.studies[0] : undefined;
  if (!study?.ok) throw new Error(`not read: ${JSON.stringify(reading)}`);
  return study;
}

const objectSchema = z.record(z.string(), z.unknown());
const recordSchema = z.looseObject({ resultsSection: objectSchema });

const shipped = (nctId: string) =>
  recordSchema.parse(
    JSON.parse(readFileSync(join(process.cwd(), 'data', 'studies', `${nctId}.json`), 'utf8')),
  );

describe('a study read with its results', () => {
  it('carries NCT02552212 results whole, and the trial names its modules and dates', () => {
    const study = readStudy(shipped('NCT02552212'));
    expect(study.trial.recordProblems).toEqual([]);
    expect(study.trial.resultsModules).toEqual([
      'participantFlow',
      'baseline',
      'outcomeMeasures',
      'adverseEvents',
      'moreInfo',
      'documents',
    ]);
    expect(study.trial.status.resultsFirstPosted).toEqual({ date: '2020-08-17', type: 'ACTUAL' });
    expect(study.trial.status.resultsFirstSubmitted).toBe('2019-04-27');
    expect(study.trial.status.resultsDelayRequested).toBe('2019-03-01');
    expect(study.results?.outcomeMeasures?.outcomeMeasures).toHaveLength(31);
    expect(study.results?.adverseEvents?.seriousEvents).toHaveLength(36);
  });

  it('has no results and no results modules for a record without a resultsSection', () => {
    const study = readStudy(rawStudy());
    expect(study.results).toBeNull();
    expect(study.trial.resultsModules).toEqual([]);
  });

  it('keeps the protocol when the whole results section is not an object', () => {
    const study = readStudy(rawStudy({}, { hasResults: true, resultsSection: 'oops' }));
    expect(study.trial.briefTitle).toBe('A test study');
    expect(study.results).toBeNull();
    expect(study.trial.hasResults).toBe(true);
    expect(study.trial.recordProblems).toEqual([
      { path: 'resultsSection', message: 'expected an object, got "oops"' },
    ]);
  });

  it('leaves out an invalid module alone, reporting it with its path in the record', () => {
    const record = shipped('NCT05594173');
    const adverseEvents = objectSchema.parse(record.resultsSection.adverseEventsModule);
    const broken = {
      ...record,
      resultsSection: {
        ...record.resultsSection,
        adverseEventsModule: { ...adverseEvents, frequencyThreshold: 5, eventGroups: 'none' },
      },
    };
    const study = readStudy(broken);
    expect(study.trial.recordProblems.map((problem) => problem.path)).toEqual([
      'resultsSection.adverseEventsModule.frequencyThreshold',
      'resultsSection.adverseEventsModule.eventGroups',
    ]);
    expect(study.results?.adverseEvents?.groups).toEqual([]);
    expect(study.results?.adverseEvents?.frequencyThreshold).toBeNull();
    expect(study.results?.outcomeMeasures?.outcomeMeasures).toHaveLength(2);
  });
});

describe('readResults', () => {
  it('reads documents alone as results (a record can provide documents without results)', () => {
    const reading = readResults({
      documentSection: {
        largeDocumentModule: {
          largeDocs: [{ typeAbbrev: 'Prot', hasProtocol: true, filename: 'Prot_000.pdf' }],
        },
      },
    });
    expect(reading.problems).toEqual([]);
    expect(reading.results?.documents?.documents.map((doc) => doc.filename)).toEqual([
      'Prot_000.pdf',
    ]);
    expect(reading.results?.outcomeMeasures).toBeNull();
  });
});
