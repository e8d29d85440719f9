import { ErrorBoundary } from '@/components/error-boundary';
import { InvestigatorsSection } from '@/features/investigators/investigators-section';
import { SummarySection } from '@/features/overview/summary-section';
import { TrialHeader } from '@/features/overview/trial-header';
import { SitesMapPanel } from '@/features/sites/sites-map-panel';
import { SitesSection } from '@/features/sites/sites-section';
import { StudyGroupsSection } from '@/features/study-groups/study-groups-section';
import type { EmbedView as View } from '@/lib/embed-views';
import type { Trial } from '@/trial/trial-schema';
import { PANEL } from './panel-names';
import { TrialSections } from './trial-sections';

/**
 * One embed view, built from the same feature components as the full page, each panel behind its
 * own error boundary as there.
 */
export function EmbedView({ trial, view }: { trial: Trial; view: View }) {
  const id = trial.nctId;
  switch (view) {
    case 'map':
      return (
        <section className="embed-map" aria-label="Sites map">
          <ErrorBoundary what={PANEL.sitesMap} resetKey={id}>
            <SitesMapPanel sites={trial.sites} fill />
          </ErrorBoundary>
        </section>
      );
    case 'groups':
      return (
        <ErrorBoundary what={PANEL.studyGroups} resetKey={id}>
          <StudyGroupsSection trial={trial} />
        </ErrorBoundary>
      );
    case 'investigators':
      return (
        <ErrorBoundary what={PANEL.investigators} resetKey={id}>
          <InvestigatorsSection trial={trial} />
        </ErrorBoundary>
      );
    case 'sites':
      return (
        <ErrorBoundary what={PANEL.sites} resetKey={id}>
          <SitesSection sites={trial.sites} />
        </ErrorBoundary>
      );
    case 'overview':
      return (
        <>
          <ErrorBoundary what={PANEL.header} resetKey={id}>
            <TrialHeader trial={trial} />
          </ErrorBoundary>
          <ErrorBoundary what={PANEL.summary} resetKey={id}>
            <SummarySection trial={trial} />
          </ErrorBoundary>
        </>
      );
    case 'all':
      return (
        <>
          <ErrorBoundary what={PANEL.header} resetKey={id}>
            <TrialHeader trial={trial} />
          </ErrorBoundary>
          <TrialSections trial={trial} />
        </>
      );
  }
}
