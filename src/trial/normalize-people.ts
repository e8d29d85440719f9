import type { CtgovProtocol } from './ctgov-schema';
import { linkOfficialToSites } from './link-investigators';
import { parsePersonName } from './person-name';
import type { Official, Site } from './trial-schema';

type RawOfficial = NonNullable<
  NonNullable<CtgovProtocol['contactsLocationsModule']>['overallOfficials']
>[number];

/** Overall officials ("official-1".. in record order), each linked to the sites it belongs to. */
export function normalizeOfficials(
  officials: readonly RawOfficial[],
  sites: readonly Site[],
): Official[] {
  const sitesForLinking = sites.map((site) => ({
    id: site.id,
    facility: site.facility,
    contactNames: site.contacts.flatMap((contact) => (contact.person ? [contact.person.name] : [])),
  }));
  return officials.map((raw, index) => {
    const person = parsePersonName(raw.name);
    const affiliation = raw.affiliation ?? null;
    return {
      id: `official-${index + 1}`,
      person,
      role: raw.role ?? null,
      affiliation,
      siteLinks: linkOfficialToSites({ name: person.name, affiliation }, sitesForLinking),
    };
  });
}
