import { describe, expect, it } from 'vitest';
import { SHORT_TEXT_MAX } from '@/trial/ctgov-fields';
import {
  AE_SYSTEM_FILTER_MAX_LENGTH,
  AE_TERM_FILTER_MAX_LENGTH,
  fullPageSearch,
  isWebOrigin,
  parseUrlState,
  patchSearch,
  SITES_FILTER_MAX_LENGTH,
} from './url-state';

describe('parseUrlState', () => {
  it('keeps a near of place or point characters and miles; drops anything else', () => {
    expect(parseUrlState('?near=CN-1796236&units=mi')).toMatchObject({
      near: 'CN-1796236',
      units: 'mi',
    });
    expect(parseUrlState('?near=31.23,121.47').near).toBe('31.23,121.47');
    expect(parseUrlState('?near=-33.87,-151.21').near).toBe('-33.87,-151.21');
    for (const bad of ['', 'Shanghai', '<script>', 'cn-1796236', '1'.repeat(41)])
      expect(parseUrlState(`?near=${encodeURIComponent(bad)}`).near).toBeNull();
    expect(parseUrlState('?units=km').units).toBeNull();
    expect(patchSearch('?trial=NCT01573923', { near: 'CN-1796236', units: 'mi' })).toBe(
      '?trial=NCT01573923&near=CN-1796236&units=mi',
    );
  });

  it('gives defaults for an empty search', () => {
    expect(parseUrlState('')).toEqual({
      trial: null,
      source: null,
      groupsSort: null,
      investigatorsSort: null,
      sitesSort: null,
      status: null,
      site: null,
      sitesFilter: null,
      seriousSort: null,
      otherSort: null,
      aeSystem: null,
      aeTerm: null,
      near: null,
      units: null,
      embed: false,
      view: 'all',
      parentOrigin: null,
    });
  });

  it('reads every parameter', () => {
    const state = parseUrlState(
      '?trial=NCT01573923&groupsSort=type&investigatorsSort=-role&sitesSort=city&status=RECRUITING&site=site-3',
    );
    expect(state).toMatchObject({
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

  it('reads source=file (a trial opened from a file) and nothing else as a source', () => {
    expect(parseUrlState('?trial=NCT03475563&source=file').source).toBe('file');
    for (const search of ['?source=FILE', '?source=http://x', '?source=', '?source=bundled'])
      expect(parseUrlState(search).source, search).toBeNull();
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

describe('sitesFilter', () => {
  it('keeps the text as typed (case, accents, inner and trailing spaces)', () => {
    expect(parseUrlState('?sitesFilter=S%C3%A3o+Paulo+').sitesFilter).toBe('São Paulo ');
  });

  it('drops a blank, empty or over-long filter without touching the other parameters', () => {
    expect(parseUrlState('?sitesFilter=&status=RECRUITING')).toMatchObject({
      sitesFilter: null,
      status: 'RECRUITING',
    });
    expect(parseUrlState('?sitesFilter=+++').sitesFilter).toBeNull();
    expect(
      parseUrlState(`?sitesFilter=${'a'.repeat(SITES_FILTER_MAX_LENGTH)}`).sitesFilter,
    ).toHaveLength(SITES_FILTER_MAX_LENGTH);
    expect(
      parseUrlState(`?sitesFilter=${'a'.repeat(SITES_FILTER_MAX_LENGTH + 1)}`).sitesFilter,
    ).toBeNull();
  });

  it('is written encoded and left out when cleared', () => {
    const search = patchSearch('?trial=NCT01573923', { sitesFilter: 'lanzhou & co' });
    expect(search).toBe('?trial=NCT01573923&sitesFilter=lanzhou+%26+co');
    expect(parseUrlState(search).sitesFilter).toBe('lanzhou & co');
    expect(patchSearch(search, { sitesFilter: null })).toBe('?trial=NCT01573923');
  });
});

describe('adverse-event table parameters', () => {
  it('reads both sorts, the organ system and the term filter', () => {
    const state = parseUrlState(
      '?seriousSort=-g0Percent&otherSort=organSystem&aeSystem=Eye+disorders&aeTerm=Na%C3%BAsea+',
    );
    expect(state).toMatchObject({
      seriousSort: { id: 'g0Percent', desc: true },
      otherSort: { id: 'organSystem', desc: false },
      aeSystem: 'Eye disorders',
      aeTerm: 'Naúsea ',
    });
  });

  it('falls back per parameter on garbage, keeping the good ones', () => {
    const state = parseUrlState(
      `?seriousSort=g0%20Percent&otherSort=--term&aeSystem=+&aeTerm=${'a'.repeat(AE_TERM_FILTER_MAX_LENGTH + 1)}&sitesSort=city`,
    );
    expect(state).toMatchObject({
      seriousSort: null,
      otherSort: null,
      aeSystem: null,
      aeTerm: null,
      sitesSort: { id: 'city', desc: false },
    });
    expect(parseUrlState(`?seriousSort=g${'0'.repeat(41)}`).seriousSort).toBeNull();
    expect(parseUrlState(`?seriousSort=g${'0'.repeat(40)}`).seriousSort?.id).toHaveLength(41);
  });

  it('keeps any organ system a record can hold, and nothing longer', () => {
    expect(AE_SYSTEM_FILTER_MAX_LENGTH).toBe(SHORT_TEXT_MAX);
    const longest = 'n'.repeat(AE_SYSTEM_FILTER_MAX_LENGTH);
    expect(parseUrlState(`?aeSystem=${longest}`).aeSystem).toBe(longest);
    expect(parseUrlState(`?aeSystem=${longest}n`).aeSystem).toBeNull();
  });

  it('writes hostile text encoded, reads it back as text, and leaves defaults out', () => {
    const system = 'Neoplasms benign, malignant & <script>alert(1)</script>';
    const search = patchSearch('?trial=NCT02552212', {
      seriousSort: { id: 'g4Events', desc: true },
      aeSystem: system,
      aeTerm: 'naso',
    });
    expect(search).toBe(
      '?trial=NCT02552212&seriousSort=-g4Events&aeSystem=Neoplasms+benign%2C+malignant+%26+%3Cscript%3Ealert%281%29%3C%2Fscript%3E&aeTerm=naso',
    );
    expect(parseUrlState(search)).toMatchObject({ aeSystem: system, aeTerm: 'naso' });
    expect(
      patchSearch(search, { seriousSort: null, otherSort: null, aeSystem: null, aeTerm: null }),
    ).toBe('?trial=NCT02552212');
  });
});

describe('embed parameters', () => {
  it('reads embed=1, a view and a parent origin', () => {
    expect(parseUrlState('?embed=1&view=map&parentOrigin=https%3A%2F%2Fexample.org')).toMatchObject(
      {
        embed: true,
        view: 'map',
        parentOrigin: 'https://example.org',
      },
    );
    expect(
      parseUrlState('?embed=1&view=groups&parentOrigin=http://localhost:4173').parentOrigin,
    ).toBe('http://localhost:4173');
  });

  it('falls back to defaults on garbage', () => {
    for (const search of [
      '?embed=true&view=MAP&parentOrigin=example.org',
      '?embed=0&view=%3Cscript%3E&parentOrigin=https://example.org/',
      '?embed=&view=&parentOrigin=javascript:alert(1)',
      '?embed=11&view=all-the-things&parentOrigin=https://example.org/path',
      '?embed=yes&view=1&parentOrigin=ftp://example.org',
      `?parentOrigin=https://${'a'.repeat(300)}.org`,
    ]) {
      expect(parseUrlState(search), search).toMatchObject({
        embed: false,
        view: 'all',
        parentOrigin: null,
      });
    }
  });

  it('checks origins as URL#origin spells them', () => {
    expect(isWebOrigin('https://example.org:8443')).toBe(true);
    expect(isWebOrigin('https://Example.org')).toBe(false);
    expect(isWebOrigin('null')).toBe(false);
    expect(isWebOrigin('')).toBe(false);
  });

  it('the full page keeps trial, sorts, filter and site, drops the embed options', () => {
    expect(
      fullPageSearch(
        '?trial=NCT01573923&embed=1&view=map&sitesSort=-city&status=RECRUITING&site=site-2&parentOrigin=https%3A%2F%2Fa.org',
      ),
    ).toBe('?sitesSort=-city&status=RECRUITING&site=site-2');
    expect(fullPageSearch('?embed=1')).toBe('');
  });

  it('are never written by patchSearch', () => {
    expect(
      patchSearch('?embed=1&view=map&parentOrigin=https%3A%2F%2Fa.org', { status: 'RECRUITING' }),
    ).toBe('?embed=1&view=map&parentOrigin=https%3A%2F%2Fa.org&status=RECRUITING');
  });
});

describe('patchSearch', () => {
  it('writes values and removes defaults', () => {
    expect(
      patchSearch('?trial=NCT01573923', { investigatorsSort: { id: 'role', desc: true } }),
    ).toBe('?trial=NCT01573923&investigatorsSort=-role');
    expect(patchSearch('?trial=NCT01573923&status=RECRUITING', { status: null })).toBe(
      '?trial=NCT01573923',
    );
    expect(patchSearch('?status=RECRUITING', { status: null })).toBe('');
  });

  it('leaves parameters it does not own alone', () => {
    expect(patchSearch('?embed=1&view=map', { site: 'site-2' })).toBe(
      '?embed=1&view=map&site=site-2',
    );
  });

  it('round-trips through parseUrlState', () => {
    const search = patchSearch('', { sitesSort: { id: 'status', desc: true }, site: 'site-6' });
    expect(parseUrlState(search)).toMatchObject({
      sitesSort: { id: 'status', desc: true },
      site: 'site-6',
    });
  });
});
