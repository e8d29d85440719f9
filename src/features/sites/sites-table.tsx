import { DataTable } from '@/components/data-table/data-table';
import { useUrlState } from '@/lib/use-url-state';
import type { Site } from '@/trial/trial-schema';
import { siteColumns } from './site-columns';

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
  const [url, setUrl] = useUrlState();
  const shown = sites.length === totalCount ? `${totalCount}` : `${sites.length} of ${totalCount}`;
  return (
    <DataTable
      caption={`Sites (${shown}): select a facility to show it on the map`}
      columns={siteColumns}
      data={sites}
      getRowId={(site) => site.id}
      sort={url.sitesSort}
      onSortChange={(sitesSort) => setUrl({ sitesSort })}
      selectedRowId={url.site}
      emptyMessage={emptyMessage}
      testId="sites-table"
    />
  );
}
