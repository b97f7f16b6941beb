import { AGREEMENT_KINDS, COOPERATION_FIELDS, PAIRING_STAGES, PAIRING_TYPES } from '@/lib/domain/vocabulary';

/**
 * The columns of the pairings + agreements CSV (docs/editing.md, "CSV import"). One row = one
 * pairing with (optionally) one agreement; further rows for the same two partners
 * add agreements to it. Client-safe: the import page lists these.
 */
export const IMPORT_COLUMNS = [
  { name: 'by_place', required: true, help: 'Belarusian partner: its slug or any stored name/spelling (Novogrudok District, Новогрудский район)' },
  { name: 'cn_place', required: true, help: 'Chinese partner: its slug or any stored name/spelling (Dunhuang, 敦煌市)' },
  { name: 'type', required: true, help: PAIRING_TYPES.join(' | ') },
  { name: 'stage', required: true, help: PAIRING_STAGES.join(' | ') },
  { name: 'established', required: false, help: 'Partial date: 2019, 2019-09 or 2019-09-14' },
  { name: 'fields', required: false, help: `Fields of cooperation separated by ";": ${COOPERATION_FIELDS.join(', ')}` },
  { name: 'summary', required: false, help: 'Short description of the pairing' },
  { name: 'agreement_kind', required: false, help: `Kind of the agreement or event: ${AGREEMENT_KINDS.join(' | ')}` },
  { name: 'agreement_date', required: false, help: 'Partial date of the agreement or event' },
  { name: 'agreement_title', required: false, help: 'Title of the agreement or event (required when agreement_kind is set)' },
  { name: 'agreement_venue', required: false, help: 'Where it was signed or took place' },
  { name: 'agreement_signatories', required: false, help: 'Who signed' },
  { name: 'source_url', required: true, help: 'Web address of the source (http/https)' },
  { name: 'source_title', required: true, help: 'Title of the source' },
  { name: 'source_publisher', required: false, help: 'Publisher of the source' },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['name'];

export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** A template with the header and one example row (test data from the issue, not a real fact). */
export const IMPORT_TEMPLATE =
  `${IMPORT_COLUMNS.map((c) => c.name).join(',')}\r\n` +
  [
    'novogrudok-district', 'dunhuang', 'sister_city', 'established', '2023-11-07', 'culture;tourism;heritage',
    '"Twinning of two Silk Road heritage towns"', 'twinning_agreement', '2023-11-07', '"Agreement on establishing sister-city relations"',
    'Dunhuang', '', 'https://example.org/source', '"Example news item"', 'Example Publisher',
  ].join(',') +
  '\r\n';

export type ImportRowStatus = 'new_pairing' | 'add_agreement' | 'error';

export type ImportRowReport = {
  /** Line in the file (the header is line 1). */
  line: number;
  status: ImportRowStatus;
  label: string;
  errors: { column: string; message: string }[];
};

export type ImportPreview = {
  fileErrors: string[];
  rows: ImportRowReport[];
  counts: { rows: number; newPairings: number; addAgreements: number; errors: number };
};

export type ImportProgressEvent =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pairings: number; agreements: number; sources: number; ms: number }
  | { type: 'error'; error: string };
