import { z } from 'zod';
import { partialDateSchema } from '../trial-schema';

/**
 * Our model of a record's provided documents (what the page gets). The link is not stored: the
 * page builds it from the NCT id and file name with providedDocumentUrl, which refuses unsafe names.
 */

export const providedDocumentSchema = z.object({
  /** Stable within a trial: "document-1" is the record's first document. */
  id: z.string(),
  typeAbbrev: z.string().nullable(),
  hasProtocol: z.boolean().nullable(),
  hasSap: z.boolean().nullable(),
  hasIcf: z.boolean().nullable(),
  label: z.string().nullable(),
  /** The document's own date, partial as published. */
  date: partialDateSchema.nullable(),
  /** When it was uploaded, as published ("2019-04-27T15:51"). */
  uploadDate: z.string().nullable(),
  /** As published, never unescaped: it is the last part of the document's address. */
  filename: z.string().nullable(),
  /** Bytes. */
  size: z.number().int().min(0).nullable(),
});
export type ProvidedDocument = z.infer<typeof providedDocumentSchema>;

export const providedDocumentsSchema = z.object({
  /** True when the record states there is no statistical analysis plan. */
  noSap: z.boolean().nullable(),
  documents: z.array(providedDocumentSchema),
});
export type ProvidedDocuments = z.infer<typeof providedDocumentsSchema>;
