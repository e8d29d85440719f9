import { InvestigatorsSection } from '@/features/investigators/investigators-section';
import { SummarySection } from '@/features/overview/summary-section';
import { TrialHeader } from '@/features/overview/trial-header';
import { SitesMapPanel } from '@/features/sites/sites-map-panel';
import { SitesSection } from '@/features/sites/sites-section';
import { StudyGroupsSection } from '@/features/study-groups/study-groups-section';
import type { EmbedView as View } from '@/lib/embed-views';
import type { Trial } from '@/trial/trial-schema';
import { TrialSections } from './trial-sections';

/** One embed view, built from the same feature components as the full page. */
export function EmbedView({ trial, view }: { trial: Trial; view: View }) {
  switch (view) {
    case 'map':
      return (
        <section className="embed-map" aria-labelledby="map-heading">
          <SitesMapPanel sites={trial.sites} fill />
        </section>
      );
    case 'groups':
      return <StudyGroupsSection trial={trial} />;
    case 'investigators':
      return <InvestigatorsSection trial={trial} />;
    case 'sites':
      return <SitesSection sites={trial.sites} />;
    case 'overview':
      return (
        <>
          <TrialHeader trial={trial} />
          <SummarySection trial={trial} />
        </>
      );
    case 'all':
      return (
        <>
          <TrialHeader trial={trial} />
          <TrialSections trial={trial} />
        </>
      );
  }
}
