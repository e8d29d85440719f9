import { indexed } from './ctgov-fields';
import type { CtgovProtocol } from './ctgov-schema';
import { createSiteLinker } from './link-investigators';
import { parsePersonName } from './person-name';
import type { Official, Site } from './trial-schema';

type RawOfficial = NonNullable<
  NonNullable<CtgovProtocol['contactsLocationsModule']>['overallOfficials']
>[number];

/** Overall officials ("official-1".. in record order), each linked to the sites it belongs to (sites indexed once). */
export function normalizeOfficials(
  officials: readonly RawOfficial[] | undefined,
  sites: readonly Site[],
): Official[] {
  const linkToSites = createSiteLinker(
    sites.map((site) => ({
      id: site.id,
      facility: site.facility,
      contactNames: site.contacts.flatMap((contact) =>
        contact.person ? [contact.person.name] : [],
      ),
    })),
  );
  return indexed(officials).map(({ item: raw, index }) => {
    const person = parsePersonName(raw.name);
    const affiliation = raw.affiliation ?? null;
    return {
      id: `official-${index + 1}`,
      person,
      role: raw.role ?? null,
      affiliation,
      siteLinks: linkToSites({ name: person.name, affiliation }),
    };
  });
}
