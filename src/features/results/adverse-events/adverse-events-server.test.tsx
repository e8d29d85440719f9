import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AdverseEventsPart } from './adverse-events-part';
import { sampleModule } from '@/test-support/sample-results';

describe('AdverseEventsPart in Node (the prerender)', () => {
  it('renders without a browser, the chart drawn at its default width', () => {
    const html = renderToString(
      <AdverseEventsPart adverseEvents={sampleModule('NCT02552212', 'adverseEvents')} />,
    );
    expect(html).toContain('<h3 id="results-adverse-events-heading">Adverse events</h3>');
    expect(html).toContain('viewBox="0 0 640 ');
    expect(html).toContain('Showing 36 of 36 serious events and 9 of 9 other events');
    expect(html).not.toContain('style=');
  });
});
