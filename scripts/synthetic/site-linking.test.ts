import { describe, expect, it } from 'vitest';
import {
  createSiteLinker,
  namesMatch,
  type SiteForLinking,
} from '../../src/trial/link-investigators';
import { ctgovStudySchema } from '../../src/trial/ctgov-schema';
import { normalizeStudy } from '../../src/trial/normalize-trial';
import { salvageParse } from '../../src/trial/salvage-parse';
import { createUnavailableLocator } from '../../src/trial/site-locator';
import { foldWords } from '../../src/trial/text-fold';
import { syntheticStudy } from './load-synthetic';

/** The indexed linker against the pairwise definition, on 2,000 generated sites and 300 officials. */
describe('createSiteLinker on the large synthetic trial', () => {
  it('links every official exactly as testing each site on its own would', () => {
    const parsed = salvageParse(ctgovStudySchema, syntheticStudy('large'));
    if (!parsed.ok || parsed.problems.length > 0) throw new Error(JSON.stringify(parsed.problems));
    const trial = normalizeStudy(parsed.data, { locate: createUnavailableLocator() });
    const sites: SiteForLinking[] = trial.sites.map((site) => ({
      id: site.id,
      facility: site.facility,
      contactNames: site.contacts.flatMap((contact) =>
        contact.person ? [contact.person.name] : [],
      ),
    }));
    const key = (text: string) => foldWords(text).join(' ');
    const link = createSiteLinker(sites);
    let linked = 0;
    for (const official of trial.officials) {
      const query = { name: official.person.name, affiliation: official.affiliation };
      const expected = sites.flatMap((site) => {
        if (query.affiliation && site.facility && namesMatch(query.affiliation, site.facility))
          return [{ siteId: site.id, via: 'affiliation' }];
        const isContact = site.contactNames.some(
          (name) => key(name) !== '' && key(name) === key(query.name),
        );
        return isContact ? [{ siteId: site.id, via: 'contact' }] : [];
      });
      expect(link(query)).toEqual(expected);
      expect(official.siteLinks).toEqual(expected);
      linked += expected.length;
    }
    expect(linked).toBeGreaterThan(200);
  }, 60_000);
});
