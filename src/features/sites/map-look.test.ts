import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARKER_EDGE, MARKER_RING, OCEAN_COLOR } from './map-look';

/** A stylesheet beside this file, with a line break first, so every rule starts after one. */
const stylesheet = (name: string) => `\n${readFileSync(new URL(name, import.meta.url), 'utf8')}`;
const mapBox = stylesheet('./map-box.css');
const markers = stylesheet('./sites-map.css');

/** The declarations of the first rule for exactly this selector. */
function rule(css: string, selector: string): string {
  const start = css.indexOf(`\n${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  return css.slice(start, css.indexOf('}', start));
}

describe('map look', () => {
  it('the live map draws the sea, marker rings and edges in the colours the map picture uses', () => {
    expect(rule(mapBox, '.sites-map,\n.map-picture,\n.sites-map.leaflet-container')).toContain(
      `background: ${OCEAN_COLOR};`,
    );
    expect(rule(markers, '.site-marker-dot')).toContain(`border: 2px solid ${MARKER_RING};`);
    expect(rule(markers, '.site-marker-dot')).toContain(`box-shadow: 0 0 0 1px ${MARKER_EDGE};`);
    expect(rule(markers, '.site-cluster-badge')).toContain(`background: ${MARKER_EDGE};`);
  });
});
