import type { ColumnDef } from '@tanstack/react-table';
import { useSyncExternalStore } from 'react';
import type { Site } from '@/trial/trial-schema';

/**
 * Where the sites' distances are measured from, held in this tab's memory only: never stored,
 * never sent. A place typed and chosen (and a point the reader put in the link) is also in the
 * URL's `near`, from which the place box restores it; a position from the device or a map click
 * is here alone. Set by the place box and the map (measure-from.ts, in the sites' lazy chunk),
 * with the sites table's Distance column for it: the page's first chunk holds only this store.
 */
export type PointOrigin = 'place' | 'device' | 'map' | 'link';

export interface NearPoint {
  lat: number;
  lon: number;
  /** How the point is named: "Shanghai, China", "your location", "the point chosen on the map". */
  label: string;
  origin: PointOrigin;
  /** The URL `near` value it came from, for 'place' and 'link'. */
  near: string | null;
}

export const DISTANCE_COLUMN_ID = 'distance';

export interface NearMeasure {
  point: NearPoint;
  /** The sites table's column of distances from the point (id DISTANCE_COLUMN_ID). */
  distanceColumn: ColumnDef<Site>;
}

let current: NearMeasure | null = null;
const listeners = new Set<() => void>();

export function publishNearMeasure(measure: NearMeasure | null): void {
  if (measure === current) return;
  current = measure;
  for (const listener of listeners) listener();
}

export function getNearMeasure(): NearMeasure | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The point set and its column, or null; always null in the server's and the hydrating render. */
export function useNearMeasure(): NearMeasure | null {
  return useSyncExternalStore(subscribe, getNearMeasure, () => null);
}
