import type { ColumnDef } from '@tanstack/react-table';
import { Missing } from '@/components/missing';
import { currentUrlState, useUrlValue } from '@/lib/use-url-state';
import type { Site } from '@/trial/trial-schema';
import { distanceKm, formatDistance, shownValue, type LatLon } from './distance';
import { DISTANCE_COLUMN_ID } from './near-point';

/** A distance in the unit the reader chose (the URL's `units`). */
function DistanceText({ km }: { km: number }) {
  const unit = useUrlValue((state) => state.units) ?? 'km';
  return formatDistance(km, unit);
}

/** The distance a CSV file gives: a number in the unit shown, rounded as the table rounds it. */
function distanceCsv(from: LatLon) {
  const unit = currentUrlState().units ?? 'km';
  return [
    {
      header: `Distance (${unit})`,
      value: (site: Site) =>
        site.location ? shownValue(distanceKm(from, site.location), unit) : null,
    },
  ];
}

/**
 * The sites table's Distance column while a point is set: straight-line distance to the site's
 * point (a city centre); its value, the kilometres, is the sort key (nearest first), and a site
 * with no point has none, so it sorts last with the reason it is not on the map.
 */
export function distanceColumn(from: LatLon): ColumnDef<Site> {
  return {
    id: DISTANCE_COLUMN_ID,
    header: 'Distance',
    accessorFn: (site) => (site.location ? distanceKm(from, site.location) : undefined),
    // Numbers only (a site without a point sorts last before this is asked): a plain difference,
    // a fifth of the general comparison's cost over 10,000 rows.
    sortingFn: (a, b, id) => Number(a.getValue(id)) - Number(b.getValue(id)),
    meta: { csv: () => distanceCsv(from) },
    cell: ({ row, getValue }) => {
      const km = getValue();
      if (typeof km === 'number') return <DistanceText km={km} />;
      return <Missing>{`Unknown: ${row.original.notOnMapReason ?? 'no location'}`}</Missing>;
    },
  };
}
