import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { CentralContactsSection } from '@/features/contacts/central-contacts-section';
import { FacilityContactsSection } from '@/features/contacts/facility-contacts-section';
import { EligibilitySection } from '@/features/eligibility/eligibility-section';
import { IdentifiersSection } from '@/features/identifiers/identifiers-section';
import { InvestigatorsSection } from '@/features/investigators/investigators-section';
import { CountriesSection } from '@/features/overview/countries-section';
import { DesignSection } from '@/features/overview/design-section';
import { SummarySection } from '@/features/overview/summary-section';
import { RecordProblemsSection } from '@/features/record-problems/record-problems-section';
import { SitesMapPanel } from '@/features/sites/sites-map-panel';
import { SitesSection } from '@/features/sites/sites-section';
import { SponsorSection } from '@/features/sponsor/sponsor-section';
import { InterventionsSection } from '@/features/study-groups/interventions-section';
import { StudyGroupsSection } from '@/features/study-groups/study-groups-section';
import type { Trial } from '@/trial/trial-schema';
import { PANEL } from './panel-names';
import './trial-page.css';

/**
 * The trial's sections in the published record's order (the full page and the embed's view=all),
 * each behind its own error boundary: a section that crashes says so and offers a retry, the
 * others keep working. On a wide screen the map panel sits beside the sections and stays in view;
 * on a narrow one it comes just before the sites table.
 */
export function TrialSections({ trial }: { trial: Trial }) {
  const panel = (what: string, content: ReactNode) => (
    <ErrorBoundary what={what} resetKey={trial.nctId}>
      {content}
    </ErrorBoundary>
  );
  return (
    <div className="trial-layout">
      <div className="trial-content">
        {panel(PANEL.recordProblems, <RecordProblemsSection trial={trial} />)}
        {panel(PANEL.summary, <SummarySection trial={trial} />)}
        {panel(PANEL.design, <DesignSection trial={trial} />)}
        {panel(PANEL.studyGroups, <StudyGroupsSection trial={trial} />)}
        {panel(PANEL.interventions, <InterventionsSection trial={trial} />)}
        {panel(PANEL.eligibility, <EligibilitySection trial={trial} />)}
        {panel(PANEL.sponsors, <SponsorSection trial={trial} />)}
        {panel(PANEL.investigators, <InvestigatorsSection trial={trial} />)}
        {/* Named here, not by the panel's heading: a crashed panel takes its heading with it. */}
        <aside className="trial-map" aria-label="Sites map">
          {panel(PANEL.sitesMap, <SitesMapPanel sites={trial.sites} />)}
        </aside>
        {panel(PANEL.sites, <SitesSection sites={trial.sites} />)}
        {panel(PANEL.countries, <CountriesSection trial={trial} />)}
        {panel(PANEL.centralContacts, <CentralContactsSection trial={trial} />)}
        {panel(PANEL.facilityContacts, <FacilityContactsSection trial={trial} />)}
        {panel(PANEL.identifiers, <IdentifiersSection trial={trial} />)}
      </div>
    </div>
  );
}
