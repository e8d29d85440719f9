import type { z } from 'zod';
import type {
  ctgovDocumentSectionSchema,
  ctgovResultsSectionSchema,
} from '../../src/trial/results/ctgov-results-schema';
import type { Random } from './prng';
import { generateAdverseEvents } from './synthetic-adverse-events';
import type { RawArmsModule } from './synthetic-arms';
import { generateBaseline } from './synthetic-baseline';
import { generateParticipantFlow } from './synthetic-flow';
import { generateOutcomeMeasures } from './synthetic-outcomes';
import { resultArms } from './synthetic-result-groups';
import type { SyntheticResultsSpec } from './synthetic-sizes';

export type RawResultsSection = z.input<typeof ctgovResultsSectionSchema>;
export type RawDocumentSection = z.input<typeof ctgovDocumentSectionSchema>;

export interface SyntheticResults {
  resultsSection: RawResultsSection;
  documentSection: RawDocumentSection;
  /** Randomized in all (the first period's STARTED): the record's actual enrollment. */
  enrolled: number;
}

/**
 * Posted results for a synthetic record, valid against the API v2 results schemas: participant
 * flow (2 periods), baseline, outcome measures with analyses, adverse events, more information,
 * and 2 provided documents. One group per arm in each module. Each module draws from its own
 * stream, so more of one (say, adverse-event terms) does not move the others.
 */
export function generateResults(
  spec: SyntheticResultsSpec,
  arms: RawArmsModule,
  stream: (part: string) => Random,
): SyntheticResults {
  const groups = resultArms(arms, stream('results-groups'));
  return {
    enrolled: groups.reduce((sum, group) => sum + group.randomized, 0),
    resultsSection: {
      participantFlowModule: generateParticipantFlow(groups, stream('results-flow')),
      baselineCharacteristicsModule: generateBaseline(
        groups,
        spec.baselineMeasures,
        stream('results-baseline'),
      ),
      outcomeMeasuresModule: generateOutcomeMeasures(
        groups,
        spec.outcomes,
        spec.analyses,
        stream('results-outcomes'),
      ),
      adverseEventsModule: generateAdverseEvents(
        groups,
        spec.seriousTerms,
        spec.otherTerms,
        stream('results-adverse-events'),
      ),
      moreInfoModule: {
        limitationsAndCaveats: {
          description:
            'These results are generated test data, not a real study: no participant, measurement or adverse event in them is real.\nThey exist to test the explorer with results at scale.',
        },
        certainAgreement: {
          piSponsorEmployee: false,
          restrictionType: 'LTE60',
          restrictiveAgreement: true,
        },
        pointOfContact: {
          title: 'Synthetic Results Desk',
          organization: 'Synthetic Data Consortium (generated test data)',
          email: 'results@synthetic.example.org',
          phone: '+1 555 0199',
          phoneExt: '42',
        },
      },
    },
    documentSection: {
      largeDocumentModule: {
        largeDocs: [
          {
            typeAbbrev: 'Prot',
            hasProtocol: true,
            hasSap: false,
            hasIcf: false,
            label: 'Study Protocol',
            date: '2023-11-20',
            uploadDate: '2025-09-02T10:15',
            filename: 'Prot_000.pdf',
            size: 2481532,
          },
          {
            typeAbbrev: 'SAP',
            hasProtocol: false,
            hasSap: true,
            hasIcf: false,
            label: 'Statistical Analysis Plan',
            date: '2025-02',
            uploadDate: '2025-09-02T10:16',
            filename: 'SAP_001.pdf',
            size: 684210,
          },
        ],
      },
    },
  };
}
