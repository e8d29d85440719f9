import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOneTrial } from '../src/test-support/read-one-trial';
import { createGazetteerLocator } from './gazetteer';

/** Real records nobody on this project wrote (read in place, never copied into the repo). */
const SAMPLES =
  process.env.CTGOV_SAMPLES ??
  fileURLToPath(new URL('../../shared/ctgov-samples', import.meta.url));
const present = existsSync(SAMPLES);
const files = present ? readdirSync(SAMPLES).filter((name) => name.endsWith('.json')) : [];

describe.skipIf(!present)('real ClinicalTrials.gov samples', () => {
  const locate = createGazetteerLocator();
  const trialOf = (name: string) => readOneTrial(readFileSync(join(SAMPLES, name), 'utf8'), locate);

  it('has the five samples', () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)('%s parses and normalizes without a single invalid value', (name) => {
    expect(trialOf(name).recordProblems).toEqual([]);
  });

  it('NCT02552212 has 105 sites, all on the map from the record', () => {
    const trial = trialOf('NCT02552212.json');
    expect(trial.sites).toHaveLength(105);
    expect(trial.sites.every((site) => site.location?.source === 'record')).toBe(true);
    expect(trial.countries).toHaveLength(9);
  });

  it('NCT03475563 keeps lastKnownStatus and warns about the duplicated central contact', () => {
    const trial = trialOf('NCT03475563.json');
    expect(trial.status).toMatchObject({ overall: 'UNKNOWN', lastKnown: 'RECRUITING' });
    expect(trial.warnings).toEqual(['central contact "Imanol Otaegui, MD" is listed 2 times']);
  });

  it('NCT00973089 keeps partial dates and whyStopped', () => {
    const trial = trialOf('NCT00973089.json');
    expect(trial.status.start).toEqual({ date: '2010-05', type: null });
    expect(trial.status.whyStopped).not.toBeNull();
  });
});
