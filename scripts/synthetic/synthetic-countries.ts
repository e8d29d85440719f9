/**
 * The countries synthetic trials spread their sites over: ISO alpha-2 (to find cities in
 * GeoNames), the name as ClinicalTrials.gov spells it, a weight (share of sites), whether
 * records there usually give a state/province, and the phone country code.
 */
export interface SyntheticCountry {
  iso: string;
  name: string;
  weight: number;
  withState: boolean;
  dial: string;
}

function country(
  iso: string,
  name: string,
  weight: number,
  dial: string,
  withState = false,
): SyntheticCountry {
  return { iso, name, weight, withState, dial };
}

export const SYNTHETIC_COUNTRIES: readonly SyntheticCountry[] = [
  country('US', 'United States', 20, '1', true),
  country('CA', 'Canada', 5, '1', true),
  country('MX', 'Mexico', 2, '52'),
  country('BR', 'Brazil', 3, '55', true),
  country('AR', 'Argentina', 2, '54'),
  country('CL', 'Chile', 1, '56'),
  country('CO', 'Colombia', 1, '57'),
  country('PE', 'Peru', 1, '51'),
  country('GB', 'United Kingdom', 5, '44'),
  country('FR', 'France', 5, '33'),
  country('DE', 'Germany', 6, '49'),
  country('IT', 'Italy', 4, '39'),
  country('ES', 'Spain', 4, '34'),
  country('PT', 'Portugal', 1, '351'),
  country('NL', 'Netherlands', 2, '31'),
  country('BE', 'Belgium', 2, '32'),
  country('CH', 'Switzerland', 1, '41'),
  country('AT', 'Austria', 1, '43'),
  country('SE', 'Sweden', 1, '46'),
  country('NO', 'Norway', 1, '47'),
  country('DK', 'Denmark', 1, '45'),
  country('FI', 'Finland', 1, '358'),
  country('PL', 'Poland', 3, '48'),
  country('CZ', 'Czechia', 1, '420'),
  country('HU', 'Hungary', 1, '36'),
  country('RO', 'Romania', 1, '40'),
  country('GR', 'Greece', 1, '30'),
  country('TR', 'Turkey', 2, '90'),
  country('IL', 'Israel', 1, '972'),
  country('RU', 'Russian Federation', 2, '7'),
  country('UA', 'Ukraine', 1, '380'),
  country('CN', 'China', 6, '86', true),
  country('JP', 'Japan', 4, '81'),
  country('KR', 'Korea, Republic of', 3, '82'),
  country('TW', 'Taiwan', 1, '886'),
  country('IN', 'India', 2, '91', true),
  country('TH', 'Thailand', 1, '66'),
  country('AU', 'Australia', 3, '61', true),
  country('NZ', 'New Zealand', 1, '64'),
  country('ZA', 'South Africa', 1, '27'),
];
