import { describe, expect, it } from 'vitest';
import { trialFromPath, trialHref, trialPath } from './trial-href';
import { locationState } from './use-url-state';

describe('trial addresses', () => {
  it('gives a bundled trial its own page and a file trial the in-memory address', () => {
    expect(trialPath('NCT01573923')).toBe('/trials/NCT01573923/');
    expect(trialPath('NCT01573923', '/explorer/')).toBe('/explorer/trials/NCT01573923/');
    expect(trialHref('NCT01573923')).toBe('/trials/NCT01573923/');
    expect(trialHref('NCT03475563', 'file')).toBe('/?trial=NCT03475563&source=file');
  });

  it('reads the trial a path names, raw, and nothing from other paths', () => {
    expect(trialFromPath('/trials/NCT01573923/')).toBe('NCT01573923');
    expect(trialFromPath('/trials/NCT01573923/index.html')).toBe('NCT01573923');
    expect(trialFromPath('/trials/%20nct123%20/')).toBe('nct123');
    expect(trialFromPath('/explorer/trials/NCT01573923/', '/explorer/')).toBe('NCT01573923');
    expect(trialFromPath('/')).toBeNull();
    expect(trialFromPath('/trials/')).toBeNull();
    expect(trialFromPath('/trials/NCT01573923/sites/')).toBeNull();
    expect(trialFromPath('/trials/%E0%A4%A/')).toBeNull();
    expect(trialFromPath('/other/trials/NCT01573923/', '/explorer/')).toBeNull();
  });
});

describe('locationState', () => {
  it('takes the trial from its page’s path, over any ?trial=, and the view from the search', () => {
    const state = locationState('/trials/NCT02552212/?trial=NCT01573923&sitesSort=-city');
    expect(state.trial).toBe('NCT02552212');
    expect(state.sitesSort).toEqual({ id: 'city', desc: true });
  });

  it('reads ?trial= at the base, as earlier versions wrote it', () => {
    expect(locationState('/?trial=NCT01573923').trial).toBe('NCT01573923');
    expect(locationState('/').trial).toBeNull();
  });
});
