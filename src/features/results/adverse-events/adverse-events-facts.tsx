import { DefinitionList, type DefinitionItem } from '@/components/definition-list';
import { assessmentSummary, vocabularySummary } from '@/trial/results/adverse-event-facts';
import type { AdverseEvents } from '@/trial/results/adverse-events-schema';
import { parsePublishedNumber } from '@/trial/results/published-number';
import { RESULTS_MODULE_PATHS } from '@/trial/results/results-paths';

const PATH = RESULTS_MODULE_PATHS.adverseEvents;

/** "5%" for a published "5"; any other text as published. */
function thresholdText(text: string): string {
  const number = parsePublishedNumber(text);
  return number.value !== null && number.relation === null ? `${text.trim()}%` : text;
}

function prose(text: string | null) {
  return text === null ? null : <span className="ae-prose">{text}</span>;
}

/** How the adverse events were collected, over what time, and reported from what frequency. */
export function AdverseEventsFacts({ adverseEvents }: { adverseEvents: AdverseEvents }) {
  const { frequencyThreshold, timeFrame, description, allCauseMortalityComment } = adverseEvents;
  const events = [...adverseEvents.seriousEvents, ...adverseEvents.otherEvents];
  const items: DefinitionItem[] = [
    { term: 'Time frame', value: prose(timeFrame), recordPath: `${PATH}.timeFrame` },
    {
      term: 'Frequency threshold for other adverse events',
      value:
        frequencyThreshold === null ? null : (
          <>
            {thresholdText(frequencyThreshold)}{' '}
            <span className="ae-facts__hint">
              (other, not serious, events are reported when more frequent than this in any group)
            </span>
          </>
        ),
      recordPath: `${PATH}.frequencyThreshold`,
    },
    { term: 'Assessment', value: assessmentSummary(events), missingText: 'Not given' },
    { term: 'Vocabulary', value: vocabularySummary(events), missingText: 'Not given' },
    { term: 'Description', value: prose(description), recordPath: `${PATH}.description` },
  ];
  if (allCauseMortalityComment !== null) {
    items.push({ term: 'All-cause mortality', value: prose(allCauseMortalityComment) });
  }
  return <DefinitionList items={items} />;
}
