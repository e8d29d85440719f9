import { useMemo } from 'react';
import type { Site } from '@/trial/trial-schema';
import { buildPointIndex, type PointIndex } from './point-index';

/** The shown sites grouped by point, and the cluster index over them: built once per shown set. */
export function usePointIndex(sites: readonly Site[]): PointIndex {
  return useMemo(() => buildPointIndex(sites), [sites]);
}
