import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawLocation, rawStudy, rawStudyWithLocations } from '../src/trial/raw-study-builders';
import { createUnavailableLocator } from '../src/trial/site-locator';
import { resultsFileSchema } from '../src/trial/results/results-file-schema';
import { mapPlacesFileSchema } from '../src/trial/map-places-format';
import { catalogSchema, trialSchema } from '../src/trial/trial-schema';
import { buildData } from './build-command';
import { runCheck } from './check-command';
import type { Output } from './output';
import { syntheticStudiesFromEnv } from './synthetic/synthetic-env';

let root = '';
const locate = createUnavailableLocator('no gazetteer in tests');

function capture(): Output & { lines: { out: string[]; err: string[] } } {
  const lines: { out: string[]; err: string[] } = { out: [], err: [] };
  return { lines, out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) };
}

/** A valid record with one site that has coordinates. */
function good(nctId: string): string {
  const study = rawStudy({
    identificationModule: { nctId, briefTitle: `Study ${nctId}` },
    statusModule: { overallStatus: 'COMPLETED' },
    contactsLocationsModule: { locations: [rawLocation({ geoPoint: { lat: 10, lon: 20 } })] },
  });
  return JSON.stringify(study);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'build-data-'));
  await mkdir(join(root, 'studies'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('buildData', () => {
  it('writes every readable trial, reports every problem with its file and path, and exits 1', async () => {
    const studies = join(root, 'studies');
    const out = join(root, 'public');
    await writeFile(join(studies, 'NCT00000002.json'), good('NCT00000002'));
    const bad = rawStudyWithLocations([rawLocation({ geoPoint: { lat: 912, lon: 20 } })]);
    await writeFile(join(studies, 'bad.json'), JSON.stringify(bad));
    await writeFile(join(studies, 'broken.json'), '');
    await writeFile(join(studies, 'copy.json'), good('NCT00000002'));
    await mkdir(join(out, 'trials'), { recursive: true });
    await writeFile(join(out, 'trials', 'NCT09999999.json'), '{}');
    await mkdir(join(out, 'maps'), { recursive: true });
    await writeFile(join(out, 'maps', 'NCT09999999.svg'), '<svg/>');
    await writeFile(join(out, 'maps', 'NCT09999999.places.json'), '{}');

    const output = capture();
    const code = await buildData({ studiesDir: studies, outDir: out, output, locate });

    expect(code).toBe(1);
    expect(output.lines.err).toEqual([
      `${join(studies, 'bad.json')}: protocolSection.contactsLocationsModule.locations[0].geoPoint.lat: invalid, left out: expected a number from -90 to 90, got 912`,
      `${join(studies, 'broken.json')}: the file is empty: expected a ClinicalTrials.gov study in JSON`,
      `${join(studies, 'copy.json')}: NCT00000002 is already defined by ${join(studies, 'NCT00000002.json')}`,
    ]);
    expect(output.lines.out).toEqual([`wrote 2 trials to ${out} (3 records with problems)`]);
    // The record with an invalid coordinate is written without it, the problem kept for the page.
    expect(await readdir(join(out, 'trials'))).toEqual(['NCT00000001.json', 'NCT00000002.json']);
    // A map picture and places file for each trial written, none for a trial no longer built.
    expect(await readdir(join(out, 'maps'))).toEqual([
      'NCT00000001.places.json',
      'NCT00000001.svg',
      'NCT00000002.places.json',
      'NCT00000002.svg',
    ]);
    const places = mapPlacesFileSchema.parse(
      JSON.parse(await readFile(join(out, 'maps', 'NCT00000002.places.json'), 'utf8')),
    );
    expect(places.length).toBeGreaterThan(0);
    const picture = await readFile(join(out, 'maps', 'NCT00000002.svg'), 'utf8');
    expect(picture).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[\d. ]+"/);
    expect(picture).toContain('<path d="M');
    const salvaged = trialSchema.parse(
      JSON.parse(await readFile(join(out, 'trials', 'NCT00000001.json'), 'utf8')),
    );
    expect(salvaged.sites[0]?.location).toBeNull();
    expect(salvaged.recordProblems).toEqual([
      {
        path: 'protocolSection.contactsLocationsModule.locations[0].geoPoint.lat',
        message: 'expected a number from -90 to 90, got 912',
      },
    ]);
    const trial = trialSchema.parse(
      JSON.parse(await readFile(join(out, 'trials', 'NCT00000002.json'), 'utf8')),
    );
    expect(trial.sites[0]?.location).toEqual({ lat: 10, lon: 20, source: 'record' });
    const catalog = catalogSchema.parse(
      JSON.parse(await readFile(join(out, 'catalog.json'), 'utf8')),
    );
    expect(catalog.trials).toEqual([
      {
        nctId: 'NCT00000001',
        briefTitle: 'A test study',
        overallStatus: 'RECRUITING',
        siteCount: 1,
      },
      {
        nctId: 'NCT00000002',
        briefTitle: 'Study NCT00000002',
        overallStatus: 'COMPLETED',
        siteCount: 1,
      },
    ]);
  });

  it('exits 0 and sorts the catalog when every file is good', async () => {
    const studies = join(root, 'studies');
    await writeFile(join(studies, 'b.json'), good('NCT00000003'));
    await writeFile(join(studies, 'a.json'), good('NCT00000002'));
    const output = capture();
    expect(
      await buildData({ studiesDir: studies, outDir: join(root, 'out'), output, locate }),
    ).toBe(0);
    const catalog = catalogSchema.parse(
      JSON.parse(await readFile(join(root, 'out', 'catalog.json'), 'utf8')),
    );
    expect(catalog.trials.map((entry) => entry.nctId)).toEqual(['NCT00000002', 'NCT00000003']);
    expect(output.lines).toEqual({
      out: [`wrote 2 trials to ${join(root, 'out')} (0 records with problems)`],
      err: [],
    });
  });
});

describe('buildData with in-memory records (SYNTHETIC_TRIALS)', () => {
  it('writes them after the files like any trial and names them by source in problems', async () => {
    const studies = join(root, 'studies');
    await writeFile(join(studies, 'NCT00000002.json'), good('NCT00000002'));
    const output = capture();
    const code = await buildData({
      studiesDir: studies,
      outDir: join(root, 'out'),
      output,
      locate,
      extraStudies: [
        { source: 'synthetic:large', value: JSON.parse(good('NCT99999001')) },
        { source: 'synthetic:copy', value: JSON.parse(good('NCT00000002')) },
        { source: 'synthetic:bad', value: { protocolSection: {} } },
      ],
    });
    expect(code).toBe(1);
    expect(output.lines.err).toEqual([
      `synthetic:copy: NCT00000002 is already defined by ${join(studies, 'NCT00000002.json')}`,
      'synthetic:bad: protocolSection.identificationModule: required, but missing (expected an object)',
    ]);
    const catalog = catalogSchema.parse(
      JSON.parse(await readFile(join(root, 'out', 'catalog.json'), 'utf8')),
    );
    expect(catalog.trials.map((entry) => entry.nctId)).toEqual(['NCT00000002', 'NCT99999001']);
    expect(await readdir(join(root, 'out', 'trials'))).toEqual([
      'NCT00000002.json',
      'NCT99999001.json',
    ]);
  });
});

describe('syntheticStudiesFromEnv', () => {
  it('builds nothing when unset, and one clear line for an unknown size', () => {
    expect(syntheticStudiesFromEnv(undefined)).toEqual({ ok: true, studies: [] });
    expect(syntheticStudiesFromEnv('large,giant')).toEqual({
      ok: false,
      error:
        'SYNTHETIC_TRIALS: unknown synthetic trial size "giant"; valid sizes: large, huge, results',
    });
  });

  it('names each generated record synthetic:<size>', () => {
    const result = syntheticStudiesFromEnv('large');
    expect(result.ok && result.studies.map((study) => study.source)).toEqual(['synthetic:large']);
  }, 30_000);
});

describe('runCheck', () => {
  it('prints one line per record with its warnings, problems of bad files, and a summary', async () => {
    const studies = join(root, 'studies');
    await writeFile(
      join(studies, 'NCT00000001.json'),
      JSON.stringify(rawStudyWithLocations([rawLocation()])),
    );
    await writeFile(join(studies, 'bad.json'), JSON.stringify({ protocolSection: {} }));
    const output = capture();
    const code = await runCheck([studies, join(root, 'missing')], { output, locate });
    expect(code).toBe(1);
    expect(output.lines.out).toEqual([
      'NCT00000001  arms 0  officials 0  sites 1  on map 0  results none  warnings 1  invalid 0',
      '    site-1 (Test Hospital, Testville): not on map: no gazetteer in tests',
      'checked 3 records: 1 ok, 2 with problems',
    ]);
    expect(output.lines.err).toEqual([
      `${join(root, 'missing')}: no such file or folder`,
      `${join(studies, 'bad.json')}: protocolSection.identificationModule: required, but missing (expected an object)`,
    ]);
    expect(await readdir(root)).toEqual(['studies']);
  });

  it('reads each study of a search response, naming a bad one by its place in the file', async () => {
    const file = join(root, 'search.json');
    await writeFile(
      file,
      JSON.stringify({ studies: [JSON.parse(good('NCT00000004')), { protocolSection: {} }] }),
    );
    const output = capture();
    expect(await runCheck([file], { output, locate })).toBe(1);
    expect(output.lines.out).toEqual([
      'NCT00000004  arms 0  officials 0  sites 1  on map 1  results none  warnings 0  invalid 0',
      'checked 2 records: 1 ok, 1 with problems',
    ]);
    expect(output.lines.err).toEqual([
      `${file}: studies[1].protocolSection.identificationModule: required, but missing (expected an object)`,
    ]);
  });
});

describe('buildData with results', () => {
  it('writes a results file for a trial with results only, and removes stale ones', async () => {
    const studies = join(root, 'studies');
    const out = join(root, 'out');
    await mkdir(join(out, 'results'), { recursive: true });
    await writeFile(join(out, 'results', 'NCT00000009.json'), '{}');
    const withResults = rawStudy(
      { identificationModule: { nctId: 'NCT00000004', briefTitle: 'With results' } },
      {
        hasResults: true,
        resultsSection: {
          moreInfoModule: { limitationsAndCaveats: { description: 'Small sample.' } },
        },
      },
    );
    await writeFile(join(studies, 'with.json'), JSON.stringify(withResults));
    await writeFile(join(studies, 'without.json'), good('NCT00000005'));
    expect(await buildData({ studiesDir: studies, outDir: out, output: capture(), locate })).toBe(
      0,
    );
    expect((await readdir(join(out, 'results'))).sort()).toEqual(['NCT00000004.json']);
    const file = resultsFileSchema.parse(
      JSON.parse(await readFile(join(out, 'results', 'NCT00000004.json'), 'utf8')),
    );
    expect(file.nctId).toBe('NCT00000004');
    expect(file.results.moreInfo?.limitationsAndCaveats).toBe('Small sample.');
    const trial = trialSchema.parse(
      JSON.parse(await readFile(join(out, 'trials', 'NCT00000004.json'), 'utf8')),
    );
    expect(trial.resultsModules).toEqual(['moreInfo']);
    expect(JSON.stringify(trial)).not.toContain('Small sample.');
  });
});
