'use client';
import './coordinate-map.css';
import { useMemo } from 'react';
import { CircleMarker, GeoJSON, MapContainer, useMapEvents } from 'react-leaflet';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import countries from 'world-atlas/countries-110m.json';

const VIEW: Record<'BY' | 'CN', { center: [number, number]; zoom: number }> = {
  BY: { center: [53.7, 28.0], zoom: 5 },
  CN: { center: [35.0, 104.0], zoom: 3 },
};

/** Country outlines from world-atlas (no tiles: nothing is fetched). */
function useCountries(): FeatureCollection {
  return useMemo(() => {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection;
    // Shift rings that cross the antimeridian so they do not draw stripes.
    for (const f of collection.features) {
      const geometry = f.geometry;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
      for (const polygon of polygons) {
        for (const ring of polygon) {
          const lons = ring.map((p) => p[0]!);
          if (Math.max(...lons) - Math.min(...lons) > 180) for (const p of ring) if (p[0]! < 0) p[0] = p[0]! + 360;
        }
      }
    }
    return collection;
  }, []);
}

function ClickToPick({ onPick }: { onPick: (lat: number, lon: number) => void }) {
  useMapEvents({ click: (event) => onPick(event.latlng.lat, event.latlng.lng) });
  return null;
}

export default function CoordinateMapLeaflet({
  country,
  lat,
  lon,
  onPick,
  label,
}: {
  country: 'BY' | 'CN';
  lat: number | null;
  lon: number | null;
  onPick: (lat: number, lon: number) => void;
  label: string;
}) {
  const outlines = useCountries();
  const view = VIEW[country];
  return (
    <MapContainer
      center={lat !== null && lon !== null ? [lat, lon] : view.center}
      zoom={view.zoom}
      className="h-56 w-full rounded-md border border-line bg-cn-soft"
      attributionControl={false}
      worldCopyJump={false}
      aria-label={label}
    >
      <GeoJSON
        data={outlines}
        style={(f) => ({
          color: '#94a3b8',
          weight: 0.8,
          fillColor: (f?.id === '112' && country === 'BY') || (f?.id === '156' && country === 'CN') ? '#fef3c7' : '#ffffff',
          fillOpacity: 1,
        })}
      />
      <ClickToPick onPick={onPick} />
      {lat !== null && lon !== null && (
        <CircleMarker center={[lat, lon]} radius={7} pathOptions={{ color: '#b91c1c', fillColor: '#ef4444', fillOpacity: 0.9 }} />
      )}
    </MapContainer>
  );
}
