import { CodeLabel } from '@/components/code-label';
import { type DefinitionItem, DefinitionList } from '@/components/definition-list';
import { ProseText } from '@/components/prose-text';
import { Section } from '@/components/section';
import {
  ALLOCATION_LABELS,
  INTERVENTION_MODEL_LABELS,
  MASKING_LABELS,
  OBSERVATIONAL_MODEL_LABELS,
  PRIMARY_PURPOSE_LABELS,
  TIME_PERSPECTIVE_LABELS,
  WHO_MASKED_LABELS,
} from '@/trial/labels';
import { RECORD_PATHS as PATHS } from '@/trial/record-paths';
import type { Trial } from '@/trial/trial-schema';

type DesignFields = Pick<Trial, 'design' | 'studyType'>;

/** A code and its label, or null (shown as "Not provided") when the record has no code. */
function coded<Code extends string>(code: Code | null, labels: Record<Code, string>) {
  return code === null ? null : <CodeLabel label={labels[code]} code={code} />;
}

function interventionalItems(design: Trial['design']): DefinitionItem[] {
  const masked = design.whoMasked.map((who) => WHO_MASKED_LABELS[who]).join(', ');
  return [
    {
      term: 'Allocation',
      recordPath: PATHS.allocation,
      value: coded(design.allocation, ALLOCATION_LABELS),
    },
    {
      term: 'Intervention model',
      recordPath: PATHS.interventionModel,
      value:
        design.interventionModel === null && design.interventionModelDescription === null ? null : (
          <>
            {coded(design.interventionModel, INTERVENTION_MODEL_LABELS)}
            {design.interventionModelDescription === null ? null : (
              <ProseText text={design.interventionModelDescription} />
            )}
          </>
        ),
    },
    {
      term: 'Primary purpose',
      recordPath: PATHS.primaryPurpose,
      value: coded(design.primaryPurpose, PRIMARY_PURPOSE_LABELS),
    },
    {
      term: 'Masking',
      recordPath: PATHS.masking,
      value:
        design.masking === null ? null : (
          <>
            {coded(design.masking, MASKING_LABELS)}
            {masked === '' ? null : ` (${masked})`}
          </>
        ),
    },
  ];
}

/** How the study is built: allocation, model, purpose, masking; or the observational design. */
export function DesignSection({ trial }: { trial: DesignFields }) {
  const { design, studyType } = trial;
  const observational =
    studyType === 'OBSERVATIONAL' ||
    design.observationalModel !== null ||
    design.timePerspective !== null;
  const items: DefinitionItem[] = [
    ...(studyType === 'OBSERVATIONAL' ? [] : interventionalItems(design)),
    ...(observational
      ? [
          {
            term: 'Observational model',
            recordPath: PATHS.observationalModel,
            value: coded(design.observationalModel, OBSERVATIONAL_MODEL_LABELS),
          },
          {
            term: 'Time perspective',
            recordPath: PATHS.timePerspective,
            value: coded(design.timePerspective, TIME_PERSPECTIVE_LABELS),
          },
        ]
      : []),
  ];
  return (
    <Section
      id="design"
      recordModules={['designModule']}
      title="Study design"
      blurb="How participants are assigned, who is masked, and what the study sets out to do."
    >
      <DefinitionList items={items} />
    </Section>
  );
}
