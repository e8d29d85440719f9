import type { ColumnDef } from '@tanstack/react-table';
import { Missing } from '@/components/missing';
import { SelectSiteButton } from '@/components/select-site-button';
import { StatusBadge } from '@/components/status-badge';
import { SiteContacts } from '@/components/site-contacts';
import { itemPath, RECORD_PATHS } from '@/trial/record-paths';
import { UNNAMED_FACILITY } from '@/trial/site-text';
import type { Site } from '@/trial/trial-schema';
import { contactsText } from '@/trial/contact-text';
import { LocationNote, locationNoteText } from './location-note';
import { siteStatusLabel } from './site-status-style';

/** Where a site's field sits in the record: an invalid value there is shown as such. */
const sitePath = (site: Site, field: string) => itemPath(RECORD_PATHS.locations, site.id, field);

function textOrMissing(site: Site, field: 'city' | 'state' | 'country') {
  return site[field] ?? <Missing path={sitePath(site, field)}>Not given</Missing>;
}

export const siteColumns: ColumnDef<Site>[] = [
  {
    id: 'facility',
    header: 'Facility',
    accessorFn: (site) => site.facility ?? undefined,
    meta: {
      csv: [
        { header: 'Facility', value: (site) => site.facility },
        { header: 'Site contacts', value: (site) => contactsText(site.contacts) },
      ],
    },
    // Who to call there sits under the site's name (SiteContacts): the reader needs no other column.
    cell: ({ row }) => (
      <>
        <SelectSiteButton siteId={row.original.id}>
          {row.original.facility ?? UNNAMED_FACILITY}
        </SelectSiteButton>
        <SiteContacts site={row.original} compact />
      </>
    ),
  },
  {
    id: 'city',
    header: 'City',
    accessorFn: (s) => s.city ?? undefined,
    cell: ({ row }) => textOrMissing(row.original, 'city'),
  },
  {
    id: 'state',
    header: 'State/province',
    accessorFn: (s) => s.state ?? undefined,
    cell: ({ row }) => textOrMissing(row.original, 'state'),
  },
  {
    id: 'country',
    header: 'Country',
    accessorFn: (s) => s.country ?? undefined,
    cell: ({ row }) => textOrMissing(row.original, 'country'),
  },
  {
    id: 'status',
    header: 'Status',
    accessorFn: (s) => (s.status ? siteStatusLabel(s.status) : undefined),
    cell: ({ row }) =>
      row.original.status ? (
        <StatusBadge status={row.original.status} />
      ) : (
        <Missing path={sitePath(row.original, 'status')}>Status not given</Missing>
      ),
  },
  {
    id: 'map',
    header: 'On map',
    accessorFn: (s) => (s.location ? `0 ${s.location.source}` : `1 ${s.notOnMapReason ?? ''}`),
    meta: { csv: [{ header: 'On map', value: locationNoteText }] },
    cell: ({ row }) => <LocationNote site={row.original} />,
  },
];
