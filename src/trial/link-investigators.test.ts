import { describe, expect, it } from 'vitest';
import {
  createSiteLinker,
  linkOfficialToSites,
  namesMatch,
  type SiteForLinking,
} from './link-investigators';
import { foldWords } from './text-fold';

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

describe('createSiteLinker', () => {
  const many: SiteForLinking[] = [
    { id: 's1', facility: 'Lyon Heart Institute, Department of Cardiology', contactNames: [] },
    { id: 's2', facility: 'Lyon Heart Institute', contactNames: ['Ana Costa'] },
    { id: 's3', facility: 'Heart Institute', contactNames: ['Ana Costa'] },
    { id: 's4', facility: 'Lyon Lyon Heart Heart', contactNames: [] },
    { id: 's5', facility: null, contactNames: ['ANA  COSTA', ''] },
  ];

  /** The definition: every site tested on its own with namesMatch and the same-person rule. */
  function pairwise(official: { name: string; affiliation: string | null }): string[] {
    const person = foldWords(official.name).join(' ');
    return many.flatMap((site) => {
      if (official.affiliation && site.facility && namesMatch(official.affiliation, site.facility))
        return [`${site.id} via affiliation`];
      const isContact = site.contactNames.some(
        (name) => foldWords(name).length > 0 && foldWords(name).join(' ') === person,
      );
      return isContact ? [`${site.id} via contact`] : [];
    });
  }

  it('gives the pairwise definition’s links, in site order, affiliation first', () => {
    const link = createSiteLinker(many);
    const officials = [
      { name: 'Ana Costa', affiliation: 'Lyon Heart Institute' },
      { name: 'Ana Costa', affiliation: null },
      { name: 'Bo Li', affiliation: 'Department of Cardiology, LYON HEART INSTITUTE' },
      { name: 'Bo Li', affiliation: 'Heart Institute' },
      { name: 'Bo Li', affiliation: 'Lyon Heart' },
      { name: 'Bo Li', affiliation: 'Heart Heart' },
      { name: 'Bo Li', affiliation: 'Lyon Lyon Heart Heart Lyon Heart Institute' },
      { name: '', affiliation: '' },
    ];
    for (const official of officials) {
      expect(link(official).map((l) => `${l.siteId} via ${l.via}`)).toEqual(pairwise(official));
    }
    expect(link(officials[0] ?? { name: '', affiliation: null })).toEqual([
      { siteId: 's1', via: 'affiliation' },
      { siteId: 's2', via: 'affiliation' },
      { siteId: 's3', via: 'affiliation' },
      { siteId: 's5', via: 'contact' },
    ]);
  });
});
