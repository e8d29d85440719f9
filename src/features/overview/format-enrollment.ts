import type { Trial } from '@/trial/trial-schema';

const COUNT = new Intl.NumberFormat('en-US');

/** "320 participants", with "(estimated)" or "(actual)" when the record types the count. */
export function formatEnrollment(enrollment: NonNullable<Trial['enrollment']>): string {
  const { count, type } = enrollment;
  const text = `${COUNT.format(count)} ${count === 1 ? 'participant' : 'participants'}`;
  if (type === 'ESTIMATED') return `${text} (estimated)`;
  if (type === 'ACTUAL') return `${text} (actual)`;
  return text;
}
