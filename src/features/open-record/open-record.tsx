import { useState } from 'react';
import { OnDemand } from '@/components/on-demand';
import type { OpenRequest } from './open-record-dialog';
import { usePageDrop } from './use-page-drop';
import './open-record.css';

/** The dialog and the record reader load on the first ask (or on hover or focus of the button). */
const loadDialog = () => import('./open-record-dialog').then((module) => module.OpenRecordDialog);
const preload = () => void loadDialog().catch(() => undefined);

/**
 * "Open a record": a reader's own ClinicalTrials.gov file (picked, dropped on the page, or
 * pasted) is read in a Web Worker by the same code as the build, kept in this tab's memory, and
 * shown like a bundled trial. The shared modal dialog holds the ways in, the progress and, when
 * there is more to say than "opened", the report. The page's first view holds only the button
 * and the drop target.
 */
export function OpenRecord() {
  const [request, setRequest] = useState<OpenRequest | null>(null);
  const ask = (files: readonly File[]) =>
    setRequest((last) => ({ id: (last?.id ?? 0) + 1, files }));
  const dragging = usePageDrop(ask);

  return (
    <>
      <button
        type="button"
        className="button open-record__button needs-js"
        aria-haspopup="dialog"
        onClick={() => ask([])}
        onPointerEnter={preload}
        onFocus={preload}
      >
        Open a record
      </button>
      {request && <OnDemand what="Open a record" load={loadDialog} props={{ request }} />}
      {dragging && (
        <div className="page-drop-overlay" aria-hidden="true">
          Drop to open the record. It stays in this tab; nothing is uploaded.
        </div>
      )}
    </>
  );
}
