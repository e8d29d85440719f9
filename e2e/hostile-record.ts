import { trialSchema, type Trial } from '../src/trial/trial-schema';

/** What a hostile record might carry in its text: markup, script URLs, CSS, bidi overrides. */
export const TEXT_PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  '</style><style>*{display:none}</style>',
  'red;background:url(https://evil.example/x)',
  'Report\u202Etxt.exe (overridden right to left)',
] as const;

/** What every link-like field (URLs, identifier links, emails) gets. */
export const URL_PAYLOAD = 'javascript:window.__xss=1';

/** A string of 1 MB without a space: it must wrap, not widen the page or stall it. */
export const MEGABYTE_TEXT = 'W'.repeat(1_000_000);

/** Strings that are structure, not text: ids and the references between records. */
const STRUCTURAL_KEYS = new Set(['id', 'siteId', 'nctId', 'interventionIds', 'armIds']);
const LINK_KEYS = new Set(['url', 'link', 'email']);

type Path = readonly (string | number)[];

export function mapStrings(
  value: unknown,
  path: Path,
  replace: (text: string, path: Path) => string,
): unknown {
  if (typeof value === 'string') return replace(value, path);
  if (Array.isArray(value))
    return value.map((item: unknown, index) => mapStrings(item, [...path, index], replace));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, [...path, key], replace)]),
    );
  }
  return value;
}

/** Fields the real record leaves empty (links, a reference, emails, ...), so each gets a payload too. */
function withEveryField(trial: Trial): Trial {
  return {
    ...trial,
    detailedDescription: 'text',
    identifiers: [
      ...trial.identifiers,
      { id: 'X-1', kind: 'OTHER', domain: 'text', link: 'https://example.org' },
    ],
    references: [{ citation: 'text', pmid: 'text', type: 'RESULT' }],
    links: [{ label: 'text', url: 'https://example.org' }],
    centralContacts: trial.centralContacts.map((contact) => ({
      ...contact,
      phoneExt: '12',
      email: 'pei@example.org',
    })),
  };
}

/**
 * The trial with a payload in every string the schema leaves free: text fields cycle through
 * TEXT_PAYLOADS (appended to the original, so sorting and reading still have something to go on),
 * link fields become URL_PAYLOAD, and the detailed description is 1 MB without a space. Ids,
 * codes, enum values and dates, which the schema constrains, keep their values: a payload the
 * schema refuses is put back (found by parsing), so the result is always a valid prebuilt trial.
 */
export function withHostileText(trial: Trial, title: string): Trial {
  const source = withEveryField(trial);
  const refused = new Set<string>();
  for (let attempt = 0; attempt < 10; attempt += 1) {
    let next = 0;
    const candidate = mapStrings(source, [], (text, path) => {
      const key = path.at(-1);
      const parentKey = path.at(-2);
      if (refused.has(path.join('.'))) return text;
      if (
        typeof key === 'string' ? STRUCTURAL_KEYS.has(key) : STRUCTURAL_KEYS.has(String(parentKey))
      )
        return text;
      if (path.join('.') === 'briefTitle') return title;
      if (path.join('.') === 'detailedDescription') return MEGABYTE_TEXT;
      if (typeof key === 'string' && LINK_KEYS.has(key)) return URL_PAYLOAD;
      const payload = TEXT_PAYLOADS[next % TEXT_PAYLOADS.length] ?? '';
      next += 1;
      return `${text} ${payload}`;
    });
    const parsed = trialSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) refused.add(issue.path.map(String).join('.'));
  }
  throw new Error('withHostileText: no valid trial after putting back every refused value');
}

/** Long but within the reader's 100,000-character bound for descriptions: laid out, and must wrap. */
export const LONG_VALID_TEXT = 'W'.repeat(99_000);

/**
 * A raw ClinicalTrials.gov record (as a user's file holds it) with a payload in every string but
 * the NCT id. Codes, dates and the like become invalid values, which the page reports quoting the
 * payload; names, titles and descriptions show it as text; links get URL_PAYLOAD. The brief summary
 * is 1 MB (over the bound: reported, not laid out), the detailed description 99,000 characters.
 */
export function withHostileRecordText(record: unknown, title: string): unknown {
  let next = 0;
  return mapStrings(record, [], (text, path) => {
    const key = path.at(-1);
    if (key === 'nctId') return text;
    if (key === 'briefTitle') return title;
    if (key === 'briefSummary') return MEGABYTE_TEXT;
    if (key === 'detailedDescription') return LONG_VALID_TEXT;
    if (typeof key === 'string' && LINK_KEYS.has(key)) return URL_PAYLOAD;
    const payload = TEXT_PAYLOADS[next % TEXT_PAYLOADS.length] ?? '';
    next += 1;
    return `${text} ${payload}`;
  });
}
