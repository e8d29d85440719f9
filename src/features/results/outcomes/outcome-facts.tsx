import { DefinitionList, type DefinitionItem } from '@/components/definition-list';
import { ProseText } from '@/components/prose-text';
import { measureWords } from '@/trial/results/measure-param-words';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import { groupLabel } from './outcome-text';

/**
 * An outcome measure's facts: description, time frame, population analyzed, parameter and
 * dispersion in words, unit, units analyzed; then its groups with their descriptions (folded:
 * NCT02552212 repeats the same few groups under 31 outcomes). `path` is the outcome's place in
 * the record: a value there that was invalid says so instead of "Not provided".
 */
export function OutcomeFacts({ outcome, path }: { outcome: OutcomeMeasure; path: string }) {
  const posted = outcome.reportingStatus !== 'NOT_POSTED';
  const items: DefinitionItem[] = [
    {
      term: 'Description',
      value: outcome.description === null ? null : <ProseText text={outcome.description} />,
      recordPath: `${path}.description`,
    },
    { term: 'Time frame', value: outcome.timeFrame, recordPath: `${path}.timeFrame` },
  ];
  if (posted) {
    items.push(
      {
        term: 'Population analyzed',
        value:
          outcome.populationDescription === null ? null : (
            <ProseText text={outcome.populationDescription} />
          ),
        recordPath: `${path}.populationDescription`,
      },
      {
        term: 'Parameter and dispersion',
        value: measureWords(outcome.paramType, outcome.dispersionType),
        recordPath: `${path}.paramType`,
      },
      {
        term: 'Unit of measure',
        value: outcome.unitOfMeasure,
        recordPath: `${path}.unitOfMeasure`,
      },
    );
    if (outcome.typeUnitsAnalyzed !== null)
      items.push({ term: 'Units analyzed', value: outcome.typeUnitsAnalyzed });
    if (outcome.denomUnitsSelected !== null)
      items.push({ term: 'Values counted in', value: outcome.denomUnitsSelected });
  }
  return (
    <>
      <DefinitionList items={items} />
      {outcome.groups.length === 0 ? null : (
        <details className="outcome__groups">
          <summary>
            {outcome.groups.length === 1 ? 'The group' : `The ${outcome.groups.length} groups`} and
            their descriptions
          </summary>
          <dl>
            {outcome.groups.map((group) => (
              <div key={group.id}>
                <dt>{groupLabel(group)}</dt>
                <dd>
                  <ProseText text={group.description} missingText="No description given" />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </>
  );
}
