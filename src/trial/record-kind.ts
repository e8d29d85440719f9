import { z } from 'zod';
import { describeValue } from './parse-problems';

/**
 * What a decoded JSON file holds: studies to read (one record, a search response's list, or a
 * plain list), or a refusal that names what the file looks like and what is expected instead.
 * Only shapes are looked at here; each study is then checked by the CT.gov schema.
 */
export type RecordKind =
  | { kind: 'studies'; studies: { pathInFile: string; value: unknown }[] }
  | { kind: 'refused'; message: string };

export const EXPECTED =
  'expected a ClinicalTrials.gov API v2 study (an object with "protocolSection", as ' +
  'https://clinicaltrials.gov/api/v2/studies/NCT01573923 returns) or a search response ' +
  '({"studies": [...]})';

const objectSchema = z.record(z.string(), z.unknown());
const searchResponseSchema = z.object({ studies: z.array(z.unknown()) });

/** NCT ids wherever a classic-API response names them (NCTId), to point at their API v2 records. */
const classicIdsSchema = z
  .object({
    FullStudiesResponse: z
      .object({
        FullStudies: z
          .array(
            z.object({
              Study: z.object({
                ProtocolSection: z.object({
                  IdentificationModule: z.object({ NCTId: z.string() }),
                }),
              }),
            }),
          )
          .catch([]),
      })
      .catch({ FullStudies: [] }),
  })
  .transform((value) =>
    value.FullStudiesResponse.FullStudies.map(
      (study) => study.Study.ProtocolSection.IdentificationModule.NCTId,
    ),
  )
  .catch([]);

const CLASSIC_KEYS = ['FullStudiesResponse', 'StudyFieldsResponse', 'FullStudy', 'ProtocolSection'];

function v2Hint(nctIds: readonly string[]): string {
  const id = nctIds.find((candidate) => /^NCT\d{8}$/.test(candidate));
  return `https://clinicaltrials.gov/api/v2/studies/${id ?? '<NCT id>'}`;
}

function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, 6).map((key) => JSON.stringify(key));
  return keys.length > 6 ? `${shown.join(', ')} and ${keys.length - 6} more` : shown.join(', ');
}

/** Why one object is not a study, or null when it has a protocolSection (then the schema decides). */
function notAStudy(value: Record<string, unknown>): string | null {
  if ('protocolSection' in value) return null;
  const keys = Object.keys(value);
  if (keys.length === 0) return `an empty object {}; ${EXPECTED}`;
  const classic = CLASSIC_KEYS.find((key) => key in value);
  if (classic !== undefined) {
    return (
      `this is a response of the retired classic ClinicalTrials.gov API (${classic}), which API v2 ` +
      `replaced in 2024; download the study from ${v2Hint(classicIdsSchema.parse(value))}`
    );
  }
  if ('nct_id' in value) {
    const id = typeof value.nct_id === 'string' ? value.nct_id : '';
    return (
      'this looks like a row of the AACT database (snake_case columns such as nct_id, ' +
      `brief_title, overall_status), not an API v2 record; download the study from ${v2Hint([id])}`
    );
  }
  if ('schemaVersion' in value && 'nctId' in value && ('sites' in value || 'results' in value)) {
    const folder =
      'sites' in value ? 'trial files (public/data/trials)' : 'results files (public/data/results)';
    return (
      `this is one of the explorer's own prebuilt ${folder}, not a ` +
      'ClinicalTrials.gov record; open the record it was built from'
    );
  }
  return `an object with the keys ${keyList(keys)} but no "protocolSection"; ${EXPECTED}`;
}

function studiesOf(items: readonly unknown[], listPath: string): RecordKind {
  if (items.length === 0)
    return {
      kind: 'refused',
      message: `${listPath || 'the list'} is empty: there is no study in it`,
    };
  return {
    kind: 'studies',
    studies: items.map((value, index) => ({ pathInFile: `${listPath}[${index}]`, value })),
  };
}

export function classifyRecord(value: unknown): RecordKind {
  if (Array.isArray(value)) return studiesOf(value, '');
  const object = objectSchema.safeParse(value);
  if (!object.success) {
    return {
      kind: 'refused',
      message: `the file holds ${describeValue(value)}, not an object; ${EXPECTED}`,
    };
  }
  const search = searchResponseSchema.safeParse(value);
  if (search.success && !('protocolSection' in object.data))
    return studiesOf(search.data.studies, 'studies');
  const why = notAStudy(object.data);
  return why === null
    ? { kind: 'studies', studies: [{ pathInFile: '', value }] }
    : { kind: 'refused', message: why };
}

/** Why an item of a list is not a study (items that are not objects included), or null. */
export function notAStudyItem(value: unknown): string | null {
  const object = objectSchema.safeParse(value);
  if (!object.success) return `${describeValue(value)} is not a study; ${EXPECTED}`;
  return notAStudy(object.data);
}
