import type { Arm, Intervention, Trial } from '@/trial/trial-schema';

export interface StudyGroupRow {
  arm: Arm;
  interventions: Intervention[];
}

/** Each arm with the interventions it receives, in the record's order. */
export function studyGroupRows(trial: Pick<Trial, 'arms' | 'interventions'>): StudyGroupRow[] {
  const byId = new Map(trial.interventions.map((i) => [i.id, i]));
  return trial.arms.map((arm) => ({
    arm,
    interventions: arm.interventionIds.flatMap((id) => {
      const intervention = byId.get(id);
      return intervention ? [intervention] : [];
    }),
  }));
}
