import { ContactList } from '@/components/contact-list';
import { siteHeading } from '@/trial/site-text';
import type { Site } from '@/trial/trial-schema';

/** Each site's heading and its contacts; a site without contacts says so. */
export function SiteContactList({ sites }: { sites: readonly Site[] }) {
  return (
    <ul className="facility-contacts">
      {sites.map((site) => (
        <li key={site.id}>
          <h3>{siteHeading(site)}</h3>
          <ContactList contacts={site.contacts} emptyText="No contact listed" />
        </li>
      ))}
    </ul>
  );
}
