import { describe, expect, it } from 'vitest';
import { makeContact, makeSite } from '@/test-support/make-trial';
import { groupSitesByCountry } from './group-sites-by-country';

describe('groupSitesByCountry', () => {
  it('groups alphabetically, keeps record order inside a group, puts sites without a country last', () => {
    const contact = makeContact();
    const groups = groupSitesByCountry([
      makeSite({ id: 's1', country: 'Spain', contacts: [] }),
      makeSite({ id: 's2', country: null, contacts: [] }),
      makeSite({ id: 's3', country: 'austria', contacts: [contact] }),
      makeSite({ id: 's4', country: 'Spain', contacts: [contact] }),
      makeSite({ id: 's5', country: 'Brazil', contacts: [] }),
    ]);
    expect(
      groups.map((g) => [g.country, g.sites.map((s) => s.id).join(' '), g.withContacts]),
    ).toEqual([
      ['austria', 's3', 1],
      ['Brazil', 's5', 0],
      ['Spain', 's1 s4', 1],
      [null, 's2', 0],
    ]);
  });
});
