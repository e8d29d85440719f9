import type { z } from 'zod';
import type {
  ctgovContactSchema,
  ctgovLocationSchema,
} from '../../src/trial/ctgov-locations-schema';
import { slug } from '../../src/trial/text-fold';
import type { OverallStatus } from '../../src/trial/vocabulary';
import type { Random } from './prng';
import { SYNTHETIC_COUNTRIES } from './synthetic-countries';
import { facilityName, INVENTED_TOWNS, randomPerson } from './synthetic-names';
import type { SyntheticPlace } from './synthetic-places';

export type RawLocation = z.input<typeof ctgovLocationSchema>;
export type RawContact = z.input<typeof ctgovContactSchema>;

/** Site statuses and their shares; `null`: the record gives the site no status. */
const STATUS_WEIGHTS: readonly (readonly [OverallStatus | null, number])[] = [
  ['RECRUITING', 40],
  ['NOT_YET_RECRUITING', 14],
  ['ACTIVE_NOT_RECRUITING', 14],
  ['COMPLETED', 9],
  ['ENROLLING_BY_INVITATION', 3],
  ['WITHDRAWN', 5],
  ['TERMINATED', 3],
  ['SUSPENDED', 2],
  [null, 10],
];

/** Every 40th site (from the 18th) has no geoPoint but a real city: the gazetteer places it. */
export const GAZETTEER_SITE_EVERY = 40;
/** Every 250th site (from the 102nd) is in an invented town without a geoPoint: "not on map". */
export const INVENTED_TOWN_EVERY = 250;
/** Every 1000th site (from the 504th) gives no city and no geoPoint: "not on map". */
export const NO_CITY_EVERY = 1000;

function contact(random: Random, place: SyntheticPlace, facility: string): RawContact {
  const person = randomPerson(random, true);
  const phone = `+${place.country.dial} ${String(100 + random.int(900))} ${String(1000 + random.int(9000))}`;
  const email = `${slug(person.first)}.${slug(person.last)}@${slug(facility).slice(0, 40).replace(/-$/, '')}.example.org`;
  return {
    name: person.published,
    role: 'CONTACT',
    ...(random.chance(0.8) ? { phone } : {}),
    ...(random.chance(0.1) ? { phoneExt: String(100 + random.int(900)) } : {}),
    ...(random.chance(0.7) ? { email } : {}),
  };
}

/** Cities weighted like a flattened Zipf law: the biggest city of a country gets the most sites. */
function cityWeights(count: number): number[] {
  return Array.from({ length: count }, (_, rank) => (rank + 1) ** -0.7);
}

/**
 * `count` ClinicalTrials.gov locations spread over the synthetic countries (weighted) and their
 * cities (Zipf), several facilities per city point, mixed statuses, facility contacts (some
 * missing), and a few sites without a geoPoint (most locatable from city + country).
 */
export function generateLocations(
  count: number,
  places: ReadonlyMap<string, readonly SyntheticPlace[]>,
  random: Random,
): RawLocation[] {
  const countryWeights = SYNTHETIC_COUNTRIES.map((country) => country.weight);
  const weightsByIso = new Map(
    [...places].map(([iso, cities]) => [iso, cityWeights(cities.length)] as const),
  );
  const facilitiesPerCity = new Map<SyntheticPlace, number>();
  const statusWeights = STATUS_WEIGHTS.map(([, weight]) => weight);
  const locations: RawLocation[] = [];
  for (let index = 0; index < count; index += 1) {
    const country = SYNTHETIC_COUNTRIES[random.weighted(countryWeights)];
    const cities = country ? (places.get(country.iso) ?? []) : [];
    const place = cities[random.weighted(country ? (weightsByIso.get(country.iso) ?? []) : [])];
    if (place === undefined) throw new Error('generateLocations: no places for a country');
    const status = STATUS_WEIGHTS[random.weighted(statusWeights)]?.[0] ?? null;
    const contactCount = random.weighted([3, 5, 2]);
    const statusPart = status === null ? {} : { status };
    const withContacts = (facility: string): { contacts?: RawContact[] } =>
      contactCount === 0
        ? {}
        : {
            contacts: Array.from({ length: contactCount }, () => contact(random, place, facility)),
          };

    if (index % INVENTED_TOWN_EVERY === 101) {
      const town = random.pick(INVENTED_TOWNS);
      const facility = `${town} Community Clinic`;
      locations.push({
        facility,
        ...statusPart,
        city: town,
        country: place.country.name,
        ...withContacts(facility),
      });
    } else if (index % NO_CITY_EVERY === 503) {
      const facility = `Mobile Research Unit ${String(index + 1)}`;
      locations.push({ facility, ...statusPart, country: place.country.name });
    } else {
      const nth = facilitiesPerCity.get(place) ?? 0;
      facilitiesPerCity.set(place, nth + 1);
      const facility = facilityName(place.city, nth);
      locations.push({
        facility,
        ...statusPart,
        city: place.city,
        ...(place.state === null ? {} : { state: place.state }),
        ...(place.country.iso === 'US' ? { zip: String(10000 + random.int(89999)) } : {}),
        country: place.country.name,
        ...withContacts(facility),
        ...(index % GAZETTEER_SITE_EVERY === 17
          ? {}
          : { geoPoint: { lat: place.lat, lon: place.lon } }),
      });
    }
  }
  return locations;
}
