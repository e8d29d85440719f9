import { useId, useRef, useState } from 'react';

/** The snippet, read-only, with a copy button that says what happened in a polite live region. */
export function EmbedCode({ snippet }: { snippet: string }) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    setStatus('');
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied to the clipboard');
    } catch {
      textRef.current?.focus();
      textRef.current?.select();
      setStatus('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it');
    }
  }

  return (
    <div className="embed-code">
      <label htmlFor={`${id}-code`}>Embed code</label>
      <textarea
        id={`${id}-code`}
        ref={textRef}
        readOnly
        rows={4}
        value={snippet}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-code__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy embed code
        </button>
        <p role="status" aria-live="polite" className="embed-code__status">
          {status}
        </p>
      </div>
    </div>
  );
}
