import { describe, expect, it } from 'vitest';
import { embedPath, pathState, trialHref, trialPath } from './trial-href';
import { locationState } from './use-url-state';

describe('trial addresses', () => {
  it('gives a bundled trial its own page and a file trial the in-memory address', () => {
    expect(trialPath('NCT01573923')).toBe('/trials/NCT01573923/');
    expect(trialPath('NCT01573923', '/explorer/')).toBe('/explorer/trials/NCT01573923/');
    expect(trialHref('NCT01573923')).toBe('/trials/NCT01573923/');
    expect(trialHref('NCT03475563', 'file')).toBe('/?trial=NCT03475563&source=file');
  });

  it('reads the trial a path names, raw, and nothing from other paths', () => {
    const trial = (path: string, base?: string) => pathState(path, base)?.trial ?? null;
    expect(trial('/trials/NCT01573923/')).toBe('NCT01573923');
    expect(trial('/trials/NCT01573923/index.html')).toBe('NCT01573923');
    expect(trial('/trials/%20nct123%20/')).toBe('nct123');
    expect(trial('/explorer/trials/NCT01573923/', '/explorer/')).toBe('NCT01573923');
    expect(trial('/')).toBeNull();
    expect(trial('/trials/')).toBeNull();
    expect(trial('/trials/NCT01573923/lists/')).toBeNull();
    expect(trial('/trials/%E0%A4%A/')).toBeNull();
    expect(trial('/other/trials/NCT01573923/', '/explorer/')).toBeNull();
  });

  it('gives each embed view a static address and reads it back', () => {
    expect(embedPath('NCT01573923', 'map')).toBe('/trials/NCT01573923/embed/map/');
    expect(pathState('/trials/NCT01573923/embed/map/')).toEqual({
      trial: 'NCT01573923',
      view: 'map',
    });
    expect(pathState('/trials/NCT01573923/')).toEqual({ trial: 'NCT01573923', view: null });
    expect(pathState('/trials/NCT01573923/embed/nosuchview/')).toBeNull();
  });
});

describe('locationState', () => {
  it('takes the trial from its page’s path, over any ?trial=, and the view from the search', () => {
    const state = locationState('/trials/NCT02552212/?trial=NCT01573923&sitesSort=-city');
    expect(state.trial).toBe('NCT02552212');
    expect(state.sitesSort).toEqual({ id: 'city', desc: true });
  });

  it('reads an embed from its static path, the host’s parameters from the search', () => {
    const state = locationState(
      '/trials/NCT01573923/embed/results/?parentOrigin=https%3A%2F%2Fa.org',
    );
    expect([state.trial, state.embed, state.view, state.parentOrigin]).toEqual([
      'NCT01573923',
      true,
      'results',
      'https://a.org',
    ]);
  });

  it('reads ?trial= at the base, as earlier versions wrote it', () => {
    expect(locationState('/?trial=NCT01573923').trial).toBe('NCT01573923');
    expect(locationState('/').trial).toBeNull();
  });
});
