import type { Page } from '@playwright/test';
import { dataTable } from './selectors';
import { expect, openTrial, test } from './fixtures';

function section(page: Page, name: string | RegExp) {
  return page.getByRole('region', { name });
}

test.beforeEach(async ({ page }) => {
  await openTrial(page);
});

test('the header gives title, id, status with its explanation, phase, type, enrollment, dates and results', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Safety and Efficacy Study of Umbilical Mesenchymal Stem Cells for Liver Cirrhosis',
  );
  const header = page.locator('header.trial-header, .trial-header').first();
  await expect(header).toContainText('NCT01573923');
  await expect(header).toContainText('Unknown status');
  await expect(header).toContainText(/completion date.*not been verified in more than two years/is);
  await expect(header).toContainText('Phase 1/Phase 2');
  await expect(header).toContainText('Interventional');
  await expect(header).toContainText('320 participants');
  await expect(header).toContainText('July 31, 2014');
  await expect(header).toContainText('October 31, 2015');
  await expect(header).toContainText('April 14, 2015');
  await expect(header).toContainText('No results posted');
  await expect(header.locator('data[value="PHASE1/PHASE2"]').first()).toHaveAttribute('title', 'Code: PHASE1/PHASE2');
});

test('summary, conditions and design show the record’s values', async ({ page }) => {
  const summary = section(page, 'Summary');
  await expect(summary).toContainText('organize four hospitals to determine the safety and efficacy');
  await expect(summary).toContainText('None provided');
  await expect(summary).toContainText('Liver Cirrhosis');
  const design = section(page, 'Study design');
  for (const value of ['Non-randomized', 'Parallel', 'Treatment', 'None (open label)']) {
    await expect(design).toContainText(value);
  }
});

test('study groups and interventions show arms, types, descriptions and what each arm receives', async ({ page }) => {
  const groups = dataTable(page, 'Study groups');
  await expect(groups.locator('tbody tr')).toHaveCount(2);
  await expect(groups.getByRole('row', { name: /Conventional therapy.*Sham comparator/ })).toBeVisible();
  await expect(groups.getByRole('row', { name: /mesenchymal stem cells.*Active comparator/ })).toContainText(
    '4x107/40ml, once per three months, four times in one year',
  );
  await expect(groups).toContainText('Biological');
  const interventions = section(page, 'Interventions');
  await expect(interventions).toContainText('Conventional therapy plus UC-MSC intravenous administration');
  await expect(interventions).toContainText('Conventional therapy without cell therapy');
});

test('eligibility lists inclusion and exclusion criteria with age, sex and volunteers', async ({ page }) => {
  const eligibility = section(page, 'Eligibility');
  const inclusion = eligibility.getByRole('list', { name: /inclusion/i });
  const exclusion = eligibility.getByRole('list', { name: /exclusion/i });
  await expect(inclusion.getByRole('listitem')).toHaveCount(5);
  await expect(exclusion.getByRole('listitem')).toHaveCount(9);
  await expect(inclusion).toContainText('child-Pugh B/C (7-12 points)');
  await expect(exclusion).toContainText('patient with HIV');
  await expect(eligibility).toContainText('30 Years');
  await expect(eligibility).toContainText('60 Years');
  await expect(eligibility).toContainText('All');
  await expect(eligibility).toContainText(/healthy volunteers\s*No/i);
});

test('sponsor, investigators and sites show the record’s people and places, oddities kept', async ({ page }) => {
  const sponsors = section(page, 'Sponsors');
  await expect(sponsors).toContainText('Alliancells Bioscience Corporation Limited');
  await expect(sponsors).toContainText('Industry');
  await expect(sponsors).toContainText('Sponsor');

  const investigators = dataTable(page, 'Investigators');
  await expect(investigators.locator('tbody tr')).toHaveCount(9);
  const pei = investigators.getByRole('row', { name: /Xuetao Pei/ });
  await expect(pei).toContainText('MD, PhD');
  await expect(pei).toContainText('Study chair');
  await expect(pei).toContainText('No matching site');
  await expect(investigators.getByRole('row', { name: /Liming Chen/ })).toContainText('ongji Hospital of Tongji University');
  await expect(investigators.getByRole('row', { name: /Liming Chen/ }).getByRole('button')).toHaveText('Shanghai');

  const sites = dataTable(page, 'Sites');
  await expect(sites.locator('tbody tr')).toHaveCount(6);
  const xian = sites.getByRole('row', { name: /323 Hospital/ });
  await expect(xian).toContainText('Xi’an');
  await expect(xian).toContainText('Shanxi');
  await expect(xian).toContainText('Recruiting');
  await expect(xian).toContainText('Approximate: city centre');
  await expect(section(page, 'Countries')).toContainText('China');
});

test('central and facility contacts: phones as links, facility contacts with their site', async ({ page }) => {
  const central = section(page, 'Central contacts');
  await expect(central).toContainText('Xuetao Pei');
  await expect(central.getByRole('link', { name: '86-10-68214650' })).toHaveAttribute('href', /^tel:/);
  await expect(central).toContainText('Haijie Ji');
  await expect(central.getByRole('link', { name: '86-10-63188853' })).toBeVisible();

  const facility = section(page, 'Facility contacts');
  const xian = facility.getByRole('listitem').filter({ hasText: "The 323 Hospital of Chinese People's Liberation Army" });
  await expect(xian).toContainText('Liming Wang');
  await expect(xian.getByRole('link', { name: '86-29-84756502' })).toBeVisible();
  await expect(facility.getByRole('listitem').filter({ hasText: 'Lanzhou' })).toContainText('Xun Li');
  await expect(facility.getByRole('listitem').filter({ hasText: 'The 302 Hospital' })).toContainText('No contact listed');
});

test('identifiers and related trials, linked to ClinicalTrials.gov in a new tab', async ({ page }) => {
  const identifiers = section(page, /Identifiers/);
  await expect(identifiers).toContainText('Alliancells-2012-1');
  await expect(identifiers).toContainText(/organization's study id/i);
  const related = identifiers.getByRole('link', { name: /Mesenchymal Stem Cell Therapy for Liver Cirrhosis/ });
  await expect(related).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT03626090');
  await expect(related).toHaveAttribute('target', '_blank');
  await expect(related).toHaveAttribute('rel', 'noopener noreferrer');
});
