import { createRequire } from 'node:module';
import { foldPlaceName } from '../src/trial/text-fold';

/**
 * Country name (as ClinicalTrials.gov writes it) -> ISO 3166-1 alpha-2 code, from
 * i18n-iso-countries' English names and aliases plus the CT.gov names it lacks.
 */

const require = createRequire(import.meta.url);

/** ClinicalTrials.gov country names that i18n-iso-countries does not know. */
const CTGOV_ALIASES: Record<string, string> = {
  'Iran, Islamic Republic of': 'IR',
  'Viet Nam': 'VN',
  'Macedonia, The Former Yugoslav Republic of': 'MK',
  "Korea, Democratic People's Republic of": 'KP',
  'Korea, Republic of': 'KR',
  'Congo, The Democratic Republic of the': 'CD',
  'Tanzania, United Republic of': 'TZ',
  'Libyan Arab Jamahiriya': 'LY',
  'Palestinian Territory, occupied': 'PS',
  'Palestinian Territories, Occupied': 'PS',
  'Virgin Islands (U.S.)': 'VI',
  'Virgin Islands (British)': 'VG',
  'Moldova, Republic of': 'MD',
  Swaziland: 'SZ',
  Macau: 'MO',
  Macao: 'MO',
  Burma: 'MM',
  'Saint Martin': 'MF',
  'Sint Maarten': 'SX',
  'Federated States of Micronesia': 'FM',
  Réunion: 'RE',
};

function readEnglishNames(): [string, string][] {
  const locale: unknown = require('i18n-iso-countries/langs/en.json');
  if (typeof locale !== 'object' || locale === null || !('countries' in locale)) return [];
  const { countries } = locale;
  if (typeof countries !== 'object' || countries === null) return [];
  const pairs: [string, string][] = [];
  for (const [code, names] of Object.entries(countries)) {
    const list: unknown[] = Array.isArray(names) ? names : [names];
    for (const name of list) if (typeof name === 'string') pairs.push([name, code]);
  }
  return pairs;
}

let codesByName: Map<string, string> | null = null;

/** Every country name known here, folded by foldPlaceName ("china", "korearepublicof") -> its code. */
export function countryCodesByName(): ReadonlyMap<string, string> {
  if (codesByName === null) {
    codesByName = new Map();
    for (const [countryName, code] of [...readEnglishNames(), ...Object.entries(CTGOV_ALIASES)]) {
      codesByName.set(foldPlaceName(countryName), code);
    }
  }
  return codesByName;
}

/** Where the shortest plain English name is not the one people use. */
const DISPLAY_NAME_OVERRIDES: Record<string, string> = { GB: 'United Kingdom' };

/**
 * The name a reader knows a country by: its shortest plain English name ("China", not "People's
 * Republic of China"; "United States", not "USA"), keyed by code.
 */
export function countryDisplayNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, code] of readEnglishNames()) {
    if (name.length <= 3 || /[,.]/.test(name)) continue;
    const known = names.get(code);
    if (known === undefined || name.length < known.length) names.set(code, name);
  }
  for (const [code, name] of Object.entries(DISPLAY_NAME_OVERRIDES)) names.set(code, name);
  return names;
}

/** The ISO alpha-2 code of a country name, or null when the name is unknown. */
export function countryCode(name: string): string | null {
  const trimmed = name.trim();
  if (/^[A-Z]{2}$/.test(trimmed)) return trimmed;
  return countryCodesByName().get(foldPlaceName(trimmed)) ?? null;
}
