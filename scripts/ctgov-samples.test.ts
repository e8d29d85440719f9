import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { studyTextToTrial } from '../src/trial/study-to-trial';
import { createGazetteerLocator } from './gazetteer';

/** Real records nobody on this project wrote (read in place, never copied into the repo). */
const SAMPLES =
  process.env.CTGOV_SAMPLES ??
  fileURLToPath(new URL('../../shared/ctgov-samples', import.meta.url));
const present = existsSync(SAMPLES);
const files = present ? readdirSync(SAMPLES).filter((name) => name.endsWith('.json')) : [];

describe.skipIf(!present)('real ClinicalTrials.gov samples', () => {
  const locate = createGazetteerLocator();
  const trialOf = (name: string) => {
    const file = join(SAMPLES, name);
    return studyTextToTrial(readFileSync(file, 'utf8'), file, { locate });
  };

  it('has the five samples', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)('%s parses and normalizes', (name) => {
    const result = trialOf(name);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('NCT02552212 has 105 sites, all on the map from the record', () => {
    const result = trialOf('NCT02552212.json');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.trial.sites).toHaveLength(105);
    expect(result.trial.sites.every((site) => site.location?.source === 'record')).toBe(true);
    expect(result.trial.countries).toHaveLength(9);
  });

  it('NCT03475563 keeps lastKnownStatus and warns about the duplicated central contact', () => {
    const result = trialOf('NCT03475563.json');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.trial.status).toMatchObject({ overall: 'UNKNOWN', lastKnown: 'RECRUITING' });
    expect(result.trial.warnings).toEqual([
      'central contact "Imanol Otaegui, MD" is listed 2 times',
    ]);
  });

  it('NCT00973089 keeps partial dates and whyStopped', () => {
    const result = trialOf('NCT00973089.json');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.trial.status.start).toEqual({ date: '2010-05', type: null });
    expect(result.trial.status.whyStopped).not.toBeNull();
  });
});
