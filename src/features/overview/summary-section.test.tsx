// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { SummarySection } from './summary-section';

afterEach(cleanup);

/** The element right after an h3, i.e. what the heading introduces. */
const after = (heading: string) =>
  screen.getByRole('heading', { level: 3, name: heading }).nextElementSibling;

describe('SummarySection', () => {
  it('is a "Summary" region with the brief summary and conditions of NCT01573923', () => {
    render(<SummarySection trial={makeTrial()} />);
    expect(screen.getByRole('region', { name: 'Summary' }).id).toBe('summary');
    expect(after('Brief summary')?.textContent).toMatch(/^Liver cirrhosis and subsequent/);
    const conditions = after('Conditions');
    expect(conditions?.tagName).toBe('UL');
    expect(conditions?.querySelectorAll('li')).toHaveLength(1);
    expect(conditions?.textContent).toBe('Liver Cirrhosis');
  });

  it('says "None provided" for a missing detailed description, "None listed" for no keywords', () => {
    render(<SummarySection trial={makeTrial()} />);
    expect(after('Detailed description')?.textContent).toBe('None provided');
    expect(after('Keywords')?.textContent).toBe('None listed');
  });

  it('shows a detailed description and keywords when published', () => {
    render(
      <SummarySection
        trial={makeTrial({
          detailedDescription: 'Background.\nMore background.',
          keywords: ['stem cells', 'cirrhosis'],
        })}
      />,
    );
    expect(after('Detailed description')?.textContent).toBe('Background.\nMore background.');
    expect(after('Keywords')?.querySelectorAll('li')).toHaveLength(2);
  });
});
