import type { z } from 'zod';
import type { ctgovContactsLocationsModuleSchema } from '../../src/trial/ctgov-locations-schema';
import type { OfficialRole } from '../../src/trial/vocabulary';
import type { Random } from './prng';
import { randomPerson } from './synthetic-names';
import type { RawLocation } from './synthetic-sites';

export type RawOfficial = NonNullable<
  z.input<typeof ctgovContactsLocationsModuleSchema>['overallOfficials']
>[number];

/** Affiliations that belong to no site (the sponsor's people). */
export const SPONSOR_AFFILIATION = 'Synthetic Oncology Research Consortium (generated test data)';
const CRO_AFFILIATION = 'Synthetic Pharma Ltd (generated test data)';

function roleOf(index: number): OfficialRole {
  if (index < 2) return 'STUDY_CHAIR';
  if (index < 5) return 'STUDY_DIRECTOR';
  return 'PRINCIPAL_INVESTIGATOR';
}

/**
 * How a principal investigator's affiliation names their site, so that linking has work to do:
 * the facility as listed, in other case and punctuation, inside a longer name, or not at all
 * (then the investigator is listed as one of the site's contacts, or linked to nothing).
 */
function affiliationFor(facility: string, variant: number): string | null {
  if (variant < 55) return facility;
  if (variant < 65) return facility.toUpperCase().replace(/[.']/g, '');
  if (variant < 80) return `Department of Clinical Research, ${facility}`;
  return null;
}

/**
 * `count` overall officials: two study chairs, three study directors, then principal
 * investigators whose affiliations match a site's facility in several ways. Some investigators
 * are added to their site's contacts (mutating `locations`), so linking by contact is exercised.
 */
export function generateOfficials(
  count: number,
  locations: RawLocation[],
  random: Random,
): RawOfficial[] {
  const officials: RawOfficial[] = [];
  const usedNames = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    let person = randomPerson(random);
    for (let retry = 0; retry < 5 && usedNames.has(`${person.first} ${person.last}`); retry += 1)
      person = randomPerson(random);
    usedNames.add(`${person.first} ${person.last}`);
    const role = roleOf(index);
    if (role !== 'PRINCIPAL_INVESTIGATOR' || locations.length === 0) {
      const affiliation = role === 'STUDY_CHAIR' ? SPONSOR_AFFILIATION : CRO_AFFILIATION;
      officials.push({ name: person.published, affiliation, role });
      continue;
    }
    const site = locations[random.int(locations.length)];
    const facility = site?.facility ?? 'Unnamed facility';
    const variant = random.int(100);
    const affiliation = affiliationFor(facility, variant);
    if (affiliation === null && site !== undefined && variant < 92) {
      const contact = { name: person.published, role: 'PRINCIPAL_INVESTIGATOR' as const };
      site.contacts = [...(site.contacts ?? []), contact];
    }
    officials.push({
      name: person.published,
      role,
      ...(affiliation === null
        ? variant % 2 === 0
          ? { affiliation: `Independent investigator (${String(index + 1)})` }
          : {}
        : { affiliation }),
    });
  }
  return officials;
}
