import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { CompleteListsLink } from '@/components/complete-lists-link';
import { Section } from '@/components/section';
import { setUrlState, useUrlSort } from '@/lib/use-url-state';
import type { Trial } from '@/trial/trial-schema';
import { investigatorColumns } from './investigator-columns';
import { investigatorRows } from './investigator-rows';
import { formatCount } from '@/trial/count-text';

/** `completeLists`: the page listing every investigator, for a trial whose table shows part before JavaScript. */
export function InvestigatorsSection({
  trial,
  completeLists,
}: {
  trial: Trial;
  completeLists?: string | undefined;
}) {
  const sort = useUrlSort('investigatorsSort');
  const rows = useMemo(() => investigatorRows(trial), [trial]);
  return (
    <Section
      id="investigators"
      recordModules={['contactsLocationsModule']}
      title="Investigators"
      blurb="The study's officials, their roles and affiliations, and the site each is linked to (select a site to show it on the map)."
    >
      <DataTable
        caption={`Investigators (${formatCount(rows.length)})`}
        columns={investigatorColumns}
        data={rows}
        getRowId={(row) => row.official.id}
        sort={sort}
        onSortChange={(investigatorsSort) => setUrlState({ investigatorsSort })}
        emptyMessage="The record lists no investigators."
        csv={{ name: 'investigators', of: 'the investigators' }}
        testId="investigators-table"
      />
      {completeLists && <CompleteListsLink href={completeLists} />}
    </Section>
  );
}
