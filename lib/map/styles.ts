import type { PairingStage } from '@/lib/domain/vocabulary';

/**
 * How each pipeline stage is drawn: the canvas arcs and the legend read the same
 * table. Colours follow the stage badges (emerald, sky, amber, slate, rose).
 */
export type ArcStyle = { color: string; dashArray?: string };

export const ARC_STYLES: Record<PairingStage, ArcStyle> = {
  established: { color: '#047857' },
  approved: { color: '#0369a1', dashArray: '7 4' },
  letter_of_intent: { color: '#c2410c', dashArray: '7 4' },
  in_contact: { color: '#64748b', dashArray: '2 4' },
  suspended: { color: '#be123c', dashArray: '1 5' },
};

/** Legend and histogram order: from a formal relation back to a first contact. */
export const STAGE_ORDER: readonly PairingStage[] = ['established', 'approved', 'letter_of_intent', 'in_contact', 'suspended'];

export const BY_COLOR = '#b91c1c';
export const CN_COLOR = '#1d4ed8';
