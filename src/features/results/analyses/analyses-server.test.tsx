import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  readOutcomeMeasures,
  recordOutcomeModule,
} from '@/trial/results/outcome-measures.test-support';
import { OutcomeAnalyses } from './outcome-analyses';
import { PrimaryAnalysesOverview } from './primary-analyses-overview';

const sample = readOutcomeMeasures(recordOutcomeModule('NCT02552212')).measures;

describe('the analyses in Node (the prerender)', () => {
  it('render without a DOM, the plots at the default width', () => {
    const html = renderToString(
      <>
        <PrimaryAnalysesOverview outcomes={sample.outcomeMeasures} />
        {sample.outcomeMeasures.map((outcome) => (
          <OutcomeAnalyses key={outcome.id} outcome={outcome} />
        ))}
      </>,
    );
    expect(html.match(/role="img"/g)).toHaveLength(13);
    expect(html).toContain('width="640"');
    expect(html).toContain('<dd>=0.247</dd>');
    expect(html).not.toContain('style=');
  });
});
