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
import './trial-page.css';

/**
 * The trial's sections in the published record's order (the full page and the embed's view=all).
 * On a wide screen the map panel sits beside the sections and stays in view; on a narrow one
 * it comes just before the sites table.
 */
export function TrialSections({ trial }: { trial: Trial }) {
  return (
    <div className="trial-layout">
      <div className="trial-content">
        <RecordProblemsSection trial={trial} />
        <SummarySection trial={trial} />
        <DesignSection trial={trial} />
        <StudyGroupsSection trial={trial} />
        <InterventionsSection trial={trial} />
        <EligibilitySection trial={trial} />
        <SponsorSection trial={trial} />
        <InvestigatorsSection trial={trial} />
        <aside className="trial-map" aria-labelledby="map-heading">
          <SitesMapPanel sites={trial.sites} />
        </aside>
        <SitesSection sites={trial.sites} />
        <CountriesSection trial={trial} />
        <CentralContactsSection trial={trial} />
        <FacilityContactsSection trial={trial} />
        <IdentifiersSection trial={trial} />
      </div>
    </div>
  );
}
