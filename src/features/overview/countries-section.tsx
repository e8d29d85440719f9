import { Missing } from '@/components/missing';
import { Section } from '@/components/section';
import type { Trial } from '@/trial/trial-schema';
import { plural } from '@/trial/count-text';

interface CountryLine {
  country: string;
  /** "6 sites"; null when none of the listed sites is there. */
  siteCount: string | null;
}

/** "China: 6 sites": the record's countries, each with how many of the listed sites it has. */
export function countryLines({
  countries,
  sites,
}: Pick<Trial, 'countries' | 'sites'>): CountryLine[] {
  // Counted in one pass over the sites (not one pass per country).
  const counts = new Map<string | null, number>();
  for (const site of sites) counts.set(site.country, (counts.get(site.country) ?? 0) + 1);
  return countries.map((country) => {
    const count = counts.get(country) ?? 0;
    return { country, siteCount: count === 0 ? null : plural(count, 'site') };
  });
}

/** The countries where the study has at least one site. */
export function CountriesSection({ trial }: { trial: Pick<Trial, 'countries' | 'sites'> }) {
  const lines = countryLines(trial);
  return (
    <Section
      id="countries"
      recordModules={['contactsLocationsModule']}
      title="Countries"
      blurb="The countries where the study has, or had, at least one site."
    >
      {lines.length === 0 ? (
        <p>
          <Missing>No countries listed</Missing>
        </p>
      ) : (
        <ul>
          {lines.map(({ country, siteCount }, index) => (
            <li key={`${String(index)}-${country}`}>
              <bdi>{country}</bdi>
              {siteCount === null ? null : `: ${siteCount}`}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
