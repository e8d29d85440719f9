import type { ColumnDef } from '@tanstack/react-table';
import { CodeLabel } from '@/components/code-label';
import { rankIn } from '@/components/data-table/compare-values';
import { Missing } from '@/components/missing';
import { itemPath, RECORD_PATHS } from '@/trial/record-paths';
import { SelectSiteButton } from '@/components/select-site-button';
import { isolateText } from '@/trial/isolate-text';
import { siteName } from '@/trial/site-text';
import { OFFICIAL_ROLE_LABELS } from '@/trial/labels';
import { OFFICIAL_ROLES } from '@/trial/vocabulary';
import type { Site } from '@/trial/trial-schema';
import type { InvestigatorRow } from './investigator-rows';

/** A linked site is named by its city (short, and what readers scan for); the button's title names the facility. */
function siteButtonText(site: Site): string {
  return site.city ?? site.facility ?? site.id;
}

const VIA_TEXT = {
  affiliation: 'matched by affiliation',
  contact: 'listed as the site’s contact',
} as const;

/** Role sorts by seniority (study chair, study director, principal investigator, sub-investigator). */
export const investigatorColumns: ColumnDef<InvestigatorRow>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorFn: ({ official }) => official.person.name,
    cell: ({ row }) => row.original.official.person.name,
  },
  {
    id: 'degrees',
    header: 'Degrees',
    accessorFn: ({ official }) => official.person.degrees.join(', ') || undefined,
    cell: ({ row }) =>
      row.original.official.person.degrees.join(', ') || <Missing>None listed</Missing>,
  },
  {
    id: 'role',
    header: 'Role',
    accessorFn: ({ official }) => rankIn(OFFICIAL_ROLES, official.role),
    meta: {
      csv: [
        {
          header: 'Role',
          value: ({ official }) => (official.role ? OFFICIAL_ROLE_LABELS[official.role] : null),
        },
      ],
    },
    cell: ({ row }) => {
      const { role } = row.original.official;
      return role ? (
        <CodeLabel label={OFFICIAL_ROLE_LABELS[role]} code={role} />
      ) : (
        <Missing path={itemPath(RECORD_PATHS.overallOfficials, row.original.official.id, 'role')}>
          No role listed
        </Missing>
      );
    },
  },
  {
    id: 'affiliation',
    header: 'Affiliation',
    accessorFn: ({ official }) => official.affiliation ?? undefined,
    cell: ({ row }) =>
      row.original.official.affiliation ?? (
        <Missing
          path={itemPath(RECORD_PATHS.overallOfficials, row.original.official.id, 'affiliation')}
        >
          No affiliation listed
        </Missing>
      ),
  },
  {
    id: 'site',
    header: 'Site',
    accessorFn: ({ sites }) =>
      sites.map(({ site }) => siteButtonText(site)).join(', ') || undefined,
    // The file names each site in full (the cell shows its city, the button's title its facility).
    meta: {
      csv: [
        {
          header: 'Site',
          value: ({ sites }) => sites.map(({ site }) => siteName(site)).join('; ') || null,
        },
      ],
    },
    cell: ({ row }) =>
      row.original.sites.length === 0 ? (
        <Missing>No matching site</Missing>
      ) : (
        <ul className="cell-list">
          {row.original.sites.map(({ site, via }) => (
            <li key={site.id}>
              <SelectSiteButton
                siteId={site.id}
                description={`Show ${site.facility === null ? 'this site' : isolateText(site.facility)} on the map (${VIA_TEXT[via]})`}
              >
                {siteButtonText(site)}
              </SelectSiteButton>
            </li>
          ))}
        </ul>
      ),
  },
];
