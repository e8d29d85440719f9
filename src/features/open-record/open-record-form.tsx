import { useId, useState } from 'react';
import type { NamedSource } from './use-record-opener';

/** The ways in: choose files, or paste JSON (dropping files anywhere on the page works too). */
export function OpenRecordForm({
  onOpen,
  busy,
}: {
  onOpen: (sources: NamedSource[]) => void;
  busy: boolean;
}) {
  const [pasted, setPasted] = useState('');
  const pasteId = useId();
  return (
    <div className="open-record-form">
      <p>
        A study record as ClinicalTrials.gov API v2 serves it (
        <code>https://clinicaltrials.gov/api/v2/studies/NCT…</code>), or a search response with
        several studies. The file stays in this browser tab: nothing is uploaded, and nothing in it
        is run.
      </p>
      <label className="open-record-form__file">
        Choose a JSON file
        <input
          type="file"
          accept=".json,application/json"
          multiple
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (files.length > 0)
              onOpen(files.map((file) => ({ name: file.name, source: { file } })));
          }}
        />
      </label>
      <p className="open-record-form__hint">…or drop files anywhere on the page.</p>
      <label htmlFor={pasteId}>Or paste JSON</label>
      <textarea
        id={pasteId}
        className="open-record-form__paste"
        rows={5}
        spellCheck={false}
        value={pasted}
        onChange={(event) => setPasted(event.currentTarget.value)}
      />
      <button
        type="button"
        className="button"
        disabled={busy || pasted.trim() === ''}
        onClick={() => onOpen([{ name: 'pasted JSON', source: { text: pasted } }])}
      >
        Open pasted JSON
      </button>
    </div>
  );
}
