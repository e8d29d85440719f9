import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { setUrlState, useUrlSort, useUrlValue } from '@/lib/use-url-state';
import type { Site } from '@/trial/trial-schema';
import { siteColumns } from './site-columns';
import { formatCount } from '@/trial/count-text';
import { DISTANCE_COLUMN_ID, useNearMeasure } from './nearest/near-point';

const NEAREST_FIRST = { id: DISTANCE_COLUMN_ID, desc: false };
const SITES_CSV = { name: 'sites', of: 'the sites' };

/**
 * The sites as a sortable table: the map's text alternative. Selecting a facility shows it on the
 * map. While a point is set (the place box) a Distance column follows the facility, and the table
 * is sorted nearest first unless the reader sorts by another column.
 */
export function SitesTable({
  sites,
  totalCount,
  emptyMessage,
}: {
  sites: Site[];
  totalCount: number;
  emptyMessage: string;
}) {
  const urlSort = useUrlSort('sitesSort');
  const selectedSite = useUrlValue((state) => state.site);
  const near = useNearMeasure();
  const columns = useMemo(
    () =>
      near === null
        ? siteColumns
        : [...siteColumns.slice(0, 1), near.distanceColumn, ...siteColumns.slice(1)],
    [near],
  );
  const shown =
    sites.length === totalCount
      ? formatCount(totalCount)
      : `${formatCount(sites.length)} of ${formatCount(totalCount)}`;
  return (
    <DataTable
      caption={`Sites (${shown}): select a facility to show it on the map`}
      columns={columns}
      data={sites}
      getRowId={(site) => site.id}
      sort={urlSort ?? (near === null ? null : NEAREST_FIRST)}
      onSortChange={(sitesSort) => setUrlState({ sitesSort })}
      selectedRowId={selectedSite}
      emptyMessage={emptyMessage}
      csv={SITES_CSV}
      testId="sites-table"
    />
  );
}
