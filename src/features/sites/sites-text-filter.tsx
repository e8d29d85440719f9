import { useId, useRef, useState } from 'react';
import { SITES_FILTER_MAX_LENGTH } from '@/lib/url-state';
import './sites-text-filter.css';
import { formatCount } from '@/trial/count-text';

interface SitesTextFilterProps {
  /** As typed ('' = no filter). */
  value: string;
  onChange: (text: string) => void;
  shownCount: number;
  totalCount: number;
}

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
  // The input keeps exactly what was typed (the URL drops a blank filter, which would eat a first
  // space); every keystroke goes to the URL at once. The table and the map follow in a deferred
  // render (useShownSites), so typing never waits on them.
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The URL changed: by our own write (the draft already says so), or from outside (show it).
    setSeen(value);
    if (value !== asStored(draft)) setDraft(value);
  }
  const type = (text: string) => {
    setDraft(text);
    onChange(asStored(text));
  };
  const filtering = value.trim() !== '';
  const clear = () => {
    type('');
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
          className="text-field"
          type="search"
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          maxLength={SITES_FILTER_MAX_LENGTH}
          value={draft}
          onChange={(event) => type(event.target.value)}
        />
        {(filtering || draft !== '') && (
          <button type="button" className="button-quiet sites-text-filter__clear" onClick={clear}>
            Clear filter
          </button>
        )}
      </div>
      <p role="status" className="sites-text-filter__count">
        {filtering && shownCount === 0
          ? `No site matches “${value.trim()}”. Showing 0 of ${formatCount(totalCount)} sites.`
          : `Showing ${formatCount(shownCount)} of ${formatCount(totalCount)} sites`}
      </p>
    </div>
  );
}
