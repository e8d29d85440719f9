import { OUR_RECORD_TEXT, ourRecord, type Json } from '../../src/test-support/json-value';

/**
 * Files a user might bring, made by the tests themselves from our own record (data/studies):
 * broken ones for every bad-input class, a record full of hostile text, and a 20 MB record.
 */
export interface RecordFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export { OUR_RECORD_TEXT, ourRecord };

export function jsonFile(name: string, value: unknown): RecordFile {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) };
}

export function textFile(name: string, text: string, mimeType = 'application/json'): RecordFile {
  return { name, mimeType, buffer: Buffer.from(text) };
}

/** Sets a value deep in a record: `set(record, ['protocolSection', 'designModule'], …)`. */
export function set(record: Json, path: (string | number)[], value: Json | undefined): void {
  let node: Json = record;
  for (const key of path.slice(0, -1)) {
    const next: Json | undefined =
      Array.isArray(node) && typeof key === 'number'
        ? node[key]
        : node !== null &&
            typeof node === 'object' &&
            !Array.isArray(node) &&
            typeof key === 'string'
          ? node[key]
          : undefined;
    if (next === undefined) throw new Error(`no ${String(key)} in the record`);
    node = next;
  }
  const last = path.at(-1);
  if (Array.isArray(node) && typeof last === 'number') {
    if (value === undefined) node.splice(last, 1);
    else node[last] = value;
  } else if (
    node !== null &&
    typeof node === 'object' &&
    !Array.isArray(node) &&
    typeof last === 'string'
  ) {
    if (value === undefined) Reflect.deleteProperty(node, last);
    else node[last] = value;
  }
}

/** The bad-input classes, each with the exact message the reader sees. */
export const REFUSED_FILES: { file: RecordFile; message: string }[] = [
  {
    file: textFile('empty.json', ''),
    message: 'the file is empty: expected a ClinicalTrials.gov study in JSON',
  },
  {
    file: textFile('truncated.json', OUR_RECORD_TEXT.slice(0, 5000)),
    message:
      'the JSON stops at line 132, column 82 before it is complete (5 objects or lists are still open): the file looks cut short; download it again',
  },
  {
    file: textFile(
      'broken.json',
      '{\n  "protocolSection": {\n    "identificationModule": { "nctId": "NCT01573923" }\n    "statusModule": {}\n  }\n}',
    ),
    message:
      "not valid JSON: line 4, column 5: expected ',' or '}' after a property value, found '\"'",
  },
  {
    file: textFile(
      'study-page.html',
      '<!DOCTYPE html><html><head><title>Study</title></head></html>',
      'text/html',
    ),
    message:
      "this is an HTML page, not JSON: save the study's JSON from https://clinicaltrials.gov/api/v2/studies/<NCT id>, not the web page",
  },
  {
    file: jsonFile('classic.json', {
      FullStudiesResponse: {
        FullStudies: [
          { Study: { ProtocolSection: { IdentificationModule: { NCTId: 'NCT01573923' } } } },
        ],
      },
    }),
    message:
      'this is a response of the retired classic ClinicalTrials.gov API (FullStudiesResponse), which API v2 replaced in 2024; download the study from https://clinicaltrials.gov/api/v2/studies/NCT01573923',
  },
  {
    file: jsonFile('aact-row.json', {
      nct_id: 'NCT01573923',
      brief_title: 'Safety',
      overall_status: 'Unknown status',
    }),
    message:
      'this looks like a row of the AACT database (snake_case columns such as nct_id, brief_title, overall_status), not an API v2 record; download the study from https://clinicaltrials.gov/api/v2/studies/NCT01573923',
  },
  {
    file: jsonFile('empty-object.json', {}),
    message: 'an empty object {}; expected a ClinicalTrials.gov API v2 study',
  },
];

/** Our record with invalid values in five places and no eligibility module. */
export function brokenButReadable(): RecordFile {
  const record = ourRecord();
  set(record, ['protocolSection', 'contactsLocationsModule', 'locations', 3, 'geoPoint'], {
    lat: 912,
    lon: 103.8,
  });
  set(record, ['protocolSection', 'designModule', 'enrollmentInfo', 'count'], -3);
  set(record, ['protocolSection', 'statusModule', 'startDateStruct', 'date'], '2014-13-45');
  set(record, ['protocolSection', 'armsInterventionsModule', 'armGroups', 0, 'type'], 'BOGUS');
  set(record, ['protocolSection', 'contactsLocationsModule', 'locations', 1, 'status'], 'OPEN');
  set(record, ['protocolSection', 'eligibilityModule'], undefined);
  return jsonFile('broken-but-readable.json', record);
}

/** A record of about `megabytes` MB: our study with many sites, and a results section making up the rest. */
export function largeRecord(megabytes: number, sites: number): RecordFile {
  const record = ourRecord();
  const locations: Json[] = Array.from({ length: sites }, (_, index) => ({
    facility: `Generated Test Hospital ${index + 1}`,
    status: index % 3 === 0 ? 'RECRUITING' : 'COMPLETED',
    city: 'Lanzhou',
    country: 'China',
    geoPoint: { lat: 30 + (index % 100) / 10, lon: 100 + Math.floor(index / 100) / 10 },
    contacts: [{ name: `Contact ${index + 1}`, role: 'CONTACT', phone: '86-10-0000000' }],
  }));
  set(record, ['protocolSection', 'contactsLocationsModule', 'locations'], locations);
  const base = Buffer.byteLength(JSON.stringify(record));
  const row = {
    measure: 'Generated outcome value for a size test',
    value: '12.5',
    unit: 'participants',
  };
  const rowBytes = Buffer.byteLength(JSON.stringify(row)) + 1;
  const rows = Math.max(0, Math.ceil((megabytes * 1024 * 1024 - base) / rowBytes));
  record.resultsSection = {
    outcomeMeasuresModule: { rows: Array.from({ length: rows }, () => row) },
  };
  return jsonFile(`large-${megabytes}mb.json`, record);
}
