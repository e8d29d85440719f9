import type { ColumnDef } from '@tanstack/react-table';
import { CodeLabel } from '@/components/code-label';
import { rankIn } from '@/components/data-table/compare-values';
import { Missing } from '@/components/missing';
import { itemPath, RECORD_PATHS } from '@/trial/record-paths';
import { ARM_GROUP_TYPE_LABELS, INTERVENTION_TYPE_LABELS } from '@/trial/labels';
import { ARM_GROUP_TYPES } from '@/trial/vocabulary';
import type { StudyGroupRow } from './study-group-rows';

/** Type sorts in ClinicalTrials.gov's order (experimental first, then comparators), not alphabetically. */
export const studyGroupColumns: ColumnDef<StudyGroupRow>[] = [
  {
    id: 'group',
    header: 'Group',
    accessorFn: ({ arm }) => arm.label,
    cell: ({ row }) => <strong>{row.original.arm.label}</strong>,
  },
  {
    id: 'type',
    header: 'Type',
    accessorFn: ({ arm }) => rankIn(ARM_GROUP_TYPES, arm.type),
    meta: {
      csv: [
        { header: 'Type', value: ({ arm }) => (arm.type ? ARM_GROUP_TYPE_LABELS[arm.type] : null) },
      ],
    },
    cell: ({ row }) => {
      const { type } = row.original.arm;
      return type ? (
        <CodeLabel label={ARM_GROUP_TYPE_LABELS[type]} code={type} />
      ) : (
        <Missing path={itemPath(RECORD_PATHS.armGroups, row.original.arm.id, 'type')}>
          Type not given
        </Missing>
      );
    },
  },
  {
    id: 'description',
    header: 'Description',
    accessorFn: ({ arm }) => arm.description ?? undefined,
    cell: ({ row }) =>
      row.original.arm.description ?? (
        <Missing path={itemPath(RECORD_PATHS.armGroups, row.original.arm.id, 'description')}>
          No description
        </Missing>
      ),
  },
  {
    id: 'interventions',
    header: 'Interventions',
    accessorFn: ({ interventions }) => interventions.map((i) => i.name).join(', ') || undefined,
    cell: ({ row }) =>
      row.original.interventions.length === 0 ? (
        <Missing>None listed</Missing>
      ) : (
        <ul className="cell-list">
          {row.original.interventions.map((intervention) => (
            <li key={intervention.id}>
              <bdi>{intervention.name}</bdi>
              {intervention.type && (
                <>
                  {' '}
                  (
                  <CodeLabel
                    label={INTERVENTION_TYPE_LABELS[intervention.type]}
                    code={intervention.type}
                  />
                  )
                </>
              )}
            </li>
          ))}
        </ul>
      ),
  },
];
