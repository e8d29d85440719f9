import { indexed, present } from './ctgov-fields';
import type { CtgovProtocol } from './ctgov-schema';
import { foldWords } from './text-fold';
import type { Arm, Intervention } from './trial-schema';

type ArmsModule = NonNullable<CtgovProtocol['armsInterventionsModule']>;

/** The type prefixes CT.gov puts before an arm's intervention names ("Biological: ..."). */
const TYPE_PREFIX =
  /^(?:drug|device|biological|biological\/vaccine|procedure|procedure\/surgery|radiation|behavioral|genetic|dietary supplement|combination product|diagnostic test|other)\s*:\s*/i;

/** "Biological: mesenchymal stem cells" -> "mesenchymal stem cells". */
export function stripInterventionTypePrefix(name: string): string {
  return name.replace(TYPE_PREFIX, '').trim();
}

function key(text: string): string {
  return foldWords(text).join(' ');
}

/**
 * Arms ("arm-1" = armGroups[0]..) and interventions ("intervention-1"..) in record order, linked both ways:
 * an intervention belongs to an arm when its armGroupLabels name the arm, or the arm's
 * interventionNames name it. Names that point nowhere become warnings.
 */
export function normalizeArms(module: ArmsModule | undefined): {
  arms: Arm[];
  interventions: Intervention[];
  warnings: string[];
} {
  const rawArms = indexed(module?.armGroups);
  const rawInterventions = indexed(module?.interventions);
  const warnings: string[] = [];
  const armIdByKey = new Map(
    rawArms.map(({ item: arm, index }) => [key(arm.label), `arm-${index + 1}`] as const),
  );
  const interventionIdByKey = new Map(
    rawInterventions.map(
      ({ item, index }) => [key(item.name), `intervention-${index + 1}`] as const,
    ),
  );
  const pairs = new Set<string>();

  rawArms.forEach(({ item: arm, index }) => {
    for (const name of present(arm.interventionNames)) {
      const id =
        interventionIdByKey.get(key(name)) ??
        interventionIdByKey.get(key(stripInterventionTypePrefix(name)));
      if (id === undefined)
        warnings.push(
          `arm "${arm.label}" names intervention "${name}", which the record does not list`,
        );
      else pairs.add(`arm-${index + 1}|${id}`);
    }
  });
  rawInterventions.forEach(({ item, index }) => {
    for (const label of present(item.armGroupLabels)) {
      const id = armIdByKey.get(key(label));
      if (id === undefined)
        warnings.push(
          `intervention "${item.name}" names arm group "${label}", which the record does not list`,
        );
      else pairs.add(`${id}|intervention-${index + 1}`);
    }
  });

  const arms = rawArms.map(({ item: arm, index }): Arm => {
    const id = `arm-${index + 1}`;
    return {
      id,
      label: arm.label,
      type: arm.type ?? null,
      description: arm.description ?? null,
      interventionIds: rawInterventions
        .map((entry) => `intervention-${entry.index + 1}`)
        .filter((interventionId) => pairs.has(`${id}|${interventionId}`)),
    };
  });
  const interventions = rawInterventions.map(({ item, index }): Intervention => {
    const id = `intervention-${index + 1}`;
    return {
      id,
      name: item.name,
      type: item.type ?? null,
      description: item.description ?? null,
      otherNames: present(item.otherNames),
      armIds: arms.filter((arm) => arm.interventionIds.includes(id)).map((arm) => arm.id),
    };
  });
  return { arms, interventions, warnings };
}
