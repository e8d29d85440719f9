import { InvalidValue } from '@/components/invalid-value';
import { useProblemsAt } from '@/components/record-facts';
import { flowBalance } from '@/trial/results/flow-balance';
import type { FlowPeriod, ParticipantFlow } from '@/trial/results/participant-flow-schema';
import { keptItemPaths, problemsUnder } from '@/trial/results/record-list-paths';
import { flowPeriodPath, recordIndexOf } from '@/trial/results/results-paths';
import { balanceNotes } from './balance-notes';
import { FlowDiagram } from './flow-diagram';
import { flowDiagramModel } from './flow-diagram-model';
import { milestoneLabel, periodGroups, periodTitle, unitsLabel } from './flow-labels';
import { flowSummary } from './flow-summary';
import { FlowTable, type FlowTableRow } from './flow-table';

const PART = 'results-participant-flow';

/**
 * One period of the participant flow (h4: its title): a diagram per group it counts, the
 * counts that do not add up said under each, then the same numbers as a table. The record's
 * invalid values inside the period are shown with the milestone or reason they belong to, or
 * for the period as a whole.
 */
export function FlowPeriodSection({ flow, period }: { flow: ParticipantFlow; period: FlowPeriod }) {
  const index = recordIndexOf(period.id);
  const path = index === null ? undefined : flowPeriodPath(index);
  const problems = useProblemsAt(path);
  const title = periodTitle(period);
  const groups = periodGroups(flow, period);
  const units = unitsLabel(flow);
  const itemId = `${PART}-${period.id}`;
  const tableId = `${itemId}-table`;
  const rowsOf = (list: 'milestones' | 'dropWithdraws', count: number) =>
    path === undefined ? [] : keptItemPaths(`${path}.${list}`, count, problems);
  const milestonePaths = rowsOf('milestones', period.milestones.length);
  const reasonPaths = rowsOf('dropWithdraws', period.dropWithdraws.length);
  const rowProblems = (rowPath: string | undefined) =>
    rowPath === undefined ? [] : problemsUnder(problems, rowPath);
  const milestones: FlowTableRow[] = period.milestones.map((milestone, position) => ({
    key: `milestone-${position}`,
    label: milestoneLabel(milestone),
    comment: milestone.comment,
    counts: milestone.achievements,
    problems: rowProblems(milestonePaths[position]),
  }));
  const reasons: FlowTableRow[] = period.dropWithdraws.map((reason, position) => ({
    key: `reason-${position}`,
    label: reason.type ?? 'Reason not given',
    comment: reason.comment,
    counts: reason.reasons,
    problems: rowProblems(reasonPaths[position]),
  }));
  const shownRows = [...milestonePaths, ...reasonPaths];
  const periodProblems = problems.filter(
    (problem) => !shownRows.some((rowPath) => problemsUnder([problem], rowPath).length > 0),
  );
  const balances = new Map(flowBalance(period).map((balance) => [balance.groupId, balance]));
  return (
    <div className="flow-period">
      <h4 id={`${itemId}-heading`}>{title}</h4>
      {periodProblems.length > 0 && (
        <p className="flow-period__problems">
          <InvalidValue problems={periodProblems} />
        </p>
      )}
      {groups.length === 0 ? (
        <p className="missing">This period counts no group.</p>
      ) : (
        <>
          <div className="flow-period__diagrams">
            {groups.map((group) => {
              const balance = balances.get(group.id);
              const notes = balance
                ? balanceNotes(period, balance)
                : { mismatches: [], unchecked: [] };
              return (
                <FlowDiagram
                  key={group.id}
                  id={`${itemId}-${group.id}`}
                  title={`Participant flow, ${title}: ${group.title}`}
                  summary={flowSummary(period, group.id, units, notes.mismatches.length === 0)}
                  tableId={tableId}
                  model={flowDiagramModel(period, group.id, units)}
                  notes={notes}
                />
              );
            })}
          </div>
          <FlowTable
            id={tableId}
            caption={`Participant flow, ${title}: numbers by milestone and group`}
            groups={groups}
            milestones={milestones}
            reasons={reasons}
            units={units}
            csv={{ name: `participant-flow-${period.id}`, of: `the participant flow, ${title}` }}
          />
        </>
      )}
    </div>
  );
}
