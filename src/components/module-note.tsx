import { modulePath } from '@/trial/record-paths';
import type { RecordModule } from '@/trial/trial-schema';
import { InvalidValue } from './invalid-value';
import { useModuleMissing, useProblemsAt } from './record-facts';
import './missing.css';

/** What a reader goes without when the record lacks a module. */
const WITHOUT: Record<RecordModule, string> = {
  statusModule: 'recruitment status and dates',
  sponsorCollaboratorsModule: 'sponsor, collaborators and responsible party',
  descriptionModule: 'summary and detailed description',
  conditionsModule: 'conditions and keywords',
  designModule: 'study type, phase, enrollment and design',
  armsInterventionsModule: 'study groups and interventions',
  eligibilityModule: 'eligibility criteria, ages and sex',
  contactsLocationsModule: 'investigators, contacts and sites',
  referencesModule: 'references and links',
};

/**
 * Said at the top of a section whose record module is absent: "The record does not contain a
 * designModule (study type, phase, …)", or, when the module was there but invalid as a whole,
 * its problems. Nothing when the record has the module.
 */
export function ModuleNote({ module }: { module: RecordModule }) {
  const missing = useModuleMissing(module);
  const problems = useProblemsAt(modulePath(module));
  if (!missing) return null;
  const invalidWhole = problems.some((problem) => problem.path === modulePath(module));
  return (
    <p className="module-note">
      {invalidWhole ? (
        <InvalidValue problems={problems} />
      ) : (
        <span className="missing">
          The record does not contain a {module} ({WITHOUT[module]}).
        </span>
      )}
    </p>
  );
}
