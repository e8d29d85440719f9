import { describe, expect, it } from 'vitest';
import { linkOfficialToSites, namesMatch, type SiteForLinking } from './link-investigators';

const sites: SiteForLinking[] = [
  {
    id: 'site-1',
    facility: "The 302 Hospital of Chinese People's Liberation Army",
    contactNames: [],
  },
  {
    id: 'site-2',
    facility: 'the First Affiliated Hospital of Lanzhou University',
    contactNames: ['Xun Li'],
  },
  {
    id: 'site-4',
    facility: "The first people's hospital of Lianyungang",
    contactNames: ['Hui Shi'],
  },
  { id: 'site-5', facility: 'Tongji Hospital of Tongji University', contactNames: ['Liming Chen'] },
  { id: 'site-7', facility: 'Hospital', contactNames: [] },
  { id: 'site-8', facility: 'Hôpital Lariboisière', contactNames: [] },
];

function linksOf(name: string, affiliation: string | null): string[] {
  return linkOfficialToSites({ name, affiliation }, sites).map(
    (link) => `${link.siteId} via ${link.via}`,
  );
}

describe('namesMatch', () => {
  it('ignores case, diacritics and punctuation', () => {
    expect(
      namesMatch(
        "The First People's Hospital of Lianyungang",
        "The first people's hospital of Lianyungang",
      ),
    ).toBe(true);
    expect(namesMatch('Hopital Lariboisiere', 'Hôpital Lariboisière')).toBe(true);
  });

  it('accepts one name inside the other as whole words', () => {
    expect(namesMatch('Tongji Hospital', 'Tongji Hospital of Tongji University')).toBe(true);
    expect(
      namesMatch('LanZhou University', 'the First Affiliated Hospital of Lanzhou University'),
    ).toBe(true);
    expect(namesMatch('Tongji Hosp', 'Tongji Hospital of Tongji University')).toBe(false);
  });

  it('does not link on trivial names', () => {
    expect(namesMatch('Hospital', 'Tongji Hospital of Tongji University')).toBe(false);
    expect(namesMatch('University Hospital', 'Lanzhou University Hospital')).toBe(false);
    expect(namesMatch('125', 'As0006 125')).toBe(false);
  });
});

describe('linkOfficialToSites', () => {
  it('links by affiliation', () => {
    expect(linksOf('Hanwei Li', "The 302 Hospital of Chinese People's Liberation Army")).toEqual([
      'site-1 via affiliation',
    ]);
    expect(linksOf('Jianwei Lu', 'Tongji Hospital')).toEqual(['site-5 via affiliation']);
    expect(linksOf('Xun Li', 'LanZhou University')).toEqual(['site-2 via affiliation']);
  });

  it('links by facility contact when the affiliation does not match (the typo "ongji")', () => {
    expect(linksOf('Liming Chen', 'ongji Hospital of Tongji University')).toEqual([
      'site-5 via contact',
    ]);
  });

  it('links nothing when neither matches', () => {
    expect(
      linksOf(
        'Xuetao Pei',
        'Chinese Industry and Innovative Technology Strategic Alliance of Stem Cells and Regenerative Medicine',
      ),
    ).toEqual([]);
    expect(linksOf('UCB Cares', '1-844-599-2273 (UCB)')).toEqual([]);
    expect(linksOf('Nobody', null)).toEqual([]);
  });
});
