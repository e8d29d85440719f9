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
  const id = trial.nctId;
  return (
    <div className="trial-layout">
      <div className="trial-content">
        <ErrorBoundary what={PANEL.recordProblems} resetKey={id}>
          <RecordProblemsSection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.summary} resetKey={id}>
          <SummarySection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.design} resetKey={id}>
          <DesignSection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.studyGroups} resetKey={id}>
          <StudyGroupsSection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.interventions} resetKey={id}>
          <InterventionsSection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.eligibility} resetKey={id}>
          <EligibilitySection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.sponsors} resetKey={id}>
          <SponsorSection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.investigators} resetKey={id}>
          <InvestigatorsSection trial={trial} />
        </ErrorBoundary>
        {/* Named here, not by the panel's heading: a crashed panel takes its heading with it. */}
        <aside className="trial-map" aria-label="Sites map">
          <ErrorBoundary what={PANEL.sitesMap} resetKey={id}>
            <SitesMapPanel sites={trial.sites} />
          </ErrorBoundary>
        </aside>
        <ErrorBoundary what={PANEL.sites} resetKey={id}>
          <SitesSection sites={trial.sites} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.countries} resetKey={id}>
          <CountriesSection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.centralContacts} resetKey={id}>
          <CentralContactsSection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.facilityContacts} resetKey={id}>
          <FacilityContactsSection trial={trial} />
        </ErrorBoundary>
        <ErrorBoundary what={PANEL.identifiers} resetKey={id}>
          <IdentifiersSection trial={trial} />
        </ErrorBoundary>
      </div>
    </div>
  );
}
