import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { recordList } from './ctgov-fields';
import { dropPathFor, salvageParse } from './salvage-parse';

const schema = z.object({
  id: z.string().regex(/^N\d+$/),
  title: z.string().optional(),
  place: z
    .object({
      name: z.string(),
      point: z.object({ lat: z.number().max(90), lon: z.number() }).optional(),
    })
    .optional(),
  items: recordList(
    z.object({ label: z.string(), kind: z.enum(['A', 'B']).optional() }),
  ).optional(),
});

describe('dropPathFor', () => {
  it('drops an optional value itself, else the nearest optional object or list item around it', () => {
    expect(dropPathFor(schema, ['title'])).toEqual(['title']);
    expect(dropPathFor(schema, ['place', 'point', 'lat'])).toEqual(['place', 'point']);
    expect(dropPathFor(schema, ['place', 'name'])).toEqual(['place']);
    expect(dropPathFor(schema, ['items', 2, 'label'])).toEqual(['items', 2]);
    expect(dropPathFor(schema, ['items', 2, 'kind'])).toEqual(['items', 2, 'kind']);
  });

  it('has nothing to drop for a fault only the whole record encloses', () => {
    expect(dropPathFor(schema, ['id'])).toBeNull();
    expect(dropPathFor(schema, [])).toBeNull();
  });
});

describe('salvageParse', () => {
  it('returns valid input as parsed, with no problems', () => {
    expect(salvageParse(schema, { id: 'N1', title: 'T' })).toEqual({
      ok: true,
      data: { id: 'N1', title: 'T' },
      problems: [],
    });
  });

  it('leaves out each invalid value, reports it with its path, and keeps the rest', () => {
    const input = {
      id: 'N1',
      title: 7,
      place: { name: 'Lanzhou', point: { lat: 912, lon: 103 } },
      items: [{ label: 'a', kind: 'C' }, { label: 5 }, { label: 'c' }],
    };
    const result = salvageParse(schema, input);
    expect(result).toEqual({
      ok: true,
      data: {
        id: 'N1',
        place: { name: 'Lanzhou' },
        // The invalid second item leaves a hole: the third keeps its record position.
        items: [{ label: 'a' }, undefined, { label: 'c' }],
      },
      problems: [
        { path: 'title', message: 'expected a string, got 7' },
        { path: 'place.point.lat', message: 'Too big: expected number to be <=90, got 912' },
        { path: 'items[0].kind', message: 'expected one of A, B; got "C"' },
        { path: 'items[1].label', message: 'expected a string, got 5' },
      ],
    });
    // The caller's value is not changed.
    expect(input.title).toBe(7);
    expect(input.items).toHaveLength(3);
  });

  it('refuses the whole input when a fault cannot be left out, with every such fault', () => {
    expect(salvageParse(schema, { title: 'T' })).toEqual({
      ok: false,
      problems: [{ path: 'id', message: 'required, but missing (expected a string)' }],
    });
    expect(salvageParse(schema, 'text')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'expected an object, got "text"' }],
    });
  });

  it('treats a null list item like any invalid item', () => {
    const result = salvageParse(schema, { id: 'N2', items: [null, { label: 'b' }] });
    expect(result).toMatchObject({ ok: true, data: { items: [undefined, { label: 'b' }] } });
  });
});
