import { Missing } from '@/components/missing';
import { CI_NUM_SIDES_LABELS } from '@/trial/results/analysis-labels';
import type { OutcomeAnalysis } from '@/trial/results/outcome-measures-schema';
import { ciPercent } from './analysis-text';

/**
 * "95% CI 7.336 to 31.623, two-sided" from the published text, each part the record lacks said
 * in place ("not given"), the record's comments on the limits after it; "Not provided" when the
 * record gives no part of an interval.
 */
export function ConfidenceInterval({
  analysis,
  path,
}: {
  analysis: OutcomeAnalysis;
  path: string | undefined;
}) {
  const at = (field: string) => (path === undefined ? undefined : `${path}.${field}`);
  const { ciPctValue, ciLowerLimit, ciUpperLimit, ciNumSides } = analysis;
  if (ciPctValue === null && ciLowerLimit === null && ciUpperLimit === null && ciNumSides === null)
    return <Missing path={at('ciPctValue')} />;
  const percent = ciPercent(ciPctValue);
  const notGiven = (field: string) => <Missing path={at(field)}>not given</Missing>;
  return (
    <>
      {percent === null ? (
        <>
          CI (level <Missing path={at('ciPctValue')}>not given</Missing>)
        </>
      ) : (
        `${percent} CI`
      )}{' '}
      {ciLowerLimit === null ? notGiven('ciLowerLimit') : <bdi>{ciLowerLimit}</bdi>} to{' '}
      {ciUpperLimit === null ? notGiven('ciUpperLimit') : <bdi>{ciUpperLimit}</bdi>}
      {', '}
      {ciNumSides === null ? <>sides {notGiven('ciNumSides')}</> : CI_NUM_SIDES_LABELS[ciNumSides]}
      {analysis.ciLowerLimitComment === null ? null : (
        <span className="analyses__comment">
          Lower limit: <span className="analyses__prose">{analysis.ciLowerLimitComment}</span>
        </span>
      )}
      {analysis.ciUpperLimitComment === null ? null : (
        <span className="analyses__comment">
          Upper limit: <span className="analyses__prose">{analysis.ciUpperLimitComment}</span>
        </span>
      )}
    </>
  );
}
