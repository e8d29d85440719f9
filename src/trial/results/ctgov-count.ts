import { z } from 'zod';

/** A count the API gives as a JSON number (participants, events, bytes): a whole number, 0 or more. */
export const ctgovCount = z
  .number()
  .int({ error: 'expected a whole number' })
  .min(0, { error: 'expected a count of 0 or more' });
