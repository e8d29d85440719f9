import { z } from 'zod';
import { recordList, shortText } from '../ctgov-fields';
import { partialDateSchema } from '../trial-schema';
import { ctgovCount } from './ctgov-count';

/**
 * ClinicalTrials.gov API v2 documentSection.largeDocumentModule (provided documents: protocol,
 * statistical analysis plan, informed consent form), for the salvaging parse (all optional).
 */

const text = shortText;

/** "2019-04-27T15:51": the upload time as the API gives it (kept as this text). */
const uploadDateSchema = text.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, {
  error: 'expected a date and time as YYYY-MM-DDThh:mm',
});

export const ctgovLargeDocSchema = z.object({
  /** "Prot", "SAP", "ICF", "Prot_SAP", ...: free text in the API, kept as published. */
  typeAbbrev: text.optional(),
  hasProtocol: z.boolean().optional(),
  hasSap: z.boolean().optional(),
  hasIcf: z.boolean().optional(),
  label: text.optional(),
  date: partialDateSchema.optional(),
  uploadDate: uploadDateSchema.optional(),
  filename: text.optional(),
  /** Bytes. */
  size: ctgovCount.optional(),
});

export const ctgovLargeDocumentModuleSchema = z.object({
  /** The record states it has no statistical analysis plan. */
  noSap: z.boolean().optional(),
  largeDocs: recordList(ctgovLargeDocSchema).optional(),
});

export type CtgovLargeDocuments = z.infer<typeof ctgovLargeDocumentModuleSchema>;
export type CtgovLargeDoc = z.infer<typeof ctgovLargeDocSchema>;
