import { describe, expect, it } from 'vitest';
import { parseUrlState, patchSearch } from './url-state';

describe('parseUrlState', () => {
  it('gives defaults for an empty search', () => {
    expect(parseUrlState('')).toEqual({
      trial: null,
      groupsSort: null,
      investigatorsSort: null,
      sitesSort: null,
      status: null,
      site: null,
    });
  });

  it('reads every parameter', () => {
    const state = parseUrlState(
      '?trial=NCT01573923&groupsSort=type&investigatorsSort=-role&sitesSort=city&status=RECRUITING&site=site-3',
    );
    expect(state).toEqual({
      trial: 'NCT01573923',
      groupsSort: { id: 'type', desc: false },
      investigatorsSort: { id: 'role', desc: true },
      sitesSort: { id: 'city', desc: false },
      status: 'RECRUITING',
      site: 'site-3',
    });
  });

  it('falls back per parameter on garbage, keeping the good ones', () => {
    const state = parseUrlState(
      '?groupsSort=%3Cscript%3E&investigatorsSort=--role&status=recruiting!&site=site-x&sitesSort=city',
    );
    expect(state.groupsSort).toBeNull();
    expect(state.investigatorsSort).toBeNull();
    expect(state.status).toBeNull();
    expect(state.site).toBeNull();
    expect(state.sitesSort).toEqual({ id: 'city', desc: false });
  });

  it('keeps a malformed trial id raw so the page can say it is not found', () => {
    expect(parseUrlState('?trial=%20nct123%20').trial).toBe('nct123');
    expect(parseUrlState(`?trial=${'x'.repeat(65)}`).trial).toBeNull();
  });

  it('takes the first of repeated parameters and ignores unknown ones', () => {
    const state = parseUrlState('?status=COMPLETED&status=RECRUITING&foo=bar');
    expect(state.status).toBe('COMPLETED');
  });
});

describe('patchSearch', () => {
  it('writes values and removes defaults', () => {
    expect(patchSearch('?trial=NCT01573923', { investigatorsSort: { id: 'role', desc: true } })).toBe(
      '?trial=NCT01573923&investigatorsSort=-role',
    );
    expect(patchSearch('?trial=NCT01573923&status=RECRUITING', { status: null })).toBe(
      '?trial=NCT01573923',
    );
    expect(patchSearch('?status=RECRUITING', { status: null })).toBe('');
  });

  it('leaves parameters it does not own alone', () => {
    expect(patchSearch('?embed=1&view=map', { site: 'site-2' })).toBe('?embed=1&view=map&site=site-2');
  });

  it('round-trips through parseUrlState', () => {
    const search = patchSearch('', { sitesSort: { id: 'status', desc: true }, site: 'site-6' });
    expect(parseUrlState(search)).toMatchObject({ sitesSort: { id: 'status', desc: true }, site: 'site-6' });
  });
});
