import { indexed } from '../ctgov-fields';
import type { CtgovLargeDocuments } from './ctgov-documents-schema';
import type { ProvidedDocuments } from './documents-schema';
import { publishedText } from './published-text';

/** The large-document module (parsed by the salvaging parse) as our model. Pure. */
export function normalizeDocuments(raw: CtgovLargeDocuments): ProvidedDocuments {
  return {
    noSap: raw.noSap ?? null,
    documents: indexed(raw.largeDocs).map(({ item: doc, index }) => ({
      id: `document-${index + 1}`,
      typeAbbrev: doc.typeAbbrev ?? null,
      hasProtocol: doc.hasProtocol ?? null,
      hasSap: doc.hasSap ?? null,
      hasIcf: doc.hasIcf ?? null,
      label: publishedText(doc.label),
      date: doc.date ?? null,
      uploadDate: doc.uploadDate ?? null,
      filename: doc.filename ?? null,
      size: doc.size ?? null,
    })),
  };
}
