import { describe, expect, it } from 'vitest';
import { renderTrialPage } from '../../src/entry-server';
import { makeOfficial, makeSite, makeTrial } from '../../src/test-support/make-trial';
import { TRIAL_SCHEMA_VERSION } from '../../src/trial/trial-format';
import type { Catalog, Trial } from '../../src/trial/trial-schema';
import { PAGE_SECTIONS } from './page-sections';
import { staticTrialPage as staticPageWith } from './static-page';
import { tableHtml } from './static-tables';

const PICTURE = '<img class="map-picture" src="/trials/NCT01573923/map.svg" alt="Map of 6 sites">';
const staticTrialPage = (trial: Trial) => staticPageWith(trial, PICTURE);

/** The h2 headings of a page's main, dialogs (closed, not laid out) left out. */
function mainHeadings(html: string): string[] {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return [
    ...main.replace(/<dialog[\s\S]*?<\/dialog>/g, '').matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g),
  ].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, '').trim());
}

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

  it("has the explorer's sections under its headings, in its order: what painted waits for", () => {
    const trial = makeTrial();
    const catalog: Catalog = {
      schemaVersion: TRIAL_SCHEMA_VERSION,
      trials: [
        { nctId: trial.nctId, briefTitle: trial.briefTitle, overallStatus: null, siteCount: 6 },
      ],
    };
    const explorer = renderTrialPage({ path: `/trials/${trial.nctId}/`, catalog, trial });
    expect(mainHeadings(`<main>${explorer}</main>`)).toEqual(PAGE_SECTIONS);
    expect(mainHeadings(staticTrialPage(trial))).toEqual(PAGE_SECTIONS);
  });

  it("shows the explorer's map picture in its map section, and none when the build has none", () => {
    const trial = makeTrial();
    expect(staticTrialPage(trial)).toMatch(
      new RegExp(`<h2 id="sites-map">Sites map</h2>\\n${PICTURE}\\n<p>6 sites on the map</p>`),
    );
    expect(staticPageWith(trial, null)).not.toContain('<img');
  });

  it('escapes every value taken from the record', () => {
    const trial = makeTrial({
      briefTitle: HOSTILE,
      sites: [makeSite({ facility: HOSTILE, city: HOSTILE, notOnMapReason: null })],
      officials: [makeOfficial({ affiliation: HOSTILE })],
    });
    const html = staticPageWith(trial, null);
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
