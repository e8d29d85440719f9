import { describe, expect, it } from 'vitest';
import { makeOfficial, makeSite, makeTrial } from '../../src/test-support/make-trial';
import { parseSyntheticSizeList, SYNTHETIC_SIZES } from '../synthetic/synthetic-sizes';
import { BENCH_SYNTHETIC_TRIALS, BENCH_TRIALS, firstAscending, planFor } from './bench-plan';

describe('BENCH_TRIALS', () => {
  it('builds every synthetic trial it measures, under the NCT id the build gives it', () => {
    const parsed = parseSyntheticSizeList(BENCH_SYNTHETIC_TRIALS);
    if (!parsed.ok) throw new Error(parsed.error);
    const built = parsed.sizes.map((size) => [size, SYNTHETIC_SIZES[size].nctId]);
    const synthetic = BENCH_TRIALS.filter((t) => !/^NCT\d{8}$/.test(t.label));
    expect(synthetic.map((t) => [t.label, t.nctId])).toEqual([
      ['large', 'NCT99999001'],
      ['results', 'NCT99999003'],
      ['huge', 'NCT99999002'],
    ]);
    expect(built).toEqual(expect.arrayContaining(synthetic.map((t) => [t.label, t.nctId])));
  });
});

describe('firstAscending', () => {
  it('sorts as the explorer does: case-insensitive, numbers in numeric order, missing last', () => {
    expect(firstAscending(['beta', 'Alpha', null])).toBe('Alpha');
    expect(firstAscending(['Site 10', 'Site 9'])).toBe('Site 9');
    expect(firstAscending([null, null])).toBeNull();
  });
});

describe('planFor', () => {
  it('plans NCT01573923: three tables, markers, a sort per table with its expected first row', () => {
    const plan = planFor(makeTrial());
    expect(plan.tables).toEqual(['Study groups', 'Investigators', 'Sites']);
    expect(plan.markers).toBe(true);
    expect(plan.sorts.map((s) => `${s.key}.${s.columnId}`)).toEqual([
      'groups.group',
      'investigators.name',
      'sites.facility',
    ]);
    expect(plan.selectable).toHaveLength(6);
    expect(plan.filterQuery).toBe(plan.selectable[3]);
    expect(plan.placeQuery).toBe('Lianyungang');
    expect(plan.results).toBe(false);
  });

  it('opens the Results section only of a trial whose record carries results', () => {
    expect(planFor(makeTrial({ resultsModules: ['outcomeMeasures'] })).results).toBe(true);
    // Results on ClinicalTrials.gov, not in this copy of the record: nothing to open.
    expect(planFor(makeTrial({ hasResults: true, resultsModules: [] })).results).toBe(false);
  });

  it('only selects sites whose facility names one site on the map', () => {
    const plan = planFor(
      makeTrial({
        sites: [
          makeSite({ id: 'site-1', facility: 'Twin' }),
          makeSite({ id: 'site-2', facility: 'Twin' }),
          makeSite({ id: 'site-3', facility: 'Unmapped', location: null, notOnMapReason: 'x' }),
          makeSite({ id: 'site-4', facility: '  Only   one ' }),
          makeSite({ id: 'site-5', facility: null }),
        ],
      }),
    );
    expect(plan.selectable).toEqual(['Only one']);
    expect(plan.sorts.find((s) => s.key === 'sites')?.expected).toBe('Only one');
  });

  it('leaves out tables and sorts a trial has no rows for, and markers without points', () => {
    const plan = planFor(
      makeTrial({
        arms: [],
        officials: [makeOfficial({ person: { name: 'Zoe', degrees: [], asPublished: 'Zoe' } })],
        sites: [makeSite({ location: null, notOnMapReason: 'no city' })],
      }),
    );
    expect(plan.tables).toEqual(['Investigators', 'Sites']);
    expect(plan.markers).toBe(false);
    expect(plan.sorts.map((s) => s.expected)).toEqual([
      'Zoe',
      "The 302 Hospital of Chinese People's Liberation Army",
    ]);
    expect(plan.filterQuery).toBeNull();
    expect(plan.placeQuery).toBeNull();
  });
});
