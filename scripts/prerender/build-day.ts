import { dayFromIso, isoDay } from '../../src/lib/today';

/**
 * The day the pages are built on, which texts that depend on the date are drawn for (a record's
 * age; the browser redraws them for its own day after hydration): today, or the day of
 * SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) when it is set.
 * Throws on a SOURCE_DATE_EPOCH that is not a whole number of seconds.
 */
export function buildDay(env: Record<string, string | undefined>, now: Date): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return startOfDay(now);
  if (!/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return startOfDay(new Date(Number(epoch) * 1000));
}

function startOfDay(moment: Date): Date {
  const day = dayFromIso(isoDay(moment));
  if (!day) throw new Error(`no day for ${String(moment)}`);
  return day;
}
