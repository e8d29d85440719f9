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

function samePerson(a: string, b: string): boolean {
  const wordsA = foldWords(a);
  return wordsA.length > 0 && wordsA.join(' ') === foldWords(b).join(' ');
}

/** The sites one official is linked to, in site order; affiliation wins over contact. */
export function linkOfficialToSites(
  official: OfficialForLinking,
  sites: readonly SiteForLinking[],
): SiteLink[] {
  const links: SiteLink[] = [];
  for (const site of sites) {
    const { affiliation } = official;
    if (affiliation !== null && site.facility !== null && namesMatch(affiliation, site.facility)) {
      links.push({ siteId: site.id, via: 'affiliation' });
    } else if (site.contactNames.some((contactName) => samePerson(contactName, official.name))) {
      links.push({ siteId: site.id, via: 'contact' });
    }
  }
  return links;
}
