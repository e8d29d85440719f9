import {
  AGENCY_CLASS_LABELS,
  ALLOCATION_LABELS,
  CONTACT_ROLE_LABELS,
  IDENTIFIER_KIND_LABELS,
  INTERVENTION_MODEL_LABELS,
  INTERVENTION_TYPE_LABELS,
  MASKING_LABELS,
  OBSERVATIONAL_MODEL_LABELS,
  PRIMARY_PURPOSE_LABELS,
  RESPONSIBLE_PARTY_TYPE_LABELS,
  TIME_PERSPECTIVE_LABELS,
} from '../../src/trial/labels';
import { plural } from '../../src/trial/count-text';
import type { Contact, Site, Trial } from '../../src/trial/trial-schema';
import { escapeHtml } from '../../src/lib/html-escape';
import { factsHtml, listHtml, proseHtml, sectionHtml } from './static-html';

/**
 * The static page's sections beside its tables and eligibility (static-page.ts): the same content
 * the explorer's sections show, as plain HTML under the same headings (page-sections.ts).
 */

const labelled = <Code extends string>(code: Code | null, labels: Record<Code, string>) =>
  code === null ? null : labels[code];

export function summaryHtml(trial: Trial): string {
  return sectionHtml(
    'summary',
    'Summary',
    [
      proseHtml(trial.briefSummary, 'No summary provided'),
      trial.detailedDescription === null ? '' : '<h3>Detailed description</h3>',
      trial.detailedDescription === null ? '' : proseHtml(trial.detailedDescription, ''),
      '<h3>Conditions</h3>',
      listHtml(trial.conditions, 'None listed'),
      '<h3>Keywords</h3>',
      listHtml(trial.keywords, 'None listed'),
    ].join('\n'),
  );
}

export function designHtml(trial: Trial): string {
  const { design } = trial;
  return sectionHtml(
    'design',
    'Study design',
    factsHtml([
      ['Allocation', labelled(design.allocation, ALLOCATION_LABELS)],
      ['Intervention model', labelled(design.interventionModel, INTERVENTION_MODEL_LABELS)],
      ['Model description', design.interventionModelDescription],
      ['Primary purpose', labelled(design.primaryPurpose, PRIMARY_PURPOSE_LABELS)],
      ['Masking', labelled(design.masking, MASKING_LABELS)],
      ['Observational model', labelled(design.observationalModel, OBSERVATIONAL_MODEL_LABELS)],
      ['Time perspective', labelled(design.timePerspective, TIME_PERSPECTIVE_LABELS)],
    ]),
  );
}

export function interventionsHtml(trial: Trial): string {
  const items = trial.interventions.map((i) =>
    [i.name, i.type && `(${INTERVENTION_TYPE_LABELS[i.type]})`, i.description]
      .filter((part) => part !== null && part !== '')
      .join(' '),
  );
  return sectionHtml('interventions', 'Interventions', listHtml(items, 'None listed'));
}

export function sponsorsHtml(trial: Trial): string {
  const { lead, collaborators, responsibleParty } = trial.sponsor;
  const organization = (o: NonNullable<typeof lead>) =>
    o.class === null ? o.name : `${o.name} (${AGENCY_CLASS_LABELS[o.class]})`;
  return sectionHtml(
    'sponsors',
    'Sponsors',
    [
      factsHtml([
        ['Lead sponsor', lead && organization(lead)],
        [
          'Responsible party',
          responsibleParty && labelled(responsibleParty.type, RESPONSIBLE_PARTY_TYPE_LABELS),
        ],
      ]),
      '<h3>Collaborators</h3>',
      listHtml(collaborators.map(organization), 'None listed'),
    ].join('\n'),
  );
}

/**
 * The map box: the explorer's own picture (copied from its prerendered page, map-picture-tag.ts)
 * and a line saying how many sites it shows; no picture when the build has none.
 */
export function mapHtml(trial: Trial, pictureTag: string | null): string {
  const onMap = trial.sites.filter((site) => site.location !== null).length;
  return sectionHtml(
    'sites-map',
    'Sites map',
    `${pictureTag ?? ''}\n<p>${escapeHtml(`${plural(onMap, 'site')} on the map`)}</p>`,
  );
}

export function countriesHtml(trial: Trial): string {
  const counts = new Map<string | null, number>();
  for (const site of trial.sites) counts.set(site.country, (counts.get(site.country) ?? 0) + 1);
  const lines = trial.countries.map((country) => {
    const count = counts.get(country) ?? 0;
    return count === 0 ? country : `${country}: ${plural(count, 'site')}`;
  });
  return sectionHtml('countries', 'Countries', listHtml(lines, 'No countries listed'));
}

/** A contact's name, role, phone and e-mail, the e-mail as a link. */
function contactHtml(contact: Contact): string {
  const parts = [
    contact.person?.asPublished ?? null,
    contact.role && CONTACT_ROLE_LABELS[contact.role],
    contact.phone && `${contact.phone}${contact.phoneExt ? ` ext. ${contact.phoneExt}` : ''}`,
  ].filter((part): part is string => part !== null && part !== '');
  const email = contact.email
    ? ` <a href="mailto:${escapeHtml(contact.email)}">${escapeHtml(contact.email)}</a>`
    : '';
  return `<li>${escapeHtml(parts.join(', '))}${email}</li>`;
}

const contactsHtml = (contacts: readonly Contact[], empty: string) =>
  contacts.length === 0
    ? `<p class="missing">${escapeHtml(empty)}</p>`
    : `<ul>\n${contacts.map(contactHtml).join('\n')}\n</ul>`;

export function centralContactsHtml(trial: Trial): string {
  return sectionHtml(
    'central-contacts',
    'Central contacts',
    contactsHtml(trial.centralContacts, 'None listed'),
  );
}

/** As the explorer (LIST_ALL_SITES_UP_TO): every site's contacts; above 50 sites, by country, closed. */
const LIST_ALL_SITES_UP_TO = 50;

function siteContactsHtml(sites: readonly Site[]): string {
  return sites
    .map(
      (site) =>
        `<h3>${escapeHtml(site.facility ?? 'Facility not named')}</h3>\n${contactsHtml(site.contacts, 'No contacts listed')}`,
    )
    .join('\n');
}

export function facilityContactsHtml(trial: Trial): string {
  const { sites } = trial;
  let body: string;
  if (sites.length === 0) body = '<p class="missing">No sites listed</p>';
  else if (sites.length <= LIST_ALL_SITES_UP_TO) body = siteContactsHtml(sites);
  else {
    const byCountry = new Map<string, Site[]>();
    for (const site of sites) {
      const country = site.country ?? 'Country not given';
      const group = byCountry.get(country);
      if (group) group.push(site);
      else byCountry.set(country, [site]);
    }
    body = [...byCountry]
      .map(
        ([country, group]) =>
          `<details><summary>${escapeHtml(`${country} (${plural(group.length, 'site')})`)}</summary>\n${siteContactsHtml(group)}\n</details>`,
      )
      .join('\n');
  }
  return sectionHtml('facility-contacts', 'Facility contacts', body);
}

export function identifiersHtml(trial: Trial): string {
  const identifiers = trial.identifiers.map((i) =>
    [i.id, i.kind && `(${IDENTIFIER_KIND_LABELS[i.kind]})`, i.domain].filter(Boolean).join(' '),
  );
  const links = trial.links.map((link) => (link.label ? `${link.label}: ${link.url}` : link.url));
  return sectionHtml(
    'identifiers',
    'Identifiers and links',
    [
      factsHtml([['NCT id', trial.nctId]]),
      '<h3>Other identifiers</h3>',
      listHtml(identifiers, 'None listed'),
      '<h3>References</h3>',
      listHtml(
        trial.references.map((r) => r.citation),
        'None listed',
      ),
      '<h3>Links</h3>',
      listHtml(links, 'None listed'),
    ].join('\n'),
  );
}

/** The results' heading and whether the record has them (the explorer fetches them when opened). */
export function resultsHtml(trial: Trial): string {
  return sectionHtml(
    'results',
    'Results',
    `<p>${trial.hasResults ? 'Results are posted for this study.' : 'No results posted.'}</p>`,
  );
}
