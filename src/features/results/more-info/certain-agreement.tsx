import { CodeLabel } from '@/components/code-label';
import { DefinitionList } from '@/components/definition-list';
import { Missing } from '@/components/missing';
import type { CertainAgreement as CertainAgreementModel } from '@/trial/results/more-info-schema';
import {
  AGREEMENT_RESTRICTION_LABELS,
  piSponsorEmployeeLabel,
  restrictiveAgreementLabel,
} from '@/trial/results/more-info-labels';
import { MORE_INFO_PATHS as PATHS } from './more-info-paths';

/**
 * The agreement on publication rights: are the principal investigators sponsor employees, does
 * an agreement restrict their right to publish, of which kind, and any other details, each in
 * plain words (the raw code kept within reach). Null when the record has no agreement block.
 */
export function CertainAgreement({ agreement }: { agreement: CertainAgreementModel | null }) {
  if (agreement === null)
    return (
      <p>
        <Missing path={PATHS.agreement}>The record says nothing about such an agreement.</Missing>
      </p>
    );
  const { piSponsorEmployee, restrictiveAgreement, restrictionType, otherDetails } = agreement;
  // A kind of restriction is asked for only when there is one: with "no agreement" and no type
  // given, the row would say "Not provided" of something that does not exist.
  const showType = restrictiveAgreement !== false || restrictionType !== null;
  return (
    <DefinitionList
      items={[
        {
          term: 'Principal investigators employed by the sponsor',
          value: piSponsorEmployee === null ? null : piSponsorEmployeeLabel(piSponsorEmployee),
          recordPath: PATHS.piSponsorEmployee,
        },
        {
          term: 'Agreement restricting publication',
          value:
            restrictiveAgreement === null ? null : restrictiveAgreementLabel(restrictiveAgreement),
          recordPath: PATHS.restrictiveAgreement,
        },
        ...(showType
          ? [
              {
                term: 'Kind of restriction',
                value:
                  restrictionType === null ? null : (
                    <CodeLabel
                      label={AGREEMENT_RESTRICTION_LABELS[restrictionType]}
                      code={restrictionType}
                    />
                  ),
                recordPath: PATHS.restrictionType,
              },
            ]
          : []),
        {
          term: 'Other details',
          value:
            otherDetails === null ? null : (
              <span className="more-info__prose">
                <bdi>{otherDetails}</bdi>
              </span>
            ),
          missingText: 'None given',
          recordPath: PATHS.otherDetails,
        },
      ]}
    />
  );
}
