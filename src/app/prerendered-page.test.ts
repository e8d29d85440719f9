// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '@/lib/url-state';
import { locationState } from '@/lib/use-url-state';
import { addressFits, readPrerenderedPage, type PrerenderedPage } from './prerendered-page';

const page: PrerenderedPage = {
  nctId: 'NCT01573923',
  view: null,
  day: null,
  catalogText: '{}',
  trialText: '{}',
};
const fits = (search: string, first: string | null = 'NCT01573923') =>
  addressFits(page, parseUrlState(search), first);

describe('addressFits', () => {
  it('fits the trial it shows, named or as the catalog first, whatever the view state', () => {
    expect(fits('')).toBe(true);
    expect(fits('?trial=nct01573923&sitesSort=-city&site=site-2&status=RECRUITING')).toBe(true);
  });

  it('does not fit another trial, an embed or a trial opened from a file', () => {
    expect(fits('?trial=NCT02552212')).toBe(false);
    expect(fits('', 'NCT02552212')).toBe(false);
    expect(fits('', null)).toBe(false);
    expect(fits('?embed=1&view=map')).toBe(false);
    expect(fits('?trial=NCT01573923&source=file')).toBe(false);
  });

  it('fits an embed page exactly its view', () => {
    const embed: PrerenderedPage = { ...page, view: 'map' };
    const state = locationState('/trials/NCT01573923/embed/map/?parentOrigin=https%3A%2F%2Fa.org');
    expect(addressFits(embed, state, 'NCT01573923')).toBe(true);
    expect(addressFits(embed, parseUrlState('?embed=1&view=groups'), 'NCT01573923')).toBe(false);
    expect(addressFits(page, state, 'NCT01573923')).toBe(false);
  });
});

describe('readPrerenderedPage', () => {
  it('reads the trial, the view and the day the markup was drawn for from #root', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="root" data-prerendered="NCT01573923" data-prerendered-view="map" data-prerendered-on="2026-12-01"></div>',
      'text/html',
    );
    const root = doc.getElementById('root');
    if (!root) throw new Error('no root');
    const read = readPrerenderedPage(doc, root);
    expect(read).toMatchObject({ nctId: 'NCT01573923', view: 'map', catalogText: null });
    expect(read?.day?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    root.dataset.prerenderedOn = 'soon';
    expect(readPrerenderedPage(doc, root)?.day).toBeNull();
  });
});
