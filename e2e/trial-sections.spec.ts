import type { Page } from '@playwright/test';
import { dataTable, definitionValue, trialHeader, underHeading } from './selectors';
import { expect, openTrial, test } from './fixtures';

function section(page: Page, name: string | RegExp) {
  return page.getByRole('region', { name });
}

test.beforeEach(async ({ page }) => {
  await openTrial(page);
});

test('the header gives title, id, status with its explanation, phase, type, enrollment, dates and results', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Safety and Efficacy Study of Umbilical Mesenchymal Stem Cells for Liver Cirrhosis',
  );
  const fact = (term: string) => definitionValue(trialHeader(page), term);
  await expect(fact('NCT ID')).toHaveText('NCT01573923');
  const status = fact('Recruitment status');
  await expect(status.getByText('Unknown status', { exact: true })).toBeVisible();
  await expect(status).toContainText(/completion date.*not been verified in more than two years/is);
  await expect(fact('Phase')).toHaveText('Phase 1/Phase 2 (code PHASE1/PHASE2)');
  await expect(fact('Phase').locator('data')).toHaveAttribute('title', 'Code: PHASE1/PHASE2');
  await expect(fact('Study type')).toHaveText('Interventional (code INTERVENTIONAL)');
  await expect(fact('Enrollment')).toHaveText('320 participants');
  await expect(fact('Study start')).toHaveText('July 31, 2014');
  await expect(fact('Primary completion')).toHaveText('Not provided');
  await expect(fact('Study completion')).toHaveText('October 31, 2015');
  await expect(fact('Last update posted')).toHaveText('April 14, 2015');
  await expect(fact('Results')).toHaveText('No results posted.');
});

test('summary, conditions and design show the record’s values', async ({ page }) => {
  const summary = section(page, 'Summary');
  await expect(underHeading(summary, 'Brief summary')).toContainText(
    'organize four hospitals to determine the safety and efficacy',
  );
  await expect(underHeading(summary, 'Detailed description')).toHaveText('None provided');
  await expect(underHeading(summary, 'Conditions').getByRole('listitem')).toHaveText([
    'Liver Cirrhosis',
  ]);
  const design = (term: string) => definitionValue(section(page, 'Study design'), term);
  await expect(design('Allocation')).toHaveText('Non-randomized (code NON_RANDOMIZED)');
  await expect(design('Intervention model')).toHaveText('Parallel assignment (code PARALLEL)');
  await expect(design('Primary purpose')).toHaveText('Treatment (code TREATMENT)');
  await expect(design('Masking')).toHaveText('None (open label) (code NONE)');
});

test('study groups and interventions show arms, types, descriptions and what each arm receives', async ({
  page,
}) => {
  const groups = dataTable(page, 'Study groups');
  await expect(groups.locator('tbody tr')).toHaveCount(2);
  await expect(
    groups.getByRole('row', { name: /Conventional therapy.*Sham comparator/ }),
  ).toBeVisible();
  await expect(
    groups.getByRole('row', { name: /mesenchymal stem cells.*Active comparator/ }),
  ).toContainText('4x107/40ml, once per three months, four times in one year');
  await expect(
    groups
      .getByRole('row', { name: /Conventional therapy.*Sham comparator/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('Conventional therapy (Biological (code BIOLOGICAL))');
  const interventions = section(page, 'Interventions');
  const intervention = (name: string, term: string) =>
    definitionValue(
      interventions
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name, exact: true }) }),
      term,
    );
  await expect(intervention('mesenchymal stem cells', 'Type')).toHaveText(
    'Biological (code BIOLOGICAL)',
  );
  await expect(intervention('mesenchymal stem cells', 'Description')).toHaveText(
    'Conventional therapy plus UC-MSC intravenous administration (4x107/40ml, once per three months, four times in one year)',
  );
  await expect(intervention('Conventional therapy', 'Description')).toHaveText(
    'Conventional therapy without cell therapy',
  );
});

test('eligibility lists inclusion and exclusion criteria with age, sex and volunteers', async ({
  page,
}) => {
  const eligibility = section(page, 'Eligibility');
  const inclusion = eligibility.getByRole('list', { name: /inclusion/i });
  const exclusion = eligibility.getByRole('list', { name: /exclusion/i });
  await expect(inclusion.getByRole('listitem')).toHaveCount(5);
  await expect(exclusion.getByRole('listitem')).toHaveCount(9);
  await expect(inclusion).toContainText('child-Pugh B/C (7-12 points)');
  await expect(exclusion).toContainText('patient with HIV');
  await expect(definitionValue(eligibility, 'Ages')).toHaveText('30 Years to 60 Years');
  await expect(definitionValue(eligibility, 'Sex')).toHaveText('All (code ALL)');
  await expect(definitionValue(eligibility, 'Accepts healthy volunteers')).toHaveText('No');
});

test('sponsor, investigators and sites show the record’s people and places, oddities kept', async ({
  page,
}) => {
  const sponsors = section(page, 'Sponsors');
  await expect(underHeading(sponsors, 'Lead sponsor')).toHaveText(
    'Alliancells Bioscience Corporation Limited (Industry (code INDUSTRY))',
  );
  await expect(underHeading(sponsors, 'Collaborators')).toHaveText('None listed');
  await expect(definitionValue(sponsors, 'Type')).toHaveText('Sponsor (code SPONSOR)');

  const investigators = dataTable(page, 'Investigators');
  await expect(investigators.locator('tbody tr')).toHaveCount(9);
  const pei = investigators.getByRole('row', { name: /Xuetao Pei/ });
  await expect(pei).toContainText('MD, PhD');
  await expect(pei).toContainText('Study chair');
  await expect(pei).toContainText('No matching site');
  await expect(investigators.getByRole('row', { name: /Liming Chen/ })).toContainText(
    'ongji Hospital of Tongji University',
  );
  await expect(
    investigators.getByRole('row', { name: /Liming Chen/ }).getByRole('button'),
  ).toHaveText('Shanghai');

  const sites = dataTable(page, 'Sites');
  await expect(sites.locator('tbody tr')).toHaveCount(6);
  const xian = sites.getByRole('row', { name: /323 Hospital/ });
  await expect(xian).toContainText('Xi’an');
  await expect(xian).toContainText('Shanxi');
  await expect(xian).toContainText('Recruiting');
  await expect(xian).toContainText('Approximate: city centre');
  await expect(section(page, 'Countries').getByRole('listitem')).toHaveText(['China: 6 sites']);
});

test('central and facility contacts: phones as links, facility contacts with their site', async ({
  page,
}) => {
  const central = section(page, 'Central contacts');
  const centralPhone = (name: string) =>
    definitionValue(central.getByRole('listitem').filter({ hasText: name }), 'Phone').getByRole(
      'link',
    );
  await expect(centralPhone('Xuetao Pei, MD, PhD')).toHaveText('86-10-68214650');
  await expect(centralPhone('Xuetao Pei, MD, PhD')).toHaveAttribute('href', 'tel:861068214650');
  await expect(centralPhone('Haijie Ji, MD')).toHaveText('86-10-63188853');

  const facility = section(page, 'Facility contacts');
  const xian = facility
    .getByRole('listitem')
    .filter({ hasText: "The 323 Hospital of Chinese People's Liberation Army" });
  await expect(xian).toContainText('Liming Wang');
  await expect(definitionValue(xian, 'Phone')).toHaveText('86-29-84756502');
  await expect(facility.getByRole('listitem').filter({ hasText: 'Lanzhou' })).toContainText(
    'Xun Li',
  );
  await expect(
    facility.getByRole('listitem').filter({ hasText: 'The 302 Hospital' }),
  ).toContainText('No contact listed');
});

test('identifiers and related trials, linked to ClinicalTrials.gov in a new tab', async ({
  page,
}) => {
  const identifiers = section(page, /Identifiers/);
  await expect(underHeading(identifiers, 'Other identifiers').getByRole('listitem')).toHaveText([
    "Alliancells-2012-1 — Organization's study ID (code ORG_STUDY_ID)",
  ]);
  const related = identifiers.getByRole('link', {
    name: /Mesenchymal Stem Cell Therapy for Liver Cirrhosis/,
  });
  await expect(related).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT03626090');
  await expect(related).toHaveAttribute('target', '_blank');
  await expect(related).toHaveAttribute('rel', 'noopener noreferrer');
});
