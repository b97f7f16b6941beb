'use client';

import 'leaflet/dist/leaflet.css';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { textElement } from '@/components/map/text-element';
import type { MapLine, MapPoint } from './place-map';

const SIDE_COLOUR = { BY: '#b3261e', CN: '#2563b0' } as const;

/** Rings crossing the antimeridian (Russia, Fiji) draw a stripe across the map: shift them east. */
function unwrapRing(ring: Position[]): Position[] {
  const lons = ring.map((p) => p[0]);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
  return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
}

function unwrap(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(unwrapRing)) };
  return geometry;
}

let outlines: FeatureCollection | undefined;
function countryOutlines(): FeatureCollection {
  if (!outlines) {
    const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection;
    outlines = { ...collection, features: collection.features.map((f: Feature) => ({ ...f, geometry: unwrap(f.geometry) })) };
  }
  return outlines;
}

/** The Leaflet map itself: country outlines from world-atlas (no tiles), points and arcs. */
export default function PlaceMapLeaflet({ points, lines, label }: { points: MapPoint[]; lines: MapLine[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, {
      attributionControl: false,
      // A picture (role=img): nothing inside it may take focus, so no zoom buttons and no
      // keyboard handler (which would make the container a tab stop). Drag still works.
      zoomControl: false,
      keyboard: false,
      scrollWheelZoom: false,
      zoomSnap: 0.25,
      worldCopyJump: false,
    });
    // Vector layers need the map's view: set it before adding anything.
    const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]));
    if (points.length === 1) map.setView([points[0].lat, points[0].lon], 5);
    else if (bounds.isValid()) map.fitBounds(bounds, { padding: [48, 48], maxZoom: 6 });
    else map.setView([45, 70], 2);
    L.geoJSON(countryOutlines(), {
      style: (f) => {
        const id = String(f?.id ?? '');
        const highlight = id === '112' ? '#f6dedb' : id === '156' ? '#dde7f6' : '#f4f4f2';
        return { color: '#b9bcc4', weight: 0.6, fillColor: highlight, fillOpacity: 1 };
      },
      interactive: false,
    }).addTo(map);
    for (const line of lines) {
      L.polyline(line.map((p) => [p.lat, p.lon] as [number, number]), { color: '#5b6170', weight: 1.5, dashArray: '4 4' }).addTo(map);
    }
    for (const point of points) {
      L.circleMarker([point.lat, point.lon], { radius: 6, color: '#fff', weight: 2, fillColor: SIDE_COLOUR[point.side], fillOpacity: 1 })
        .addTo(map)
        .bindTooltip(textElement('span', point.label), { direction: 'top', offset: [0, -6], permanent: points.length <= 2 });
    }
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      map.remove();
    };
  }, [points, lines]);

  return <div ref={container} role="img" aria-label={label} className="h-64 w-full overflow-hidden rounded-lg border border-line sm:h-72" style={{ background: '#eef3f8' }} />;
}
