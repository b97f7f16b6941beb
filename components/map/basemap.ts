import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapRing } from '@/lib/map/geometry';

const BELARUS = '112';
const CHINA = '156';
/** Countries outside this box are never in view at the map's zoom limits. */
const VIEW = { west: -30, east: 190, south: -20, north: 85 };

type Country = Feature<Polygon | MultiPolygon, { name: string }>;

function unwrap(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map((ring) => unwrapRing(ring as [number, number][])) };
  return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => unwrapRing(ring as [number, number][]))) };
}

function inView(geometry: Polygon | MultiPolygon): boolean {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.some((ring) => ring.some(([lon, lat]) => lon >= VIEW.west && lon <= VIEW.east && lat >= VIEW.south && lat <= VIEW.north));
}

/**
 * Natural Earth 1:110m country outlines (the 38 KB gzip file the small maps use; 1:50m was 225 KB on the home page's first load) shipped in `world-atlas` (no tile server):
 * Belarus and China filled in their colours, every other country faint. The
 * TopoJSON is a separate chunk, loaded with the map only.
 */
export async function loadBasemap(renderer: L.Renderer, withTiles: boolean): Promise<L.GeoJSON> {
  const topology = (await import('world-atlas/countries-110m.json')).default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const shapes: Country[] = countries.features
    .filter((country): country is Country => country.geometry?.type === 'Polygon' || country.geometry?.type === 'MultiPolygon')
    .filter((country) => inView(country.geometry))
    .map((country) => ({ ...country, geometry: unwrap(country.geometry) }));
  return L.geoJSON({ type: 'FeatureCollection', features: shapes } as FeatureCollection, {
    renderer,
    interactive: false,
    attribution: 'Outlines © <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
    style: (country) => {
      const id = String(country?.id ?? '');
      if (id === BELARUS) return { color: '#b45555', weight: 1.2, fillColor: '#f6dede', fillOpacity: withTiles ? 0.35 : 1 };
      if (id === CHINA) return { color: '#5a78b4', weight: 1.2, fillColor: '#dfe7f6', fillOpacity: withTiles ? 0.35 : 1 };
      return { color: '#cdd3db', weight: 0.6, fillColor: '#f7f8fa', fillOpacity: withTiles ? 0 : 1 };
    },
    // Passed on to every polygon (the typings omit it): draw on the basemap's own canvas.
  } as L.GeoJSONOptions & { renderer: L.Renderer });
}
