import { InvestigatorsSection } from '@/features/investigators/investigators-section';
import { SummarySection } from '@/features/overview/summary-section';
import { TrialHeader } from '@/features/overview/trial-header';
import { ResultsSection } from '@/features/results/results-section';
import { SitesMapPanel } from '@/features/sites/sites-map-panel';
import { SitesSection } from '@/features/sites/sites-section';
import { StudyGroupsSection } from '@/features/study-groups/study-groups-section';
import type { EmbedView as View } from '@/lib/embed-views';
import type { Trial } from '@/trial/trial-schema';
import { Panel } from './panel';
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
          <Panel name="sitesMap" trialId={id}>
            <SitesMapPanel trialId={id} sites={trial.sites} fill />
          </Panel>
        </section>
      );
    case 'groups':
      return (
        <Panel name="studyGroups" trialId={id}>
          <StudyGroupsSection trial={trial} />
        </Panel>
      );
    case 'investigators':
      return (
        <Panel name="investigators" trialId={id}>
          <InvestigatorsSection trial={trial} />
        </Panel>
      );
    case 'sites':
      return (
        <Panel name="sites" trialId={id}>
          <SitesSection sites={trial.sites} />
        </Panel>
      );
    case 'overview':
      return (
        <>
          <Panel name="header" trialId={id}>
            <TrialHeader trial={trial} />
          </Panel>
          <Panel name="summary" trialId={id}>
            <SummarySection trial={trial} />
          </Panel>
        </>
      );
    case 'results':
      return (
        <Panel name="results" trialId={id}>
          <ResultsSection trial={trial} eager />
        </Panel>
      );
    case 'all':
      return (
        <>
          <Panel name="header" trialId={id}>
            <TrialHeader trial={trial} />
          </Panel>
          <TrialSections trial={trial} />
        </>
      );
  }
}
