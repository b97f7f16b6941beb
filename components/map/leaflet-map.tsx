'use client';

import L from 'leaflet';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { AttributionControl, MapContainer, TileLayer, useMap } from 'react-leaflet';
import { prefersReducedMotion } from '@/lib/a11y/motion';
import { publicEnv } from '@/lib/env-public';
import { formatList } from '@/lib/i18n/list-format';
import type { MapData } from '@/lib/map/types';
import { AtlasLayers, type AtlasLayerCallbacks } from './atlas-layers';
import { loadBasemap } from './basemap';
import './atlas-map.css';

export type LeafletMapProps = {
  data: MapData;
  selectedPairing?: string;
  selectedPlace?: string;
  onSelect: (selection: { pairing?: string; place?: string }) => void;
};

/** Belarus and China with room for the arcs between them. */
const INITIAL_BOUNDS = L.latLngBounds([18, 20], [58, 126]);
const TILE_URL = publicEnv.tileUrl;
const TILE_ATTRIBUTION = publicEnv.tileAttribution;

/** Leaflet reads the prefix as HTML, so the (translated) site name goes in escaped. */
export function attributionPrefix(siteName: string): string {
  return `${siteName} · Leaflet`.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function AtlasLayersBridge({ data, selectedPairing, selectedPlace, onSelect }: LeafletMapProps) {
  const map = useMap();
  const t = useTranslations();
  const locale = useLocale();
  const layers = useRef<AtlasLayers | null>(null);
  // Leaflet's handlers are bound once; they read the latest callbacks through this ref.
  const latest = useRef({ onSelect, t, locale });
  useEffect(() => {
    latest.current = { onSelect, t, locale };
  });

  useEffect(() => {
    const basemapRenderer = L.canvas({ pane: 'atlas-basemap' });
    const arcRenderer = L.canvas({ pane: 'atlas-arcs', tolerance: 6 });
    const callbacks: AtlasLayerCallbacks = {
      selectPairing: (pairing) => latest.current.onSelect({ pairing }),
      selectPlace: (place) => latest.current.onSelect({ place }),
      arcLabel: (arc, places) =>
        `${places[arc.by].name} – ${places[arc.cn].name} · ${latest.current.t(`stage.${arc.stage}`)}`,
      placeLabel: (place, pairings) =>
        latest.current.t('map.markerLabel', {
          name: place.original ? `${place.name} (${place.original})` : place.name,
          tier: place.tier,
          country: place.country,
          count: pairings,
        }),
      clusterLabel: (names, count) =>
        latest.current.t('map.clusterLabel', {
          count,
          names: formatList(names.slice(0, 6), latest.current.locale, latest.current.t('map.and')),
          more: Math.max(0, count - 6),
        }),
    };
    layers.current = new AtlasLayers(map, arcRenderer, callbacks);
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', latest.current.t('map.mapLabel'));
    container.setAttribute('aria-roledescription', latest.current.t('map.roleDescription'));
    let basemap: L.GeoJSON | null = null;
    let cancelled = false;
    loadBasemap(basemapRenderer, Boolean(TILE_URL)).then((layer) => {
      if (cancelled) return;
      basemap = layer.addTo(map);
    });
    // Wheel zoom only once the reader is using the map, so the page still scrolls past it.
    map.scrollWheelZoom.disable();
    const enableWheel = () => map.scrollWheelZoom.enable();
    const disableWheel = () => map.scrollWheelZoom.disable();
    map.on('focus click', enableWheel);
    map.on('blur mouseout', disableWheel);
    const resize = new ResizeObserver(() => map.invalidateSize());
    resize.observe(map.getContainer());
    return () => {
      cancelled = true;
      resize.disconnect();
      map.off('focus click', enableWheel);
      map.off('blur mouseout', disableWheel);
      basemap?.remove();
    };
  }, [map]);

  useEffect(() => {
    layers.current?.setData(data, map.getContainer());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the same filters give the same data: redraw only on a new key
  }, [data.key, map]);

  useEffect(() => {
    layers.current?.select({ pairing: selectedPairing, place: selectedPlace });
  }, [selectedPairing, selectedPlace, data.key]);

  return null;
}

function Panes() {
  const map = useMap();
  if (!map.getPane('atlas-basemap')) {
    map.createPane('atlas-basemap').style.zIndex = '250';
    map.createPane('atlas-arcs').style.zIndex = '450';
  }
  return null;
}

/** The Leaflet map itself: only ever loaded in the browser (see atlas-map.tsx). */
export default function LeafletMap(props: LeafletMapProps) {
  const site = useTranslations('site');
  return (
    <MapContainer
      bounds={INITIAL_BOUNDS}
      boundsOptions={{ padding: [16, 16] }}
      minZoom={2}
      maxZoom={10}
      zoomSnap={0.5}
      worldCopyJump={false}
      // Reduced motion: zoom and pan jump instead of gliding (read once, at mount).
      zoomAnimation={!prefersReducedMotion()}
      markerZoomAnimation={!prefersReducedMotion()}
      fadeAnimation={!prefersReducedMotion()}
      id="atlas-map"
      className="h-full w-full"
      attributionControl={false}
    >
      {/* Leaflet's default prefix is a link with a flag; ours names the project and credits Leaflet as plain text. */}
      <AttributionControl position="bottomright" prefix={attributionPrefix(site('name'))} />
      <Panes />
      {TILE_URL ? <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} /> : null}
      <AtlasLayersBridge {...props} />
    </MapContainer>
  );
}
