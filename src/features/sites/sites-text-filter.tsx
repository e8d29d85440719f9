import { useId, useRef } from 'react';
import { SITES_FILTER_MAX_LENGTH } from '@/lib/url-state';
import './sites-text-filter.css';

interface SitesTextFilterProps {
  /** As typed ('' = no filter). */
  value: string;
  onChange: (text: string) => void;
  shownCount: number;
  totalCount: number;
}

/**
 * The sites' text filter (facility, city, state or country; shared by the table and the map through
 * the URL), with a polite live count of what it leaves and a way out when it leaves nothing.
 */
export function SitesTextFilter({ value, onChange, shownCount, totalCount }: SitesTextFilterProps) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const filtering = value.trim() !== '';
  const clear = () => {
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
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        {filtering && (
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
