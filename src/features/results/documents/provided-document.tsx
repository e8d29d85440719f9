import { DefinitionList } from '@/components/definition-list';
import { ExternalLink } from '@/components/external-link';
import { Missing } from '@/components/missing';
import { webLink } from '@/lib/safe-links';
import { formatPartialDate } from '@/trial/dates';
import type { ProvidedDocument as ProvidedDocumentModel } from '@/trial/results/documents-schema';
import { providedDocumentUrl } from '@/trial/results/provided-document-url';
import { recordIndexOf, RESULTS_MODULE_PATHS } from '@/trial/results/results-paths';
import { documentTypeInWords, formatDocumentSize, formatUploadDate } from './document-facts';

/** Where a field of the record's document sits (largeDocs[i].field), for its invalid value. */
function fieldPath(documentId: string, field: keyof ProvidedDocumentModel): string | undefined {
  const index = recordIndexOf(documentId);
  return index === null
    ? undefined
    : `${RESULTS_MODULE_PATHS.documents}.largeDocs[${index}].${field}`;
}

/**
 * One provided document: its type in words as an h4 that links to the document on
 * ClinicalTrials.gov (a new tab), then its file name, date (partial as published), upload time
 * and size. The address is built only from the NCT id and a file name that cannot leave its
 * folder (provided-document-url.ts); any other name is shown as text, unlinked, and says so.
 */
export function ProvidedDocument({
  document,
  nctId,
}: {
  document: ProvidedDocumentModel;
  nctId: string;
}) {
  const { id, date, uploadDate, filename, size } = document;
  const type = documentTypeInWords(document);
  const url = filename === null ? null : providedDocumentUrl(nctId, filename);
  const link = url === null ? null : webLink(url);
  const heading = type ?? 'Document of a type the record does not give';
  return (
    <li className="results-documents__item">
      <h4 id={`results-documents-${id}`}>
        {link === null ? <bdi>{heading}</bdi> : <ExternalLink link={link}>{heading}</ExternalLink>}
      </h4>
      <DefinitionList
        items={[
          {
            term: 'File',
            value:
              filename === null ? null : (
                <>
                  <bdi className="results-documents__filename">{filename}</bdi>
                  {link === null ? (
                    <span className="results-documents__note">
                      {' '}
                      (not linked: this file name cannot be made a safe ClinicalTrials.gov address)
                    </span>
                  ) : null}
                </>
              ),
            recordPath: fieldPath(id, 'filename'),
          },
          {
            term: 'Document date',
            value: date === null ? null : <time dateTime={date}>{formatPartialDate(date)}</time>,
            recordPath: fieldPath(id, 'date'),
          },
          {
            term: 'Uploaded',
            value:
              uploadDate === null ? null : (
                <time dateTime={uploadDate}>{formatUploadDate(uploadDate)}</time>
              ),
            recordPath: fieldPath(id, 'uploadDate'),
          },
          {
            term: 'Size',
            value: size === null ? null : formatDocumentSize(size),
            recordPath: fieldPath(id, 'size'),
          },
        ]}
      />
      {type === null ? (
        <p>
          <Missing path={fieldPath(id, 'label')}>
            The record does not say what this document is.
          </Missing>
        </p>
      ) : null}
    </li>
  );
}
