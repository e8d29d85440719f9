import { useMemo, useState } from 'react';
import type { Site } from '@/trial/trial-schema';
import { groupSitesByCountry, type CountryGroup } from './group-sites-by-country';
import { SiteContactList } from './site-contact-list';
import { formatCount, plural } from '@/trial/count-text';

/** "Germany: 48 sites, 45 with a contact", the country isolated from the words after it. */
function CountryGroupLabel({ group: { country, sites, withContacts } }: { group: CountryGroup }) {
  return (
    <>
      <bdi>{country ?? 'Country not given'}</bdi>
      {`: ${plural(sites.length, 'site')}, ${formatCount(withContacts)} with a contact`}
    </>
  );
}

/**
 * A long trial's site contacts, one closed disclosure per country. A group's contacts are rendered
 * only once it is opened: 2,000 sites' contacts at once are some 40,000 elements, which every later
 * render, style pass and assistive-technology query would pay for.
 */
export function CountryContactGroups({ sites }: { sites: readonly Site[] }) {
  const groups = useMemo(() => groupSitesByCountry(sites), [sites]);
  return (
    <ul className="facility-contacts facility-contacts--by-country">
      {groups.map((group) => (
        <li key={group.country ?? ''}>
          <CountryGroupDisclosure group={group} />
        </li>
      ))}
    </ul>
  );
}

function CountryGroupDisclosure({ group }: { group: CountryGroup }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <CountryGroupLabel group={group} />
      </summary>
      {open && <SiteContactList sites={group.sites} />}
    </details>
  );
}
