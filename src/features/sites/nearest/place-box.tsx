import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { GazetteerPlace } from '@/trial/gazetteer-format';
import { placeLabel, searchPlaces } from './place-search';
import type { Gazetteer } from './use-gazetteer';

/**
 * "Find the sites nearest to…": a combobox with a list of suggestions (the WAI-ARIA combobox
 * pattern, list autocomplete without automatic selection, as GOV.UK's accessible-autocomplete).
 * Typing lists up to eight places; ArrowDown/ArrowUp move through them (the input keeps focus,
 * aria-activedescendant names the option), Enter chooses the active one (or the first, when none
 * is active), Escape closes the list and, pressed again, clears the text. A click chooses too.
 * The count of suggestions is announced politely.
 */
export function PlaceBox({
  gazetteer,
  onWanted,
  onChoose,
  chosenLabel,
}: {
  gazetteer: Gazetteer;
  /** The box was focused or typed in: time to load the places. */
  onWanted: () => void;
  onChoose: (place: GazetteerPlace) => void;
  /** The label of the place in use, shown in the box; changes from outside replace the text. */
  chosenLabel: string;
}) {
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState(chosenLabel);
  const [seenLabel, setSeenLabel] = useState(chosenLabel);
  if (chosenLabel !== seenLabel) {
    setSeenLabel(chosenLabel);
    setText(chosenLabel);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(
    () => (open ? searchPlaces(gazetteer.lists, text) : []),
    [open, gazetteer.lists, text],
  );
  const expanded = open && suggestions.length > 0;
  const choose = (place: GazetteerPlace) => {
    setOpen(false);
    setActive(-1);
    setText(placeLabel(place));
    onChoose(place);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const count = suggestions.length;
      if (count > 0) setActive((index) => ((index + 1 + step + count + 1) % (count + 1)) - 1);
    } else if (event.key === 'Enter') {
      const place = suggestions[active] ?? suggestions[0];
      if (expanded && place) {
        event.preventDefault();
        choose(place);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };
  const status = statusText(text, open, gazetteer, suggestions.length);
  return (
    <div className="place-box">
      <label htmlFor={inputId}>Find the sites nearest to…</label>
      <span id={hintId} className="place-box__hint">
        A city or town; choose it from the list
      </span>
      <div className="place-box__field">
        <input
          id={inputId}
          className="text-field"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-activedescendant={
            expanded && active >= 0 ? `${listId}-${String(active)}` : undefined
          }
          value={text}
          onFocus={onWanted}
          onChange={(event) => {
            onWanted();
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Places"
          className="place-box__list"
          aria-busy={gazetteer.loading}
          hidden={!expanded}
        >
          {suggestions.map((place, index) => (
            <li
              key={place.ref}
              id={`${listId}-${String(index)}`}
              role="option"
              aria-selected={index === active}
              className="place-box__option"
              // Keep the input focused: the choice is made on click, not on the input's blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(place)}
            >
              {placeLabel(place)}
            </li>
          ))}
        </ul>
      </div>
      <p className="place-box__status" role="status">
        {status}
      </p>
    </div>
  );
}

function statusText(text: string, open: boolean, gazetteer: Gazetteer, found: number): string {
  if (!open || text.trim() === '') return '';
  if (found > 0)
    return `${String(found)} ${found === 1 ? 'place' : 'places'} found: use the arrow keys to choose.`;
  if (gazetteer.loading) return 'Loading the list of places…';
  if (gazetteer.lists.every((list) => list.length === 0) && gazetteer.errors.length > 0)
    return `The list of places could not be loaded: ${gazetteer.errors[0]?.message ?? ''}`;
  return 'No place by that name. Try a nearby city, or its name without the district.';
}
