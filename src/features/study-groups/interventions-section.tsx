import { CodeLabel } from '@/components/code-label';
import { DefinitionList } from '@/components/definition-list';
import { Missing } from '@/components/missing';
import { ProseText } from '@/components/prose-text';
import { Section } from '@/components/section';
import { TextList } from '@/components/text-list';
import { INTERVENTION_TYPE_LABELS } from '@/trial/labels';
import type { Arm, Intervention, Trial } from '@/trial/trial-schema';
import './interventions-section.css';

/** Labels of the arms that receive an intervention, in arm order (the normalizer links both ways). */
function armLabelsFor(intervention: Intervention, arms: readonly Arm[]): string[] {
  return arms.filter((arm) => intervention.armIds.includes(arm.id)).map((arm) => arm.label);
}

/** Each intervention: name, type, description, other names and the study groups that get it. */
export function InterventionsSection({ trial }: { trial: Pick<Trial, 'interventions' | 'arms'> }) {
  return (
    <Section
      id="interventions"
      recordModules={['armsInterventionsModule']}
      title="Interventions"
      blurb="The drugs, procedures or other treatments studied, and which study groups receive them."
    >
      {trial.interventions.length === 0 ? (
        <p>
          <Missing>No interventions listed</Missing>
        </p>
      ) : (
        <ul className="interventions-list">
          {trial.interventions.map((intervention) => (
            <li key={intervention.id}>
              <h3>{intervention.name}</h3>
              <DefinitionList
                items={[
                  {
                    term: 'Type',
                    value:
                      intervention.type === null ? null : (
                        <CodeLabel
                          label={INTERVENTION_TYPE_LABELS[intervention.type]}
                          code={intervention.type}
                        />
                      ),
                  },
                  {
                    term: 'Description',
                    value:
                      intervention.description === null ? null : (
                        <ProseText text={intervention.description} />
                      ),
                  },
                  {
                    term: 'Other names',
                    value: <TextList items={intervention.otherNames} />,
                  },
                  {
                    term: 'Study groups',
                    value: (
                      <TextList
                        items={armLabelsFor(intervention, trial.arms)}
                        emptyText="Not linked to any study group"
                      />
                    ),
                  },
                ]}
              />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
