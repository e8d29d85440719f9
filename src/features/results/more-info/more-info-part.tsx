import { Missing } from '@/components/missing';
import { ProseText } from '@/components/prose-text';
import type { MoreInfo } from '@/trial/results/more-info-schema';
import { ResultsPart } from '../results-part';
import { CertainAgreement } from './certain-agreement';
import { MORE_INFO_PATHS } from './more-info-paths';
import { ResultsContact } from './results-contact';
import './more-info-part.css';

/**
 * The record's "more information" about its results: limitations and caveats, the agreement on
 * publication rights, and the results point of contact. Every value as published; a missing one
 * is said plainly (and an invalid one shown as such, where it belongs).
 */
export function MoreInfoPart({ moreInfo }: { moreInfo: MoreInfo }) {
  const { limitationsAndCaveats, certainAgreement, pointOfContact } = moreInfo;
  return (
    <ResultsPart
      id="results-more-info"
      title="More information"
      blurb="What the sponsor says limits the results, whether the investigators may publish them freely, and whom to ask about them."
    >
      <div className="more-info">
        <h4>Limitations and caveats</h4>
        {limitationsAndCaveats === null ? (
          <p>
            <Missing path={MORE_INFO_PATHS.limitations}>None given</Missing>
          </p>
        ) : (
          <ProseText text={limitationsAndCaveats} />
        )}
        <h4>Agreement on publication rights</h4>
        <CertainAgreement agreement={certainAgreement} />
        <h4>Results point of contact</h4>
        <ResultsContact contact={pointOfContact} />
      </div>
    </ResultsPart>
  );
}
