import type { ReactNode } from 'react';
import { DefinitionList, type DefinitionItem } from '@/components/definition-list';
import { Missing } from '@/components/missing';
import {
  ANALYSIS_DISPERSION_LABELS,
  NON_INFERIORITY_TYPE_LABELS,
} from '@/trial/results/analysis-labels';
import { isolateText } from '@/trial/isolate-text';
import type { OutcomeAnalysis } from '@/trial/results/outcome-measures-schema';
import { ConfidenceInterval } from './confidence-interval';

/** Free text of the record, its line breaks kept. */
function Prose({ text }: { text: string }) {
  return <span className="analyses__prose">{text}</span>;
}

/** A value with the record's comment on it, the comment on its own line. */
function Commented({ value, comment }: { value: ReactNode; comment: string | null }) {
  if (comment === null) return value;
  return (
    <>
      {value}
      <span className="analyses__comment">
        Comment: <Prose text={comment} />
      </span>
    </>
  );
}

/** The items every analysis shows, said plainly when the record lacks them. */
function coreItems(analysis: OutcomeAnalysis, path: string | undefined): DefinitionItem[] {
  const at = (field: string) => (path === undefined ? undefined : `${path}.${field}`);
  const { paramType, paramValue, nonInferiorityType } = analysis;
  const estimate =
    paramType === null && paramValue === null ? null : (
      <>
        {paramType === null ? (
          <Missing path={at('paramType')}>Type not given</Missing>
        ) : (
          <bdi>{paramType}</bdi>
        )}{' '}
        {paramValue === null ? (
          <Missing path={at('paramValue')}>not given</Missing>
        ) : (
          <bdi>{paramValue}</bdi>
        )}
      </>
    );
  return [
    { term: 'Estimate', value: estimate, recordPath: at('paramValue') },
    {
      term: 'Confidence interval',
      value: <ConfidenceInterval analysis={analysis} path={path} />,
    },
    {
      term: 'P-value',
      value: (
        <Commented
          value={analysis.pValue ?? <Missing path={at('pValue')} />}
          comment={analysis.pValueComment}
        />
      ),
    },
    { term: 'Method', value: analysis.statisticalMethod, recordPath: at('statisticalMethod') },
    {
      term: 'Type of statistical test',
      value: nonInferiorityType === null ? null : NON_INFERIORITY_TYPE_LABELS[nonInferiorityType],
      recordPath: at('nonInferiorityType'),
    },
  ];
}

/** The items shown only when the record has them. */
function extraItems(analysis: OutcomeAnalysis): DefinitionItem[] {
  const { dispersionType, dispersionValue, testedNonInferiority } = analysis;
  const prose = (term: string, text: string | null): DefinitionItem[] =>
    text === null ? [] : [{ term, value: <Prose text={text} /> }];
  const dispersion: DefinitionItem[] =
    dispersionType === null && dispersionValue === null
      ? []
      : [
          {
            term: 'Dispersion of the estimate',
            value: `${dispersionType === null ? 'Type not given' : ANALYSIS_DISPERSION_LABELS[dispersionType]}: ${dispersionValue === null ? 'not given' : isolateText(dispersionValue)}`,
          },
        ];
  const tested: DefinitionItem[] =
    testedNonInferiority === null
      ? []
      : [
          {
            term: 'Non-inferiority or equivalence analysis',
            value: testedNonInferiority ? 'Yes' : 'No',
          },
        ];
  return [
    ...prose('About the comparison', analysis.groupDescription),
    ...dispersion,
    ...prose('About the estimate', analysis.estimateComment),
    ...prose('About the method', analysis.statisticalComment),
    ...tested,
    ...prose('About non-inferiority', analysis.nonInferiorityComment),
    ...prose('Other analysis', analysis.otherAnalysisDescription),
  ];
}

/**
 * One statistical analysis as published: a heading naming the groups compared, then its
 * estimate, interval, p-value (its exact text), method and test type, each said plainly when the
 * record lacks it, and the record's descriptions and comments where it has them.
 */
export function AnalysisDetails({
  analysis,
  heading,
  path,
}: {
  analysis: OutcomeAnalysis;
  /** "Analysis 1: Placebo vs CZP 200 mg Q2W". */
  heading: string;
  /** Where the analysis sits in the record (for invalid values). */
  path: string | undefined;
}) {
  return (
    <div className="analyses__item">
      <h6 className="analyses__item-heading">{heading}</h6>
      <DefinitionList items={[...coreItems(analysis, path), ...extraItems(analysis)]} />
    </div>
  );
}
