import { useId, useRef, useState } from 'react';
import { isolateText } from '@/trial/isolate-text';
import { AE_TERM_FILTER_MAX_LENGTH } from '@/lib/url-state';
import { formatCount } from '@/trial/count-text';
import type { OrganSystemCount } from './event-filter';
import type { EventFilters } from './use-event-filters';

export interface ShownCounts {
  serious: { shown: number; total: number };
  other: { shown: number; total: number };
}

interface EventFiltersProps {
  filters: EventFilters;
  systems: readonly OrganSystemCount[];
  counts: ShownCounts;
}

/** What the URL keeps for a typed text: blank means no filter. */
const asStored = (text: string) => (text.trim() === '' ? '' : text);

/** "Showing 12 of 36 serious events and 3 of 9 other events". */
export function shownCountText({ serious, other }: ShownCounts): string {
  const part = ({ shown, total }: { shown: number; total: number }) =>
    `${formatCount(shown)} of ${formatCount(total)}`;
  return `Showing ${part(serious)} serious ${total(serious.total)} and ${part(other)} other ${total(other.total)}`;
}

function total(count: number): string {
  return count === 1 ? 'event' : 'events';
}

/**
 * The filters of both events tables: one organ system (of those the terms name) and words of the
 * term, with a polite live count of what they leave and a way out when they leave nothing.
 */
export function EventFiltersForm({ filters, systems, counts }: EventFiltersProps) {
  const systemId = useId();
  const textId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { system, filterText, setSystem, setFilterText } = filters;
  // The input keeps exactly what was typed (the URL drops a blank filter, which would eat a first
  // space); the URL gets every keystroke, the tables follow deferred.
  const [draft, setDraft] = useState(filterText);
  const [seen, setSeen] = useState(filterText);
  if (filterText !== seen) {
    setSeen(filterText);
    if (filterText !== asStored(draft)) setDraft(filterText);
  }
  const type = (text: string) => {
    setDraft(text);
    setFilterText(asStored(text));
  };
  const allTerms = counts.serious.total + counts.other.total;
  const filtering = system !== null || filterText.trim() !== '';
  const nothing = filtering && counts.serious.shown + counts.other.shown === 0;
  const clear = () => {
    type('');
    setSystem(null);
    input.current?.focus();
  };
  return (
    <div className="ae-filters" role="search" aria-label="Filter adverse events">
      <div className="ae-filters__field">
        <label htmlFor={systemId}>Organ system</label>
        <select
          id={systemId}
          className="text-field"
          value={system ?? ''}
          onChange={(event) => setSystem(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">All organ systems ({formatCount(allTerms)})</option>
          {systems.map(({ system: name, count }) => (
            <option key={name} value={name}>
              {isolateText(name)} ({formatCount(count)})
            </option>
          ))}
        </select>
      </div>
      <div className="ae-filters__field">
        <label htmlFor={textId}>Term</label>
        <span id={hintId} className="ae-filters__hint">
          Words anywhere in the term, in any case, with or without accents
        </span>
        <div className="ae-filters__row">
          <input
            ref={input}
            id={textId}
            className="text-field"
            type="search"
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            maxLength={AE_TERM_FILTER_MAX_LENGTH}
            value={draft}
            onChange={(event) => type(event.target.value)}
          />
          {(filtering || draft !== '') && (
            <button type="button" className="button-quiet ae-filters__clear" onClick={clear}>
              Clear filters
            </button>
          )}
        </div>
      </div>
      <p role="status" className="ae-filters__count">
        {nothing ? 'No term matches the filters. ' : ''}
        {shownCountText(counts)}
      </p>
    </div>
  );
}
