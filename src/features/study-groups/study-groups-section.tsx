import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { Section } from '@/components/section';
import { setUrlState, useUrlSort } from '@/lib/use-url-state';
import type { Trial } from '@/trial/trial-schema';
import { studyGroupColumns } from './study-group-columns';
import { studyGroupRows } from './study-group-rows';
import { formatCount } from '@/trial/count-text';

export function StudyGroupsSection({ trial }: { trial: Trial }) {
  const sort = useUrlSort('groupsSort');
  const rows = useMemo(() => studyGroupRows(trial), [trial]);
  return (
    <Section
      id="study-groups"
      recordModules={['armsInterventionsModule']}
      title="Study groups"
      blurb="Each arm or cohort of the study and the interventions its participants receive."
    >
      <DataTable
        caption={`Study groups (${formatCount(rows.length)})`}
        columns={studyGroupColumns}
        data={rows}
        getRowId={(row) => row.arm.id}
        sort={sort}
        onSortChange={(groupsSort) => setUrlState({ groupsSort })}
        emptyMessage="The record lists no study groups."
        csv={{ name: 'study-groups', of: 'the study groups' }}
        testId="study-groups-table"
      />
    </Section>
  );
}
