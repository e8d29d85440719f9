/**
 * The bundled world-atlas TopoJSON, checked by hand before use: the shape topojson-client needs
 * (a Topology with a transform, arcs of [x, y] number pairs and a "countries" collection of
 * polygons). Plain checks, not a schema: they sit on the page's first load, and a loop over the
 * some 100,000 arc positions is an order of magnitude faster than a schema per position.
 */
type Pair = [number, number];

interface CountryPolygon {
  type: 'Polygon';
  arcs: number[][];
  id?: string;
}
interface CountryMultiPolygon {
  type: 'MultiPolygon';
  arcs: number[][][];
  id?: string;
}
export interface CountriesTopology {
  type: 'Topology';
  transform: { scale: Pair; translate: Pair };
  arcs: Pair[][];
  objects: {
    countries: { type: 'GeometryCollection'; geometries: (CountryPolygon | CountryMultiPolygon)[] };
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPair = (value: unknown): value is Pair =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number';

const isListOf =
  <T>(isItem: (item: unknown) => item is T) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(isItem);

const isNumber = (value: unknown): value is number => typeof value === 'number';
const isArcs = isListOf(isListOf(isPair));
const isRings = isListOf(isListOf(isNumber));
const isPolygons = isListOf(isRings);

function readGeometry(value: unknown): CountryPolygon | CountryMultiPolygon | null {
  if (!isRecord(value)) return null;
  const { type, arcs, id } = value;
  if (id !== undefined && typeof id !== 'string') return null;
  const named = id === undefined ? {} : { id };
  if (type === 'Polygon' && isRings(arcs)) return { type, arcs, ...named };
  if (type === 'MultiPolygon' && isPolygons(arcs)) return { type, arcs, ...named };
  return null;
}

/** The topology, or null when anything is not of that shape. */
export function readCountriesTopology(value: unknown): CountriesTopology | null {
  if (!isRecord(value) || value.type !== 'Topology' || !isArcs(value.arcs)) return null;
  const { transform, objects } = value;
  if (!isRecord(transform) || !isPair(transform.scale) || !isPair(transform.translate)) return null;
  const countries = isRecord(objects) ? objects.countries : undefined;
  if (!isRecord(countries) || countries.type !== 'GeometryCollection') return null;
  if (!Array.isArray(countries.geometries)) return null;
  const geometries: (CountryPolygon | CountryMultiPolygon)[] = [];
  for (const item of countries.geometries) {
    const geometry = readGeometry(item);
    if (geometry === null) return null;
    geometries.push(geometry);
  }
  return {
    type: 'Topology',
    transform: { scale: transform.scale, translate: transform.translate },
    arcs: value.arcs,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };
}
