import type { ProvidedDocument } from '@/trial/results/documents-schema';

/** A provided document with nothing given: add what a test needs (`{ ...DOC, label: '…' }`). */
export const DOC: ProvidedDocument = {
  id: 'document-1',
  typeAbbrev: null,
  hasProtocol: null,
  hasSap: null,
  hasIcf: null,
  label: null,
  date: null,
  uploadDate: null,
  filename: null,
  size: null,
};
