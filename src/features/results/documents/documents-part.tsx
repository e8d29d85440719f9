import { Missing } from '@/components/missing';
import type { ProvidedDocuments } from '@/trial/results/documents-schema';
import { RESULTS_MODULE_PATHS } from '@/trial/results/results-paths';
import { ResultsPart } from '../results-part';
import { ProvidedDocument } from './provided-document';
import './documents-part.css';

/**
 * The documents provided with the record (study protocol, statistical analysis plan, informed
 * consent form), each linked to its copy on ClinicalTrials.gov; or a plain statement that there
 * are none. A record that states it has no statistical analysis plan says so.
 */
export function DocumentsPart({
  documents,
  nctId,
}: {
  documents: ProvidedDocuments;
  nctId: string;
}) {
  const { noSap, documents: list } = documents;
  return (
    <ResultsPart
      id="results-documents"
      title="Documents"
      blurb="Documents the sponsor gave ClinicalTrials.gov with the results; each opens there."
    >
      {list.length === 0 ? (
        <p>
          <Missing path={`${RESULTS_MODULE_PATHS.documents}.largeDocs`}>
            No documents are provided with this record.
          </Missing>
        </p>
      ) : (
        <ul className="results-documents">
          {list.map((document) => (
            <ProvidedDocument key={document.id} document={document} nctId={nctId} />
          ))}
        </ul>
      )}
      {noSap === true ? (
        <p>The record states that there is no statistical analysis plan for this study.</p>
      ) : null}
    </ResultsPart>
  );
}
