// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { EligibilitySection } from '../eligibility-section';

afterEach(cleanup);

async function openCheck() {
  const user = userEvent.setup();
  render(<EligibilitySection trial={makeTrial()} />);
  const opener = screen.getByRole('button', { name: 'Check the age and sex limits' });
  expect(opener.getAttribute('aria-expanded')).toBe('false');
  await user.click(opener);
  expect(opener.getAttribute('aria-expanded')).toBe('true');
  const age = await screen.findByRole('textbox', { name: 'Your age (years)' });
  return { user, age };
}
const answers = () =>
  within(screen.getByRole('list', { name: 'What the record’s limits say' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent.replace(/^\S+\s/, ''));

describe('EligibilityCheck', () => {
  it('opens focused on the age, and answers NCT01573923’s limits for ages 29, 45 and 61', async () => {
    const { user, age } = await openCheck();
    // Focused by an effect once the form is drawn: a moment after it is found on a loaded machine.
    await waitFor(() => expect(document.activeElement).toBe(age));
    expect(answers()).toEqual(['Sex: all sexes may take part', 'Healthy volunteers: not accepted']);
    await user.type(age, '29');
    expect(answers()[0]).toBe('Age 29: under the minimum age (30 to 60 years)');
    await user.clear(age);
    await user.type(age, '45');
    expect(answers()[0]).toBe('Age 45: within 30 to 60 years');
    await user.clear(age);
    await user.type(age, '61');
    expect(answers()[0]).toBe('Age 61: over the maximum age (30 to 60 years)');
    await user.clear(age);
    await user.type(age, '4x');
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter your age in whole years, from 0 to 130.')).toBeTruthy();
    expect(answers()[0]).toBe('Sex: all sexes may take part');
  });

  it('answers for each sex and for a healthy volunteer, and keeps all of it out of the URL', async () => {
    const before = window.location.href;
    const { user } = await openCheck();
    await user.click(screen.getByRole('radio', { name: 'Female' }));
    expect(answers()).toContain('Sex: all sexes may take part');
    await user.click(screen.getByRole('radio', { name: 'Male' }));
    expect(answers()).toContain('Sex: all sexes may take part');
    const volunteer = screen.getByRole('group', { name: /healthy volunteer/ });
    await user.click(within(volunteer).getByRole('radio', { name: 'Yes' }));
    expect(answers()).toContain('Healthy volunteers: not accepted; you said you are one');
    expect(window.location.href).toBe(before);
    expect(screen.getByText(/Only the study team decides who can take part/)).toBeTruthy();
  });

  it('turns the criteria into a checklist the reader can tick', async () => {
    const { user } = await openCheck();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    await user.click(
      screen.getByRole('button', { name: 'Go through the criteria as a checklist' }),
    );
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(14);
    await user.click(screen.getByRole('checkbox', { name: 'aged 30-60 years' }));
    expect(screen.getByRole('checkbox', { name: 'aged 30-60 years' })).toHaveProperty(
      'checked',
      true,
    );
  });
});
