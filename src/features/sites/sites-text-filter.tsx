import { useEffect, useId, useRef, useState } from 'react';
import { SITES_FILTER_MAX_LENGTH } from '@/lib/url-state';
import './sites-text-filter.css';

interface SitesTextFilterProps {
  /** As typed ('' = no filter). */
  value: string;
  onChange: (text: string) => void;
  shownCount: number;
  totalCount: number;
}

/** Typing pauses this long before the filter reaches the URL (and the table and map re-render). */
export const FILTER_WRITE_DELAY_MS = 200;

/** What the URL keeps for a typed text: blank means no filter. */
const asStored = (text: string) => (text.trim() === '' ? '' : text);

/**
 * The sites' text filter (facility, city, state or country; shared by the table and the map through
 * the URL), with a polite live count of what it leaves and a way out when it leaves nothing.
 */
export function SitesTextFilter({ value, onChange, shownCount, totalCount }: SitesTextFilterProps) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The input answers every keystroke from its own state; the URL (and with it the table and the
  // map, which may hold 10,000 sites) follows once typing pauses, so typing never waits on them.
  const [draft, setDraft] = useState(value);
  const [written, setWritten] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The URL changed: by our own write (keep typing undisturbed), or from outside (show it).
    setSeen(value);
    if (value !== written) setDraft(value);
  }
  useEffect(() => {
    const next = asStored(draft);
    if (next === value) return;
    const timer = setTimeout(() => {
      setWritten(next);
      onChange(next);
    }, FILTER_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  const filtering = value.trim() !== '';
  const clear = () => {
    setDraft('');
    setWritten('');
    onChange('');
    input.current?.focus();
  };
  return (
    <div className="sites-text-filter">
      <label htmlFor={inputId}>Filter sites</label>
      <span id={hintId} className="sites-text-filter__hint">
        Facility, city, state or country
      </span>
      <div className="sites-text-filter__row">
        <input
          ref={input}
          id={inputId}
          type="search"
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          maxLength={SITES_FILTER_MAX_LENGTH}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        {(filtering || draft !== '') && (
          <button type="button" className="sites-text-filter__clear" onClick={clear}>
            Clear filter
          </button>
        )}
      </div>
      <p role="status" className="sites-text-filter__count">
        {filtering && shownCount === 0
          ? `No site matches “${value.trim()}”. Showing 0 of ${totalCount} sites.`
          : `Showing ${shownCount} of ${totalCount} sites`}
      </p>
    </div>
  );
}
