import { useId } from 'react';
import type { Site } from '@/trial/trial-schema';
import type { OverallStatus } from '@/trial/vocabulary';
import { countSiteStatuses } from './site-facts';
import { siteStatusLabel } from './site-status-style';
import { formatCount } from '@/trial/count-text';

interface StatusFilterProps {
  sites: readonly Site[];
  value: OverallStatus | null;
  onChange: (status: OverallStatus | null) => void;
}

/** One radio group filtering the sites table and map together: "All statuses" or one status present in the record. */
export function StatusFilter({ sites, value, onChange }: StatusFilterProps) {
  const name = useId();
  const options = countSiteStatuses(sites).flatMap(({ status, count }) =>
    status ? [{ status, count }] : [],
  );
  return (
    <fieldset className="status-filter">
      <legend>Show sites</legend>
      <label>
        <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
        All statuses ({formatCount(sites.length)})
      </label>
      {options.map(({ status, count }) => (
        <label key={status}>
          <input
            type="radio"
            name={name}
            checked={value === status}
            onChange={() => onChange(status)}
          />
          {siteStatusLabel(status)} ({formatCount(count)})
        </label>
      ))}
    </fieldset>
  );
}
