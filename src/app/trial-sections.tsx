import type { ReactNode } from 'react';
import { CentralContactsSection } from '@/features/contacts/central-contacts-section';
import { FacilityContactsSection } from '@/features/contacts/facility-contacts-section';
import { EligibilitySection } from '@/features/eligibility/eligibility-section';
import { IdentifiersSection } from '@/features/identifiers/identifiers-section';
import { InvestigatorsSection } from '@/features/investigators/investigators-section';
import { CountriesSection } from '@/features/overview/countries-section';
import { DesignSection } from '@/features/overview/design-section';
import { SummarySection } from '@/features/overview/summary-section';
import { RecordProblemsSection } from '@/features/record-problems/record-problems-section';
import { ResultsSection } from '@/features/results/results-section';
import { SitesMapPanel } from '@/features/sites/sites-map-panel';
import { SitesSection } from '@/features/sites/sites-section';
import { SponsorSection } from '@/features/sponsor/sponsor-section';
import { InterventionsSection } from '@/features/study-groups/interventions-section';
import { StudyGroupsSection } from '@/features/study-groups/study-groups-section';
import type { Results } from '@/trial/results/results-schema';
import { cutLists } from '@/trial/complete-lists';
import type { Trial } from '@/trial/trial-schema';
import { Panel, type PanelName } from './panel';
import './trial-page.css';

/**
 * The trial's sections in the published record's order (the full page and the embed's view=all),
 * each behind its own error boundary: a section that crashes says so and offers a retry, the
 * others keep working. On a wide screen the map panel sits beside the sections and stays in view;
 * on a narrow one it comes just before the sites table. The results come last, as in the record
 * (its resultsSection follows the protocol), across the whole width; `openedResults` are those
 * read with an opened file.
 */
export function TrialSections({
  trial,
  openedResults,
  completeLists,
}: {
  trial: Trial;
  openedResults?: Results | null;
  /** The trial's page of every site and investigator, when it has one (bundled long trials). */
  completeLists?: string | undefined;
}) {
  const cut = cutLists(trial);
  const sitesLink = cut.sites ? completeLists : undefined;
  const panel = (name: PanelName, content: ReactNode) => (
    <Panel name={name} trialId={trial.nctId}>
      {content}
    </Panel>
  );
  return (
    <div className="trial-layout">
      <div className="trial-content">
        {panel('recordProblems', <RecordProblemsSection trial={trial} />)}
        {panel('summary', <SummarySection trial={trial} />)}
        {panel('design', <DesignSection trial={trial} />)}
        {panel('studyGroups', <StudyGroupsSection trial={trial} />)}
        {panel('interventions', <InterventionsSection trial={trial} />)}
        {panel('eligibility', <EligibilitySection trial={trial} />)}
        {panel('sponsors', <SponsorSection trial={trial} />)}
        {panel(
          'investigators',
          <InvestigatorsSection
            trial={trial}
            completeLists={cut.officials ? completeLists : undefined}
          />,
        )}
        {/* Named here, not by the panel's heading: a crashed panel takes its heading with it. */}
        <aside className="trial-map" aria-label="Sites map">
          {panel('sitesMap', <SitesMapPanel trialId={trial.nctId} sites={trial.sites} />)}
        </aside>
        {panel('sites', <SitesSection sites={trial.sites} completeLists={sitesLink} />)}
        {panel('countries', <CountriesSection trial={trial} />)}
        {panel('centralContacts', <CentralContactsSection trial={trial} />)}
        {panel(
          'facilityContacts',
          <FacilityContactsSection trial={trial} completeLists={sitesLink} />,
        )}
        {panel('identifiers', <IdentifiersSection trial={trial} />)}
      </div>
      {/* The whole width, below the map: results tables have a column per group. */}
      {panel('results', <ResultsSection trial={trial} openedResults={openedResults} />)}
    </div>
  );
}
