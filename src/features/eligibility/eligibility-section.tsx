import { Fragment, useState } from 'react';
import { CodeLabel } from '@/components/code-label';
import { DefinitionList } from '@/components/definition-list';
import { Missing } from '@/components/missing';
import { ProseText } from '@/components/prose-text';
import { Section } from '@/components/section';
import { TextList } from '@/components/text-list';
import { SEX_LABELS, STANDARD_AGE_LABELS } from '@/trial/labels';
import { RECORD_PATHS as PATHS } from '@/trial/record-paths';
import type { Criterion, Trial } from '@/trial/trial-schema';
import { AgeRange } from './age-range';
import { EligibilityCheckSlot } from './check/eligibility-check-slot';
import { CriteriaList } from './criteria-list';
import { nestCriteria } from './nest-criteria';
import './eligibility-section.css';

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'Yes' : 'No');

/** Who can take part: inclusion/exclusion lists (or the criteria text), ages, sex, volunteers. */
export function EligibilitySection({ trial }: { trial: Pick<Trial, 'eligibility'> }) {
  const e = trial.eligibility;
  const hasLists = e.inclusion.length + e.exclusion.length + e.other.length > 0;
  const [checklist, setChecklist] = useState(false);
  const groups: [string, Criterion[]][] = [
    ['Inclusion criteria', e.inclusion],
    ['Exclusion criteria', e.exclusion],
  ];
  if (e.other.length > 0) groups.push(['Other criteria', e.other]);
  return (
    <Section
      id="eligibility"
      recordModules={['eligibilityModule']}
      title="Eligibility"
      blurb="Who can take part: inclusion and exclusion criteria, ages, sex and healthy volunteers."
    >
      <DefinitionList
        items={[
          { term: 'Ages', value: <AgeRange minimum={e.minimumAge} maximum={e.maximumAge} /> },
          {
            term: 'Sex',
            recordPath: PATHS.sex,
            value: e.sex === null ? null : <CodeLabel label={SEX_LABELS[e.sex]} code={e.sex} />,
          },
          ...(e.genderBased === null
            ? []
            : [{ term: 'Gender based', value: yesNo(e.genderBased) }]),
          {
            term: 'Accepts healthy volunteers',
            recordPath: PATHS.healthyVolunteers,
            value: yesNo(e.healthyVolunteers),
          },
          {
            term: 'Age groups',
            value: (
              <TextList
                items={e.standardAges.map((age) => STANDARD_AGE_LABELS[age])}
                emptyText="Not provided"
              />
            ),
          },
        ]}
      />
      <EligibilityCheckSlot
        eligibility={e}
        checklist={hasLists ? checklist : null}
        onChecklistChange={setChecklist}
      />
      {hasLists ? (
        groups.map(([title, criteria]) => (
          <Fragment key={title}>
            <h3 id={criteriaHeadingId(title)}>{title}</h3>
            {criteria.length === 0 ? (
              <p>
                <Missing>None listed</Missing>
              </p>
            ) : (
              <CriteriaList
                nodes={nestCriteria(criteria)}
                labelledBy={criteriaHeadingId(title)}
                checklist={checklist}
              />
            )}
          </Fragment>
        ))
      ) : (
        <>
          <h3>Criteria</h3>
          <ProseText text={e.criteriaText} missingText="No eligibility criteria published" />
        </>
      )}
      {e.studyPopulation === null ? null : (
        <>
          <h3>Study population</h3>
          <ProseText text={e.studyPopulation} />
        </>
      )}
    </Section>
  );
}

/** "Inclusion criteria" -> "inclusion-criteria-heading": names the list after its heading. */
function criteriaHeadingId(title: string): string {
  return `${title.toLowerCase().replace(/[^a-z]+/g, '-')}-heading`;
}
