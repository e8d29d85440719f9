import { DefinitionList, type DefinitionItem } from '@/components/definition-list';
import { InvalidValue } from '@/components/invalid-value';
import { Missing } from '@/components/missing';
import { ProseText } from '@/components/prose-text';
import { useProblemsAt } from '@/components/record-facts';
import type { ParticipantFlow } from '@/trial/results/participant-flow-schema';
import { droppedPositions, problemsUnder } from '@/trial/results/record-list-paths';
import { RESULTS_MODULE_PATHS, flowPeriodPath, recordIndexOf } from '@/trial/results/results-paths';
import { ResultsPart } from '../results-part';
import { FlowGroups } from './flow-groups';
import { FlowPeriodSection } from './flow-period-section';
import './participant-flow.css';

const MODULE = RESULTS_MODULE_PATHS.participantFlow;
const PERIODS = `${MODULE}.periods`;

/**
 * The participant flow as published (CONSORT-like): recruitment and pre-assignment details,
 * units analyzed where the record counts units, the groups, then each period in record order
 * with a diagram per group and the same numbers as a table. A period the record had but that
 * was invalid is said where it was.
 */
export function ParticipantFlowPart({ flow }: { flow: ParticipantFlow }) {
  const periodProblems = useProblemsAt(PERIODS);
  const unitsProblems = useProblemsAt(`${MODULE}.typeUnitsAnalyzed`);
  const details: DefinitionItem[] = [
    {
      term: 'Recruitment details',
      value: flow.recruitmentDetails === null ? null : <ProseText text={flow.recruitmentDetails} />,
      recordPath: `${MODULE}.recruitmentDetails`,
    },
    {
      term: 'Pre-assignment details',
      value:
        flow.preAssignmentDetails === null ? null : <ProseText text={flow.preAssignmentDetails} />,
      recordPath: `${MODULE}.preAssignmentDetails`,
    },
  ];
  if (flow.typeUnitsAnalyzed !== null || unitsProblems.length > 0) {
    details.push({
      term: 'Units analyzed',
      value: flow.typeUnitsAnalyzed,
      recordPath: `${MODULE}.typeUnitsAnalyzed`,
    });
  }
  const entries = [
    ...flow.periods.map((period) => ({ position: recordIndexOf(period.id) ?? 0, period })),
    ...droppedPositions(PERIODS, periodProblems).map((position) => ({ position, period: null })),
  ].sort((a, b) => a.position - b.position);
  const listProblems = periodProblems.filter((problem) => problem.path === PERIODS);
  return (
    <ResultsPart
      id="results-participant-flow"
      title="Participant flow"
      blurb="How participants went through the study, period by period: a diagram for each group, and the same numbers as a table."
    >
      <div className="results-flow">
        <DefinitionList items={details} />
        <FlowGroups groups={flow.groups} />
        {listProblems.length > 0 && (
          <p>
            <InvalidValue problems={listProblems} />
          </p>
        )}
        {entries.length === 0 && (
          <p>
            <Missing>No periods published</Missing>
          </p>
        )}
        {entries.map(({ position, period }) =>
          period === null ? (
            <div key={`dropped-${position}`} className="flow-period">
              <h4>{`Period ${position + 1} of the record`}</h4>
              <p>
                <InvalidValue problems={problemsUnder(periodProblems, flowPeriodPath(position))} />
              </p>
            </div>
          ) : (
            <FlowPeriodSection key={period.id} flow={flow} period={period} />
          ),
        )}
      </div>
    </ResultsPart>
  );
}
