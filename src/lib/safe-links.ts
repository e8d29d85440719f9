/**
 * Every link target the page builds from record text, in one place. Nothing from a record ever
 * runs: what fails these rules is shown as plain text, never as a link.
 *
 * - Web links the record supplies (identifier links, see-also links) are allowed to any http(s)
 *   host: they legitimately point at sponsors', registries' and funders' sites, which no list of
 *   "expected hosts" could name. The page shows each one with its host name (punycode for
 *   international names) so the reader sees where it goes. Refused: anything `new URL` does not
 *   parse as http: or https:, a username or password in it, and control or bidi-control characters.
 * - ClinicalTrials.gov links are built only from a valid NCT id, PubMed links only from a
 *   digits-only PMID, mailto: only from a plain address, tel: only from a number with digits.
 */
const brand: unique symbol = Symbol('safe-href');

/** A link target that passed one of the rules below; only this module makes them. */
export interface SafeHref {
  readonly href: string;
  /** The host name, for record-supplied web links ("" for mailto:/tel:). */
  readonly host: string;
  readonly [brand]: true;
}

const safe = (href: string, host = ''): SafeHref => ({ href, host, [brand]: true });

/** C0 controls, DEL, and the bidi controls (LRM/RLM, embeddings and overrides, isolates). */
export function hasControlCharacters(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code <= 0x1f || code === 0x7f) return true;
    if (code === 0x200e || code === 0x200f) return true;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return true;
  }
  return false;
}

/** A record-supplied web address: http(s) only, no credentials, no control characters. */
export function webLink(raw: string): SafeHref | null {
  if (hasControlCharacters(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return safe(url.href, url.hostname);
}

const NCT_ID = /^NCT\d{8}$/;

/** The study's page on ClinicalTrials.gov (with `?tab=results` for its results); null for anything but an NCT id. */
export function studyLink(nctId: string, tab?: 'results'): SafeHref | null {
  if (!NCT_ID.test(nctId)) return null;
  return safe(
    `https://clinicaltrials.gov/study/${nctId}${tab ? `?tab=${tab}` : ''}`,
    'clinicaltrials.gov',
  );
}

/** A publication on PubMed; null unless the PMID is digits only. */
export function pubmedLink(pmid: string): SafeHref | null {
  if (!/^\d{1,12}$/.test(pmid)) return null;
  return safe(`https://pubmed.ncbi.nlm.nih.gov/${pmid}/`, 'pubmed.ncbi.nlm.nih.gov');
}

/** Characters that could add headers, recipients or markup to a mailto: link, or quote a local part. */
const MAIL_FORBIDDEN = /[\s?&,;:<>"'`\\]/u;

/** mailto: for one plain address (one @, a dotted domain), percent-encoded; null for anything else. */
export function mailtoLink(email: string): SafeHref | null {
  const address = email.trim();
  if (address.length > 254 || hasControlCharacters(address) || MAIL_FORBIDDEN.test(address))
    return null;
  const [local, domain, ...rest] = address.split('@');
  if (rest.length > 0 || !local || !domain) return null;
  if (!/^[^.]+(\.[^.]+)+$/u.test(domain)) return null;
  return safe(`mailto:${encodeURIComponent(local)}@${encodeURIComponent(domain)}`);
}

/**
 * tel: for a published phone number: its digits (and a leading +) without separators, plus ";ext="
 * when the extension is numeric; null when the number has no digit. Nothing is added (no guessed
 * country code): some records put a country code such as "+33" in the extension field.
 */
export function telLink(phone: string, ext: string | null): SafeHref | null {
  const number = phone.trim().replace(/(?!^\+)\D/g, '');
  if (!/\d/.test(number)) return null;
  const extension = ext?.trim() ?? '';
  return safe(`tel:${number}${/^\d+$/.test(extension) ? `;ext=${extension}` : ''}`);
}
