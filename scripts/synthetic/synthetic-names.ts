import type { Random } from './prng';

/** Word lists for synthetic people and facilities (ASCII, so e-mail addresses stay simple). */

const FIRST_NAMES = (
  'Maria James Wei Aiko Olga Ahmed Sofia Lukas Priya Mateo Chloe Kenji Fatima Noah Elena Omar ' +
  'Ingrid Rafael Mei Daniel Amara Pierre Yuki Hannah Ivan Lucia Tomas Sara Arjun Nadia Felix ' +
  'Grace Hugo Leila Marco Anna Jonas Camila Ravi Emma'
).split(' ');

const LAST_NAMES = (
  'Rossi Smith Zhang Tanaka Ivanova Hassan Garcia Muller Sharma Lopez Martin Sato Khan Johnson ' +
  'Popescu Silva Nielsen Kim Chen Kowalski Dubois Novak Jensen Moreau Costa Fischer Yilmaz ' +
  'Andersson Nguyen Cohen Papadopoulos Horvath Bianchi Wilson Okafor Suzuki Petrov Lindqvist ' +
  'Fernandes Schmidt Park'
).split(' ');

const DEGREE_SETS = ['MD', 'MD, PhD', 'PhD', 'MBBS', 'MD, MPH', 'DO', 'MD, MSc', ''];

export interface SyntheticPerson {
  first: string;
  last: string;
  /** "Maria Rossi, MD, PhD" (degrees after commas, as CT.gov records write them). */
  published: string;
}

/**
 * A person with a random name and (usually) degrees. `withInitial` adds a middle initial
 * ("Maria K. Rossi"): facility contacts have one, officials not, so an official is a site's
 * contact only where the generator puts them, not by a chance clash of common names.
 */
export function randomPerson(random: Random, withInitial = false): SyntheticPerson {
  const given = random.pick(FIRST_NAMES);
  const first = withInitial ? `${given} ${String.fromCharCode(65 + random.int(26))}.` : given;
  const last = random.pick(LAST_NAMES);
  const degrees = random.pick(DEGREE_SETS);
  return { first, last, published: degrees ? `${first} ${last}, ${degrees}` : `${first} ${last}` };
}

/** "Department of Oncology": what a facility name gets when one city has many sites. */
const DEPARTMENTS = (
  'Oncology|Cardiology|Hepatology|Neurology|Internal Medicine|Haematology|Radiotherapy|' +
  'Gastroenterology|Endocrinology|Pulmonology|Nephrology|Rheumatology'
).split('|');

const FACILITY_TEMPLATES = [
  '{c} University Hospital',
  '{c} General Hospital',
  '{c} Cancer Centre',
  '{c} Medical Center',
  "{c} Children's Hospital",
  "St. Mary's Hospital {c}",
  '{c} Heart Institute',
  '{c} Regional Oncology Institute',
  '{c} Clinical Research Unit',
  'Royal {c} Infirmary',
  '{c} Memorial Hospital',
  "{c} Women's Hospital",
  '{c} Teaching Hospital',
  '{c} Neurology Clinic',
  '{c} Diabetes Centre',
  '{c} Lung Institute',
  'Sacred Heart Hospital {c}',
  '{c} Kidney Centre',
  '{c} Research Hospital',
  '{c} Health Sciences Centre',
];

/**
 * The name of the n-th facility (0-based) in a city: 20 kinds of hospital, then the same
 * with a department, then numbered sites; distinct within a city.
 */
export function facilityName(city: string, nth: number): string {
  const base = (FACILITY_TEMPLATES[nth % FACILITY_TEMPLATES.length] ?? '{c} Hospital').replace(
    '{c}',
    city,
  );
  const round = Math.floor(nth / FACILITY_TEMPLATES.length);
  if (round === 0) return base;
  if (round <= DEPARTMENTS.length) return `${base}, Department of ${DEPARTMENTS[round - 1] ?? ''}`;
  return `${base}, Research Site ${nth + 1}`;
}

/** Towns that exist nowhere: the gazetteer cannot locate them. */
export const INVENTED_TOWNS = ['Synthville', 'Fakeburg Heights', 'Nullford Vale', 'Mockhaven'];
