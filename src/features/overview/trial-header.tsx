import { CodeLabel } from '@/components/code-label';
import { DefinitionList } from '@/components/definition-list';
import { ExternalLink } from '@/components/external-link';
import { Missing } from '@/components/missing';
import { ModuleNote } from '@/components/module-note';
import { StatusBadge } from '@/components/status-badge';
import { studyLink } from '@/lib/safe-links';
import { formatDated, formatPartialDate } from '@/trial/dates';
import { STUDY_TYPE_LABELS } from '@/trial/labels';
import { phasesCode, phasesLabel } from '@/trial/phases-text';
import { describeStatus } from '@/trial/status-description';
import { trialTitle } from '@/trial/trial-title';
import { RECORD_PATHS as PATHS } from '@/trial/record-paths';
import type { Dated, Trial } from '@/trial/trial-schema';
import { formatEnrollment } from './format-enrollment';
import { ResultsFact } from './results-fact';
import { StaleRecordNote } from './stale-record-note';
import './trial-header.css';

const dated = (value: Dated | null) => (value === null ? null : formatDated(value));

/** The page's title block: h1, identity, status (with what UNKNOWN means), key facts and dates. */
export function TrialHeader({ trial }: { trial: Trial }) {
  const { nctId, status, phases, studyType, enrollment } = trial;
  const statusNote =
    status.overall === null ? null : describeStatus(status.overall, status.lastKnown);
  const phaseLabel = phasesLabel(phases);
  const phaseCode = phasesCode(phases);

  return (
    <header className="trial-header">
      <h1>{trialTitle(trial)}</h1>
      {trial.briefTitle === null && (
        <p>
          <Missing path={PATHS.briefTitle}>The record gives no brief title.</Missing>
        </p>
      )}
      <ModuleNote module="statusModule" />
      <ModuleNote module="designModule" />
      <DefinitionList
        layout="facts"
        items={[
          {
            term: 'Recruitment status',
            wide: true,
            value: (
              <>
                {status.overall === null ? (
                  <Missing path={PATHS.overallStatus} />
                ) : (
                  <StatusBadge status={status.overall} />
                )}
                {statusNote === null ? null : (
                  <p className="trial-header__status-note">{statusNote}</p>
                )}
                {status.whyStopped === null ? null : (
                  <p className="trial-header__status-note">
                    Why stopped: <bdi>{status.whyStopped}</bdi>
                  </p>
                )}
                {status.verified === null ? null : (
                  <p className="trial-header__status-note">
                    Status verified {formatPartialDate(status.verified)}.
                  </p>
                )}
                <StaleRecordNote status={status} />
              </>
            ),
          },
          {
            term: 'Phase',
            recordPath: PATHS.phases,
            value:
              phaseLabel === null || phaseCode === null ? null : (
                <CodeLabel label={phaseLabel} code={phaseCode} />
              ),
          },
          {
            term: 'Study type',
            recordPath: PATHS.studyType,
            value:
              studyType === null ? null : (
                <CodeLabel label={STUDY_TYPE_LABELS[studyType]} code={studyType} />
              ),
          },
          {
            term: 'Enrollment',
            recordPath: PATHS.enrollment,
            value: enrollment === null ? null : formatEnrollment(enrollment),
          },
          { term: 'Study start', recordPath: PATHS.start, value: dated(status.start) },
          {
            term: 'Primary completion',
            recordPath: PATHS.primaryCompletion,
            value: dated(status.primaryCompletion),
          },
          {
            term: 'Study completion',
            recordPath: PATHS.completion,
            value: dated(status.completion),
          },
          { term: 'First posted', recordPath: PATHS.firstPosted, value: dated(status.firstPosted) },
          {
            term: 'Last update posted',
            recordPath: PATHS.lastUpdatePosted,
            value: dated(status.lastUpdatePosted),
          },
          {
            term: 'Results',
            value: <ResultsFact trial={trial} />,
          },
          { term: 'NCT ID', value: nctId },
          { term: 'Acronym', value: trial.acronym, missingText: 'None', recordPath: PATHS.acronym },
          {
            term: 'Official title',
            value: trial.officialTitle,
            recordPath: PATHS.officialTitle,
            wide: trial.officialTitle !== null,
          },
        ]}
      />
      <p className="trial-header__links">
        <ExternalLink link={studyLink(nctId)}>View on ClinicalTrials.gov</ExternalLink>
      </p>
    </header>
  );
}
