import type { PersonName } from './trial-schema';

/**
 * Degrees and post-nominal credentials recognised after a comma. Conservative on
 * purpose: a token is split off only when it is one of these (exactly, or in capitals,
 * dots ignored), so "Smith, John" and "Nguyen, Do" stay names.
 */
const DEGREES = (
  'MD PhD DO MBBS MBChB MBBCh BMBS BM BS BSc BA MS MSc MA MPH MSPH MHS MHSc MSCE MSCI MCR MBA ' +
  'MMed MMSc MCh MPhil DPhil DrPH ScD DSc DMSc PharmD RPh DDS DMD DVM PsyD EdD DNP DPT RN BSN MSN ' +
  'NP CRNP APRN FNP PA PA-C RD LCSW CCRC CCRP FRCP FRCPC FRCS FRCSC FRACP FRACS FACP FACS FACC FAAP ' +
  'MRCP FRCPath'
).split(' ');

const DEGREE_KEYS = new Set(DEGREES.map((degree) => degree.replace(/\./g, '')));
const UPPER_DEGREE_KEYS = new Set([...DEGREE_KEYS].map((degree) => degree.toUpperCase()));

function isDegreeWord(word: string): boolean {
  const key = word.replace(/\./g, '');
  if (key.length === 0) return false;
  return DEGREE_KEYS.has(key) || (key === key.toUpperCase() && UPPER_DEGREE_KEYS.has(key));
}

/** "MD", "M.D.", "MD PhD", "MD/PhD": every word a degree. */
function isDegreeToken(token: string): boolean {
  const words = token.split(/[\s/]+/).filter((word) => word.length > 0);
  return words.length > 0 && words.every(isDegreeWord);
}

/**
 * Splits trailing, comma-separated degrees off a published name:
 * "Xuetao Pei, MD,PhD" -> { name: "Xuetao Pei", degrees: ["MD", "PhD"] }.
 */
export function parsePersonName(asPublished: string): PersonName {
  const tokens = asPublished.split(',').map((token) => token.trim());
  const degrees: string[] = [];
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1];
    if (last === undefined) break;
    if (last === '') {
      tokens.pop();
      continue;
    }
    if (!isDegreeToken(last)) break;
    tokens.pop();
    degrees.unshift(...last.split(/[\s/]+/).filter((word) => word.length > 0));
  }
  const name = tokens.join(', ').trim();
  return { name: name || asPublished.trim(), degrees, asPublished };
}
