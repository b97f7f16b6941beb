import type { PairingStage } from '@/lib/domain/vocabulary';

/**
 * How each pipeline stage is drawn: the canvas arcs and the legend read the same
 * table. Colours follow the stage badges (emerald, sky, amber, slate, rose).
 */
export type ArcStyle = { color: string; dashArray?: string; fill: string };

/**
 * Stage is never told by colour alone: each has its own line pattern (solid, long dash,
 * short dash, dots, dash-dot — Leaflet's round caps add the line width to every dash)
 * and its own fill pattern for the histogram, both shown in the legends.
 */
const stripes = (color: string, angle: number) => `repeating-linear-gradient(${angle}deg, ${color} 0 3px, #fff 3px 4.5px)`;

export const ARC_STYLES: Record<PairingStage, ArcStyle> = {
  established: { color: '#047857', fill: '#047857' },
  approved: { color: '#0369a1', dashArray: '14 6', fill: stripes('#0369a1', 45) },
  letter_of_intent: { color: '#c2410c', dashArray: '5 6', fill: stripes('#c2410c', 90) },
  in_contact: { color: '#64748b', dashArray: '0.1 5', fill: stripes('#64748b', 0) },
  suspended: { color: '#be123c', dashArray: '10 5 0.1 5', fill: stripes('#be123c', -45) },
};

/** Legend and histogram order: from a formal relation back to a first contact. */
export const STAGE_ORDER: readonly PairingStage[] = ['established', 'approved', 'letter_of_intent', 'in_contact', 'suspended'];

export const BY_COLOR = '#b91c1c';
export const CN_COLOR = '#1d4ed8';
