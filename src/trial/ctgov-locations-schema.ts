import { z } from 'zod';
import { recordList, shortText } from './ctgov-fields';
import { contactRoleSchema, officialRoleSchema, overallStatusSchema } from './vocabulary-schemas';

/** ClinicalTrials.gov API v2 contactsLocationsModule (the subset the explorer reads). */

const text = shortText;

const latitude = z
  .number()
  .min(-90, { error: 'expected a number from -90 to 90' })
  .max(90, { error: 'expected a number from -90 to 90' });
const longitude = z
  .number()
  .min(-180, { error: 'expected a number from -180 to 180' })
  .max(180, { error: 'expected a number from -180 to 180' });

export const ctgovContactSchema = z.object({
  name: text.optional(),
  role: contactRoleSchema.optional(),
  phone: text.optional(),
  phoneExt: text.optional(),
  email: text.optional(),
});

export const ctgovLocationSchema = z.object({
  facility: text.optional(),
  status: overallStatusSchema.optional(),
  city: text.optional(),
  state: text.optional(),
  zip: text.optional(),
  country: text.optional(),
  contacts: recordList(ctgovContactSchema).optional(),
  geoPoint: z.object({ lat: latitude, lon: longitude }).optional(),
});

export const ctgovContactsLocationsModuleSchema = z.object({
  centralContacts: recordList(ctgovContactSchema).optional(),
  overallOfficials: recordList(
    z.object({ name: text, affiliation: text.optional(), role: officialRoleSchema.optional() }),
  ).optional(),
  locations: recordList(ctgovLocationSchema).optional(),
});

export type CtgovContact = z.infer<typeof ctgovContactSchema>;
export type CtgovLocation = z.infer<typeof ctgovLocationSchema>;
