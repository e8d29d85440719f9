import { describe, expect, it } from 'vitest';
import { makeOfficial, makeSite } from '@/test-support/make-trial';
import { investigatorRows } from './investigator-rows';

describe('investigatorRows', () => {
  it('resolves each official’s linked sites and drops links to sites that do not exist', () => {
    const lanzhou = makeSite({ id: 'site-2', city: 'Lanzhou' });
    const rows = investigatorRows({
      sites: [makeSite(), lanzhou],
      officials: [
        makeOfficial({
          id: 'official-6',
          siteLinks: [
            { siteId: 'site-2', via: 'contact' },
            { siteId: 'site-9', via: 'affiliation' },
          ],
        }),
        makeOfficial({ id: 'official-1' }),
      ],
    });
    expect(rows.map((r) => r.sites)).toEqual([[{ site: lanzhou, via: 'contact' }], []]);
  });
});
