import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import { arcPoints } from '@/lib/map/geometry';
import { ARC_STYLES } from '@/lib/map/styles';
import type { MapArc, MapData, MapPlace } from '@/lib/map/types';
import { prefersReducedMotion } from '@/lib/a11y/motion';
import { rememberOpener } from './panel-opener';
import { groupElement, textElement } from './text-element';

export type AtlasLayerCallbacks = {
  selectPairing: (slug: string) => void;
  selectPlace: (slug: string) => void;
  arcLabel: (arc: MapArc, places: MapPlace[]) => string;
  placeLabel: (place: MapPlace, pairings: number) => string;
  clusterLabel: (names: string[], count: number) => string;
};

type PlaceProps = { index: number };

/** Above this many arcs the network is drawn thinner and fainter so it stays legible. */
const DENSE = 400;
const CLUSTER_RADIUS = 44;
const CLUSTER_MAX_ZOOM = 7;

function toLatLngs(a: MapPlace, b: MapPlace): L.LatLngExpression[] {
  // Curves are computed in zoom-0 pixel space: the same shape at every zoom (lib/map/geometry.ts).
  const crs = L.CRS.EPSG3857;
  const pa = crs.latLngToPoint(L.latLng(a.lat, a.lon), 0);
  const pb = crs.latLngToPoint(L.latLng(b.lat, b.lon), 0);
  return arcPoints(pa, pb).map((p) => crs.pointToLatLng(L.point(p.x, p.y), 0));
}

/**
 * Everything drawn on the map, imperatively: arcs on one canvas renderer, partner
 * markers (DOM, focusable, clustered with supercluster). React gives it new data only
 * when the filters change; arcs are diffed by pairing slug, so a Play step adds a few
 * arcs instead of redrawing thousands, and no React component exists per marker.
 */
export class AtlasLayers {
  private data: MapData = { key: '', places: [], arcs: [], unplaced: 0 };
  private readonly arcLayer: L.FeatureGroup;
  private readonly markerLayer = L.layerGroup();
  private readonly arcs = new Map<string, { line: L.Polyline; arc: MapArc }>();
  private arcsByPlace = new Map<number, string[]>();
  private clusters = new Supercluster<PlaceProps>({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM });
  private highlighted: string[] = [];
  private selected: { pairing?: string; place?: string } = {};
  private dense = false;
  private dimmed = false;
  private styledSelection: string | undefined;
  /** After a cluster opened from the keyboard zooms in, focus goes to the first of its partners. */
  private focusAfterMove: number | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly renderer: L.Renderer,
    private readonly callbacks: AtlasLayerCallbacks,
  ) {
    this.arcLayer = L.featureGroup().addTo(map);
    this.markerLayer.addTo(map);
    this.arcLayer.on('click', (event) => {
      const slug = (event.propagatedFrom as L.Polyline & { slug?: string }).slug;
      if (slug) this.callbacks.selectPairing(slug);
    });
    this.arcLayer.on('mouseover', (event) => {
      const slug = (event.propagatedFrom as L.Polyline & { slug?: string }).slug;
      if (slug) this.highlight([slug]);
    });
    this.arcLayer.on('mouseout', () => this.applySelection());
    map.on('moveend', () => this.renderMarkers());
  }

  setData(data: MapData, container: HTMLElement) {
    const started = performance.now();
    this.data = data;
    const dense = data.arcs.length > DENSE;
    const restyle = dense !== this.dense;
    this.dense = dense;
    const wanted = new Set(data.arcs.map((arc) => arc.slug));
    for (const [slug, entry] of this.arcs) {
      if (!wanted.has(slug)) {
        this.arcLayer.removeLayer(entry.line);
        this.arcs.delete(slug);
      }
    }
    this.arcsByPlace = new Map();
    for (const arc of data.arcs) {
      for (const index of [arc.by, arc.cn]) {
        const list = this.arcsByPlace.get(index) ?? [];
        list.push(arc.slug);
        this.arcsByPlace.set(index, list);
      }
      const existing = this.arcs.get(arc.slug);
      if (existing) {
        existing.arc = arc;
        if (restyle || existing.line.options.color !== ARC_STYLES[arc.stage].color) existing.line.setStyle(this.styleOf(arc));
        continue;
      }
      const line = L.polyline(toLatLngs(data.places[arc.by], data.places[arc.cn]), {
        ...this.styleOf(arc),
        renderer: this.renderer,
        smoothFactor: 1.5,
      }) as L.Polyline & { slug?: string };
      line.slug = arc.slug;
      line.bindTooltip(() => textElement('span', this.callbacks.arcLabel(arc, this.data.places)), { sticky: true, className: 'atlas-tooltip' });
      this.arcLayer.addLayer(line);
      this.arcs.set(arc.slug, { line, arc });
    }
    this.clusters = new Supercluster<PlaceProps>({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM });
    this.clusters.load(
      data.places.map((place, index) => ({
        type: 'Feature',
        properties: { index },
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      })),
    );
    this.renderMarkers();
    this.applySelection();
    container.dataset.arcCount = String(this.arcs.size);
    container.dataset.placeCount = String(data.places.length);
    container.dataset.dataKey = data.key;
    // When the canvas has painted this state (the benchmark waits for this).
    requestAnimationFrame(() => {
      container.dataset.renderMs = (performance.now() - started).toFixed(1);
      container.dataset.state = 'ready';
    });
  }

  select(selection: { pairing?: string; place?: string }) {
    this.selected = selection;
    this.applySelection();
    this.renderMarkers();
  }

  private styleOf(arc: MapArc, emphasis: 'normal' | 'highlight' | 'selected' = 'normal'): L.PathOptions {
    const style = ARC_STYLES[arc.stage];
    if (emphasis === 'selected') return { color: style.color, dashArray: style.dashArray, weight: 5, opacity: 1 };
    if (emphasis === 'highlight') return { color: style.color, dashArray: style.dashArray, weight: 3.5, opacity: 1 };
    const opacity = this.dense ? 0.35 : 0.8;
    // While something is emphasised the rest steps back, so the chosen lines read.
    return { color: style.color, dashArray: style.dashArray, weight: this.dense ? 1 : 2, opacity: this.dimmed ? opacity / 5 : opacity };
  }

  private emphasis(slug: string): 'normal' | 'highlight' | 'selected' {
    if (slug === this.selected.pairing) return 'selected';
    return this.highlighted.includes(slug) ? 'highlight' : 'normal';
  }

  private restyle(slug: string) {
    const entry = this.arcs.get(slug);
    if (!entry) return;
    const emphasis = this.emphasis(slug);
    entry.line.setStyle(this.styleOf(entry.arc, emphasis));
    if (emphasis !== 'normal') entry.line.bringToFront();
  }

  /**
   * Emphasises the given arcs (a hovered or focused partner's, or a hovered arc) on
   * top of the selection. Only arcs whose look changes are restyled, except when the
   * dimming of all other arcs switches on or off.
   */
  private highlight(slugs: string[]) {
    const previous = this.highlighted;
    const previousSelected = this.styledSelection;
    this.highlighted = slugs;
    this.styledSelection = this.selected.pairing && this.arcs.has(this.selected.pairing) ? this.selected.pairing : undefined;
    const dimmed = slugs.length > 0 || this.styledSelection !== undefined;
    if (dimmed !== this.dimmed) {
      this.dimmed = dimmed;
      for (const entry of this.arcs.values()) entry.line.setStyle(this.styleOf(entry.arc, this.emphasis(entry.arc.slug)));
      for (const slug of slugs) this.arcs.get(slug)?.line.bringToFront();
    } else {
      for (const slug of new Set([...previous, ...slugs])) this.restyle(slug);
      if (previousSelected) this.restyle(previousSelected);
    }
    if (this.styledSelection) this.restyle(this.styledSelection);
  }

  private applySelection() {
    const placeIndex = this.selected.place ? this.data.places.findIndex((p) => p.slug === this.selected.place) : -1;
    this.highlight(placeIndex >= 0 ? (this.arcsByPlace.get(placeIndex) ?? []) : []);
  }

  private placeArcs(indexes: number[]): string[] {
    return [...new Set(indexes.flatMap((index) => this.arcsByPlace.get(index) ?? []))];
  }

  /** Markers for what is in view at this zoom: single partners or clusters of them. */
  private renderMarkers() {
    this.markerLayer.clearLayers();
    if (this.data.places.length === 0) return;
    const bounds = this.map.getBounds().pad(0.2);
    const zoom = Math.round(this.map.getZoom());
    const features = this.clusters.getClusters([bounds.getWest(), Math.max(-85, bounds.getSouth()), bounds.getEast(), Math.min(85, bounds.getNorth())], zoom);
    const focusPlace = this.focusAfterMove;
    this.focusAfterMove = null;
    let focusTarget: L.Marker | undefined;
    for (const item of features) {
      const [lon, lat] = item.geometry.coordinates;
      const props = item.properties as PlaceProps | ClusterProperties;
      if ('cluster' in props && props.cluster) {
        const leaves = this.clusters.getLeaves(props.cluster_id, Infinity).map((leaf) => leaf.properties.index);
        const marker = this.addCluster(L.latLng(lat, lon), props.cluster_id, leaves);
        if (focusPlace !== null && leaves.includes(focusPlace)) focusTarget = marker;
      } else {
        const marker = this.addPlace((props as PlaceProps).index);
        if (focusPlace === (props as PlaceProps).index) focusTarget = marker;
      }
    }
    focusTarget?.getElement()?.focus();
  }

  private addPlace(index: number) {
    const place = this.data.places[index];
    const arcs = this.arcsByPlace.get(index) ?? [];
    const size = place.tier === 'region' ? 18 : 12;
    const selected = this.selected.place === place.slug || this.isPartnerOfSelected(index);
    const label = this.callbacks.placeLabel(place, arcs.length);
    const marker = L.marker([place.lat, place.lon], {
      icon: L.divIcon({
        className: `atlas-marker atlas-marker--${place.tier} atlas-marker--${place.country.toLowerCase()}${selected ? ' is-selected' : ''}`,
        html: textElement('span', label, { className: 'atlas-marker__label' }),
        iconSize: [size, size],
        iconAnchor: [size / 2, size / 2],
      }),
      keyboard: true,
      title: label,
      riseOnHover: true,
      zIndexOffset: place.tier === 'region' ? 0 : 100,
    });
    marker.on('click', () => {
      // The markers are redrawn with the selection: find this one again by its place.
      const container = this.map.getContainer();
      rememberOpener(() => container.querySelector<HTMLElement>(`[data-place="${CSS.escape(place.slug)}"]`));
      this.callbacks.selectPlace(place.slug);
    });
    this.bindHighlight(marker, () => this.placeArcs([index]));
    marker.addTo(this.markerLayer);
    marker.getElement()?.setAttribute('data-place', place.slug);
    return marker;
  }

  private addCluster(latLng: L.LatLng, clusterId: number, leaves: number[]) {
    const names = leaves.map((index) => this.data.places[index].name);
    const size = leaves.length >= 50 ? 40 : leaves.length >= 10 ? 34 : 28;
    const label = this.callbacks.clusterLabel(names, leaves.length);
    const marker = L.marker(latLng, {
      icon: L.divIcon({
        className: 'atlas-cluster',
        html: groupElement(textElement('span', String(leaves.length), { ariaHidden: true }), textElement('span', label, { className: 'atlas-marker__label' })),
        iconSize: [size, size],
        iconAnchor: [size / 2, size / 2],
      }),
      keyboard: true,
      title: label,
      zIndexOffset: 1000,
    });
    marker.on('click', (event: L.LeafletEvent & { keyboard?: boolean }) => {
      const zoom = Math.min(this.clusters.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
      if (event.keyboard) this.focusAfterMove = leaves[0];
      if (prefersReducedMotion()) this.map.setView(latLng, zoom, { animate: false });
      else this.map.flyTo(latLng, zoom, { duration: 0.5 });
    });
    this.bindHighlight(marker, () => this.placeArcs(leaves));
    marker.addTo(this.markerLayer);
    return marker;
  }

  private isPartnerOfSelected(index: number): boolean {
    const chosen = this.selected.pairing ? this.arcs.get(this.selected.pairing) : undefined;
    return chosen !== undefined && (chosen.arc.by === index || chosen.arc.cn === index);
  }

  private bindHighlight(marker: L.Marker, arcs: () => string[]) {
    const on = () => this.highlight(arcs());
    const off = () => this.applySelection();
    // Leaflet makes markers focusable buttons but only opens popups on Enter: a button
    // must act on Enter and Space like a click.
    const activate = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      L.DomEvent.stopPropagation(event);
      marker.fire('click', { keyboard: true });
    };
    marker.on('mouseover', on);
    marker.on('mouseout', off);
    marker.on('add', () => {
      const element = marker.getElement();
      element?.addEventListener('focus', on);
      element?.addEventListener('blur', off);
      element?.addEventListener('keydown', activate);
    });
  }
}
