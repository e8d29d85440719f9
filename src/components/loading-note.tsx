import { useEffect, useRef, useState } from 'react';
import { SLOW_LOAD_MS } from './slow-load';

interface LoadingNoteProps {
  /** What is loading, e.g. "NCT01573923" or "the list of trials". */
  what: string;
  /** Cancels the request in flight and starts it again; offered once loading is slow. */
  onRetry: () => void;
}

/**
 * A polite live status while something loads. After SLOW_LOAD_MS it says plainly that this is
 * taking longer than usual and offers "Try again"; a retry starts the wait over.
 */
export function LoadingNote({ what, onRetry }: LoadingNoteProps) {
  const [attempt, setAttempt] = useState(0);
  // The wait being timed: a retry, or another thing to load, starts a new one.
  const wait = `${attempt}:${what}`;
  const [slowWait, setSlowWait] = useState<string | null>(null);
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSlowWait(wait), SLOW_LOAD_MS);
    return () => clearTimeout(timer);
  }, [wait]);
  const slow = slowWait === wait;
  const retry = () => {
    onRetry();
    setAttempt((n) => n + 1);
    // The button goes away with the slow note: keep focus on the note rather than lose it.
    note.current?.focus();
  };
  return (
    <div className="loading-note">
      <p ref={note} role="status" tabIndex={-1}>
        {slow ? `Still loading ${what}… This is taking longer than usual.` : `Loading ${what}…`}
      </p>
      {slow && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
