import { containsWords, foldWords } from './text-fold';

/**
 * Links overall officials to sites: by affiliation ~ facility name, or by the
 * official's name being one of the site's contacts. Pure, browser-safe.
 */

export interface SiteForLinking {
  id: string;
  facility: string | null;
  /** Names of the site's contacts, degrees removed. */
  contactNames: string[];
}

export interface OfficialForLinking {
  /** The official's name, degrees removed. */
  name: string;
  affiliation: string | null;
}

export interface SiteLink {
  siteId: string;
  via: 'affiliation' | 'contact';
}

/** Words too common to link on by themselves ("Hospital", "University of Medicine"). */
const GENERIC_WORDS = new Set(
  (
    'the of and for at in de la le du del di der und a an ' +
    'hospital hospitals university universities medical medicine center centre centers clinic clinics ' +
    'clinical institute institut college school faculty department dept health healthcare care research ' +
    'foundation general national regional city county district community children childrens women womens ' +
    'memorial affiliated first second third people peoples central main unit service services group ' +
    'sciences science trust network site study office private public ' +
    'hospital hopital hospitalier universitaire universitat universitario universita klinikum'
  ).split(' '),
);

/** A name worth linking on: two words or more, at least one of them not generic or a number. */
function isDistinctive(words: readonly string[]): boolean {
  return words.length >= 2 && words.some((word) => !GENERIC_WORDS.has(word) && !/^\d+$/.test(word));
}

/** Same name, or one contains the other as whole words (the shorter one must be distinctive). */
export function namesMatch(a: string, b: string): boolean {
  const wordsA = foldWords(a);
  const wordsB = foldWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  if (!isDistinctive(shorter)) return false;
  return containsWords(longer, shorter);
}

function push(index: Map<string, number[]>, key: string, siteIndex: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [siteIndex]);
  else if (list[list.length - 1] !== siteIndex) list.push(siteIndex);
}

/** Every contiguous run of two or more words, each once: the names a distinctive name can match. */
function runsOf(words: readonly string[], maxLength: number): Set<string> {
  const runs = new Set<string>();
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 2; end <= Math.min(words.length, start + maxLength); end += 1) {
      runs.add(words.slice(start, end).join(' '));
    }
  }
  return runs;
}

/**
 * Indexes the sites once (folded facility words, every run of them, folded contact names) and
 * returns a function giving the sites one official is linked to, in site order; affiliation wins
 * over contact. Same result as `namesMatch` / same-person tests against every site, but each name
 * is folded once and an official costs a few map look-ups instead of a pass over all sites.
 */
export function createSiteLinker(
  sites: readonly SiteForLinking[],
): (official: OfficialForLinking) => SiteLink[] {
  /** Run of facility words -> sites whose facility contains it (an affiliation as short or shorter). */
  const byRun = new Map<string, number[]>();
  /** Whole distinctive facility -> its sites (a facility shorter than the affiliation). */
  const byFacility = new Map<string, number[]>();
  /** Folded contact name -> sites listing that contact. */
  const byContact = new Map<string, number[]>();
  sites.forEach((site, siteIndex) => {
    const words = site.facility === null ? [] : foldWords(site.facility);
    if (isDistinctive(words)) push(byFacility, words.join(' '), siteIndex);
    for (const run of runsOf(words, words.length)) push(byRun, run, siteIndex);
    for (const name of site.contactNames) {
      const key = foldWords(name).join(' ');
      if (key !== '') push(byContact, key, siteIndex);
    }
  });

  return (official) => {
    const byAffiliation = new Set<number>();
    const affiliationWords = official.affiliation === null ? [] : foldWords(official.affiliation);
    if (isDistinctive(affiliationWords)) {
      for (const siteIndex of byRun.get(affiliationWords.join(' ')) ?? [])
        byAffiliation.add(siteIndex);
    }
    for (const run of runsOf(affiliationWords, affiliationWords.length - 1)) {
      for (const siteIndex of byFacility.get(run) ?? []) byAffiliation.add(siteIndex);
    }
    const nameKey = foldWords(official.name).join(' ');
    const linked = new Set([...byAffiliation, ...(byContact.get(nameKey) ?? [])]);
    return [...linked]
      .sort((a, b) => a - b)
      .flatMap((siteIndex) => {
        const site = sites[siteIndex];
        if (site === undefined) return [];
        return [{ siteId: site.id, via: byAffiliation.has(siteIndex) ? 'affiliation' : 'contact' }];
      });
  };
}

/** The sites one official is linked to, in site order; affiliation wins over contact. */
export function linkOfficialToSites(
  official: OfficialForLinking,
  sites: readonly SiteForLinking[],
): SiteLink[] {
  return createSiteLinker(sites)(official);
}
