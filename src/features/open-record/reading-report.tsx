import { ProblemList } from '@/components/problem-list';
import { TrialLink } from '@/components/trial-link';
import { trialTitle } from '@/trial/trial-title';
import { invalidValuesText } from '@/trial/problem-groups';
import type { FileOutcome } from './use-record-opener';
import { formatCount, plural } from '@/trial/count-text';

/**
 * What became of each file: the trials opened (links), the studies that could not be read with
 * every problem and its JSON path, or why the file itself could not be read.
 */
export function ReadingReport({ outcomes }: { outcomes: readonly FileOutcome[] }) {
  return (
    <div className="reading-report">
      {outcomes.map((outcome, index) => (
        <FileReport key={`${index}-${outcome.name}`} outcome={outcome} />
      ))}
    </div>
  );
}

function FileReport({ outcome }: { outcome: FileOutcome }) {
  const { name, reading, opened } = outcome;
  if (!reading.ok) {
    return (
      <div className="reading-report__file" role="alert">
        <h3>{name} could not be opened</h3>
        <p>{reading.message}</p>
      </div>
    );
  }
  const failed = reading.studies.flatMap((study) => (study.ok ? [] : [study]));
  return (
    <div className="reading-report__file" role={failed.length > 0 ? 'alert' : 'status'}>
      <h3>
        {name}: {formatCount(opened.length)} of {plural(reading.studies.length, 'study', 'studies')}{' '}
        opened
      </h3>
      {opened.length > 0 && (
        <ul>
          {opened.map(({ trial }) => (
            <li key={trial.nctId}>
              <TrialLink nctId={trial.nctId} source="file">
                {trial.nctId}: {trialTitle(trial)}
              </TrialLink>
              {trial.recordProblems.length > 0 &&
                ` (${invalidValuesText(trial.recordProblems.length)} left out)`}
            </li>
          ))}
        </ul>
      )}
      {failed.map((study) => (
        <div key={study.pathInFile}>
          <h4>{study.pathInFile === '' ? 'The study' : study.pathInFile} could not be read</h4>
          <ProblemList problems={study.problems} pathPrefix={study.pathInFile} />
        </div>
      ))}
    </div>
  );
}
