import { describe, expect, it } from 'vitest';
import { makeOfficial, makeSite, makeTrial } from '../../src/test-support/make-trial';
import { staticTrialPage } from './static-page';
import { tableHtml } from './static-tables';

const HOSTILE = `<img src=x onerror="alert('x')"> & Co`;
const ESCAPED = '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; Co';

describe('staticTrialPage', () => {
  it('shows the header facts, the three tables with every row, and eligibility, without any script', () => {
    const trial = makeTrial();
    const html = staticTrialPage(trial);
    expect(html).toContain('<h1>');
    expect(html).toContain('<dd>NCT01573923</dd>');
    expect(html).toContain('<caption>Study groups (2)</caption>');
    expect(html).toContain('<caption>Investigators (9)</caption>');
    expect(html).toContain('<caption>Sites (6)</caption>');
    expect(html.match(/<tr><td/g)).toHaveLength(2 + 9 + 6);
    expect(html).toContain('<h3>Inclusion criteria</h3>');
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
  });

  it('escapes every value taken from the record', () => {
    const trial = makeTrial({
      briefTitle: HOSTILE,
      sites: [makeSite({ facility: HOSTILE, city: HOSTILE, notOnMapReason: null })],
      officials: [makeOfficial({ affiliation: HOSTILE })],
    });
    const html = staticTrialPage(trial);
    expect(html).not.toContain('<img');
    expect(html).toContain(`<h1>${ESCAPED}</h1>`);
    expect(html).toContain(`<td>${ESCAPED}</td>`);
  });

  it('says a missing value in words', () => {
    const trial = makeTrial({
      sites: [
        makeSite({ facility: null, status: null, location: null, notOnMapReason: 'no city' }),
      ],
    });
    const html = staticTrialPage(trial);
    expect(html).toContain('<td class="missing">Facility not named</td>');
    expect(html).toContain('<td class="missing">Status not given</td>');
    expect(html).toContain('<td>Not on map: no city</td>');
  });
});

describe('tableHtml', () => {
  it('escapes the caption and the headers too', () => {
    expect(tableHtml('A & B', ['<x>'], [['1']])).toBe(
      '<table>\n<caption>A &amp; B</caption>\n<thead><tr><th scope="col">&lt;x&gt;</th></tr></thead>\n<tbody>\n<tr><td>1</td></tr>\n</tbody>\n</table>',
    );
  });
});
