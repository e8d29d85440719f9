import { describe, expect, it } from 'vitest';
import { makeSite, SEED_SITES } from '@/test-support/make-trial';
import { filterSites, siteSearchKeys } from './site-search';

const ids = (sites: readonly { id: string }[]) => sites.map((site) => site.id);

describe('filterSites', () => {
  it('matches a substring of facility, city, state or country, ignoring case', () => {
    expect(ids(filterSites(SEED_SITES, { status: null, text: 'LANZHOU' }))).toEqual(['site-2']);
    expect(ids(filterSites(SEED_SITES, { status: null, text: 'tongji univ' }))).toEqual(['site-5']);
    expect(ids(filterSites(SEED_SITES, { status: null, text: 'gansu' }))).toEqual(['site-2']);
    expect(filterSites(SEED_SITES, { status: null, text: 'china' })).toHaveLength(6);
    expect(ids(filterSites(SEED_SITES, { status: null, text: "  people's  " }))).toEqual([
      'site-1',
      'site-4',
      'site-6',
    ]);
  });

  it('ignores accents and apostrophe styles, both in the data and in the query', () => {
    const sites = [
      makeSite({
        id: 'site-1',
        facility: 'Hôpital Saint-Éloi',
        city: 'Montpellier',
        country: 'France',
      }),
      makeSite({
        id: 'site-2',
        facility: 'Hospital das Clínicas',
        city: 'São Paulo',
        country: 'Brazil',
      }),
      makeSite({ id: 'site-3', facility: 'Clinic', city: 'Sao Paulo', country: 'Brazil' }),
    ];
    expect(ids(filterSites(sites, { status: null, text: 'hopital saint-eloi' }))).toEqual([
      'site-1',
    ]);
    expect(ids(filterSites(sites, { status: null, text: 'SÃO' }))).toEqual(['site-2', 'site-3']);
    expect(ids(filterSites(sites, { status: null, text: 'clinicas' }))).toEqual(['site-2']);
    expect(ids(filterSites(SEED_SITES, { status: null, text: "xi'an" }))).toEqual(['site-6']);
  });

  it('does not match across two fields, nor fields it does not search', () => {
    expect(filterSites(SEED_SITES, { status: null, text: 'lanzhougansu' })).toEqual([]);
    expect(filterSites(SEED_SITES, { status: null, text: 'Xun Li' })).toEqual([]);
    const noCity = makeSite({ city: null, state: null, facility: null, country: 'Chile' });
    expect(filterSites([noCity], { status: null, text: 'null' })).toEqual([]);
    expect(filterSites([noCity], { status: null, text: 'chile' })).toHaveLength(1);
  });

  it('combines with the status filter, and keeps record order', () => {
    const sites = [
      makeSite({ id: 'site-1', city: 'Beijing', status: 'RECRUITING' }),
      makeSite({ id: 'site-2', city: 'Beijing', status: 'COMPLETED' }),
      makeSite({
        id: 'site-3',
        city: 'Shanghai',
        state: 'Shanghai Municipality',
        status: 'RECRUITING',
      }),
      makeSite({ id: 'site-4', city: 'Beijing', status: 'RECRUITING' }),
    ];
    expect(ids(filterSites(sites, { status: 'RECRUITING', text: 'beij' }))).toEqual([
      'site-1',
      'site-4',
    ]);
    expect(ids(filterSites(sites, { status: 'COMPLETED', text: '' }))).toEqual(['site-2']);
    expect(ids(filterSites(sites, { status: null, text: '   ' }))).toEqual(ids(sites));
  });
});

describe('siteSearchKeys', () => {
  it('computes the keys once per sites array', () => {
    const sites = [...SEED_SITES];
    expect(siteSearchKeys(sites)).toBe(siteSearchKeys(sites));
    expect(siteSearchKeys(sites)[1]).toBe(
      'the first affiliated hospital of lanzhou university\nlanzhou\ngansu\nchina',
    );
  });
});
