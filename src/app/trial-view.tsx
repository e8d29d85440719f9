import { TrialLoader } from './trial-loader';
import { TrialPage } from './trial-page';

/** The full page of a bundled trial, once loaded. */
export function TrialView({ nctId }: { nctId: string }) {
  return <TrialLoader nctId={nctId}>{(trial) => <TrialPage trial={trial} />}</TrialLoader>;
}
