import type { Trial } from '@/trial/trial-schema';
import { plural } from '@/trial/count-text';

/** "320 participants", with "(estimated)" or "(actual)" when the record types the count. */
export function formatEnrollment(enrollment: NonNullable<Trial['enrollment']>): string {
  const { count, type } = enrollment;
  const text = plural(count, 'participant');
  if (type === 'ESTIMATED') return `${text} (estimated)`;
  if (type === 'ACTUAL') return `${text} (actual)`;
  return text;
}
