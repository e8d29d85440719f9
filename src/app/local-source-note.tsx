import type { LocalTrial } from '@/lib/local-trials';

/** Where a trial opened from a file came from, and that it stays in this tab. */
export function LocalSourceNote({ entry }: { entry: LocalTrial }) {
  const where = entry.pathInFile === '' ? '' : ` (${entry.pathInFile})`;
  return (
    <p className="local-source-note">
      Opened from your file <strong>{entry.fileName}</strong>
      {where}. It stays in this browser tab: nothing was uploaded, and reloading the page forgets
      it.
    </p>
  );
}
