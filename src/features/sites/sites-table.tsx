import { DataTable } from '@/components/data-table/data-table';
import { setUrlState, useUrlSort, useUrlValue } from '@/lib/use-url-state';
import type { Site } from '@/trial/trial-schema';
import { siteColumns } from './site-columns';
import { formatCount } from '@/trial/count-text';

/** The sites as a sortable table: the map's text alternative. Selecting a facility shows it on the map. */
export function SitesTable({
  sites,
  totalCount,
  emptyMessage,
}: {
  sites: Site[];
  totalCount: number;
  emptyMessage: string;
}) {
  const sort = useUrlSort('sitesSort');
  const selectedSite = useUrlValue((state) => state.site);
  const shown =
    sites.length === totalCount
      ? formatCount(totalCount)
      : `${formatCount(sites.length)} of ${formatCount(totalCount)}`;
  return (
    <DataTable
      caption={`Sites (${shown}): select a facility to show it on the map`}
      columns={siteColumns}
      data={sites}
      getRowId={(site) => site.id}
      sort={sort}
      onSortChange={(sitesSort) => setUrlState({ sitesSort })}
      selectedRowId={selectedSite}
      emptyMessage={emptyMessage}
      testId="sites-table"
    />
  );
}
