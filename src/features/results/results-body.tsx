import { useEffect, type ReactNode } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { InvalidValue } from '@/components/invalid-value';
import { useProblemsAt } from '@/components/record-facts';
import {
  RESULTS_MODULE_NAMES,
  RESULTS_MODULE_PATHS,
  type ResultsModuleName,
} from '@/trial/results/results-paths';
import type { Results } from '@/trial/results/results-schema';
import { AdverseEventsPart } from './adverse-events/adverse-events-part';
import { OutcomeAnalyses } from './analyses/outcome-analyses';
import { PrimaryAnalysesOverview } from './analyses/primary-analyses-overview';
import { BaselinePart } from './baseline/baseline-part';
import { DocumentsPart } from './documents/documents-part';
import { MoreInfoPart } from './more-info/more-info-part';
import { OutcomeMeasuresPart } from './outcomes/outcome-measures-part';
import { ParticipantFlowPart } from './participant-flow/participant-flow-part';
import { ResultsPart } from './results-part';
import { RESULTS_PART_HEADINGS } from './results-part-titles';
import { useResultsLink } from './use-results-link';
import './results.css';

/** What the record lacks when it has no such module. */
const ABSENT: Record<ResultsModuleName, string> = {
  participantFlow: 'The record has no participant flow.',
  baseline: 'The record has no baseline characteristics.',
  outcomeMeasures: 'The record has no outcome measures.',
  adverseEvents: 'The record has no adverse events.',
  moreInfo: 'The record gives no limitations, publication agreement or results contact.',
  documents:
    'The record provides no documents (protocol, statistical analysis plan, consent form).',
};
const PARTS = RESULTS_PART_HEADINGS;

/**
 * A results module the record lacks, or had but was invalid as a whole (left out), or that was
 * inside a section invalid as a whole (a resultsSection that is not an object): said so.
 */
function AbsentPart({ name }: { name: ResultsModuleName }) {
  const path = RESULTS_MODULE_PATHS[name];
  const section = path.slice(0, path.indexOf('.'));
  const own = useProblemsAt(path);
  const ofSection = useProblemsAt(section).filter((problem) => problem.path === section);
  const problems = own.length > 0 ? own : ofSection;
  const { id, title } = PARTS[name];
  const absent = ABSENT[name];
  return (
    <ResultsPart id={id} title={title}>
      <p>{problems.length > 0 ? <InvalidValue problems={problems} /> : absent}</p>
    </ResultsPart>
  );
}

/**
 * Every results module of a trial in the record's order, each behind its own error boundary (a
 * part that crashes says so; the others stay), with in-page links to them first.
 */
export function ResultsBody({ results, nctId }: { results: Results; nctId: string }) {
  const part = <K extends ResultsModuleName>(
    name: K,
    render: (module: NonNullable<Results[K]>) => ReactNode,
  ) => {
    const module = results[name];
    return (
      <ErrorBoundary key={name} what={`The ${PARTS[name].title.toLowerCase()}`} resetKey={nctId}>
        {module === null ? <AbsentPart name={name} /> : render(module)}
      </ErrorBoundary>
    );
  };
  const linked = useResultsLink();
  // Only a link to a part needs the parts above it at their real height; "#results" (the nav's
  // link, the header's) is the section's own heading, above them all.
  const wholeForLink = linked !== null && linked !== 'results';
  useEffect(() => {
    // A link into the results ("#results-adverse-events") names a part drawn only now.
    if (linked !== null) document.getElementById(linked)?.scrollIntoView();
  }, [linked]);
  return (
    // Linked into, the parts are laid out whole: a part not yet laid out only stands in for its
    // height (content-visibility), so the jump would land short of its target.
    <div className={wholeForLink ? 'results-body results-body--whole' : 'results-body'}>
      <nav aria-label="Results parts" className="results-body__nav">
        <ul className="inline-list">
          {RESULTS_MODULE_NAMES.map((name) => (
            <li key={name}>
              <a href={`#${PARTS[name].id}`}>{PARTS[name].title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {part('participantFlow', (flow) => (
        <ParticipantFlowPart flow={flow} />
      ))}
      {part('baseline', (baseline) => (
        <BaselinePart baseline={baseline} />
      ))}
      {part('outcomeMeasures', (outcomes) => (
        <OutcomeMeasuresPart
          outcomes={outcomes}
          overview={<PrimaryAnalysesOverview outcomes={outcomes.outcomeMeasures} />}
          renderAnalyses={(outcome) => <OutcomeAnalyses outcome={outcome} />}
        />
      ))}
      {part('adverseEvents', (adverseEvents) => (
        <AdverseEventsPart adverseEvents={adverseEvents} />
      ))}
      {part('moreInfo', (moreInfo) => (
        <MoreInfoPart moreInfo={moreInfo} />
      ))}
      {part('documents', (documents) => (
        <DocumentsPart documents={documents} nctId={nctId} />
      ))}
    </div>
  );
}
