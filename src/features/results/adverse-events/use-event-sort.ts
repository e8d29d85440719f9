import { useMemo } from 'react';
import { sortFromParam, sortToParam, type ColumnSort } from '@/lib/url-state';
import { useUrlValue } from '@/lib/use-url-state';

/**
 * An events table's sort from the URL: the same object for as long as the URL says the same sort
 * (what useUrlSort does for the other tables, whose keys it names; it does not name these).
 */
export function useEventSort(key: 'seriousSort' | 'otherSort'): ColumnSort | null {
  const param = useUrlValue((state) => {
    const sort = state[key];
    return sort ? sortToParam(sort) : null;
  });
  return useMemo(() => (param === null ? null : sortFromParam(param)), [param]);
}
