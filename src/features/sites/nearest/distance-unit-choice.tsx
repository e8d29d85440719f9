import { useId } from 'react';
import { setUrlState } from '@/lib/use-url-state';
import type { DistanceUnit } from './distance';

const UNITS: { unit: DistanceUnit; label: string }[] = [
  { unit: 'km', label: 'km' },
  { unit: 'mi', label: 'miles' },
];

/** Kilometres or miles, for the table, the summary and the map; kept in the link (`units=mi`). */
export function DistanceUnitChoice({ unit }: { unit: DistanceUnit }) {
  const name = useId();
  return (
    <fieldset className="distance-unit-choice">
      <legend>Distances in</legend>
      {UNITS.map((choice) => (
        <label key={choice.unit}>
          <input
            type="radio"
            name={name}
            value={choice.unit}
            checked={unit === choice.unit}
            onChange={() => setUrlState({ units: choice.unit === 'mi' ? 'mi' : null })}
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
