import { axeViolations } from './axe';
import { expect, openTrial, test } from './fixtures';
import { eligibilityAnswers, eligibilityCheckButton } from './selectors';

test('the quick check answers NCT01573923’s limits for ages 29, 45 and 61 and for each sex', async ({
  page,
}) => {
  const requests: { url: string; method: string; body: string | null }[] = [];
  await openTrial(page);
  page.on('request', (request) =>
    requests.push({ url: request.url(), method: request.method(), body: request.postData() }),
  );
  const before = page.url();
  await eligibilityCheckButton(page).click();
  const age = page.getByRole('textbox', { name: 'Your age (years)' });
  await expect(age).toBeFocused();
  await expect(page.getByText(/^Only the study team decides who can take part/)).toBeVisible();

  const ageAnswer = eligibilityAnswers(page).filter({ hasText: /^\S+ Age / });
  for (const [value, text] of [
    ['29', 'Age 29: under the minimum age (30 to 60 years)'],
    ['45', 'Age 45: within 30 to 60 years'],
    ['61', 'Age 61: over the maximum age (30 to 60 years)'],
  ] as const) {
    await age.fill(value);
    await expect(ageAnswer).toHaveText(new RegExp(`${text.replace(/[()]/g, '\\$&')}$`));
  }
  for (const sex of ['Female', 'Male']) {
    await page.getByRole('radio', { name: sex, exact: true }).check();
    await expect(eligibilityAnswers(page).filter({ hasText: 'Sex:' })).toHaveText(
      /Sex: all sexes may take part$/,
    );
  }
  await page
    .getByRole('group', { name: /healthy volunteer/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await expect(eligibilityAnswers(page).filter({ hasText: 'Healthy volunteers' })).toHaveText(
    /Healthy volunteers: not accepted; you said you are one$/,
  );
  // Nothing entered goes into the link, or into any request: what the page fetched meanwhile is
  // its own fixed files (the check's chunk; on a slow machine the map's code and data still
  // arriving), each a GET of a bundled file's address with no query and no body.
  expect(page.url()).toBe(before);
  expect(
    requests.filter(({ url, method, body }) => {
      const { pathname, search } = new URL(url);
      return (
        method !== 'GET' || body !== null || search !== '' || !/^\/(assets|data)\//.test(pathname)
      );
    }),
  ).toEqual([]);

  await page.getByRole('button', { name: 'Go through the criteria as a checklist' }).click();
  await page.getByRole('checkbox', { name: 'aged 30-60 years' }).check();
  await expect(page.getByRole('checkbox')).toHaveCount(14);
  expect(await axeViolations(page, { include: '#eligibility' })).toEqual([]);
});
