import type { EmbedView } from '@/lib/embed-views';
import { EmbedShell } from './embed-shell';
import { TrialLoader } from './trial-loader';

/** The embed of a bundled trial: loading and errors said briefly, no app chrome. */
export function EmbedApp({ nctId, view }: { nctId: string; view: EmbedView }) {
  return (
    <TrialLoader nctId={nctId}>{(trial) => <EmbedShell trial={trial} view={view} />}</TrialLoader>
  );
}
