/**
 * Starting values of the "new" forms. A plain module (not 'use client') so server
 * pages can call these and pass the result to the client forms.
 */
export type SourceRefValue =
  | { mode: 'existing'; id: number; title?: string; url?: string | null }
  | { mode: 'new'; url: string; title: string; publisher: string };

export const emptyNewSource = (): SourceRefValue => ({ mode: 'new', url: '', title: '', publisher: '' });

export const emptyAgreement = () => ({ kind: '', date: '', dateApproximate: false, title: '', venue: '', signatories: '', summary: '' });

export type PairingFormValues = {
  id?: number;
  version?: number;
  by: unknown;
  cn: unknown;
  type: string;
  typeUncertain: boolean;
  stage: string;
  stageUncertain: boolean;
  established: string;
  establishedApproximate: boolean;
  fields: string[];
  summary: string;
  notes: string;
  agreement: Record<string, unknown> | null;
  sources: SourceRefValue[];
};

export function newPairingValues(): PairingFormValues {
  return {
    by: { mode: 'existing', id: '' },
    cn: { mode: 'existing', id: '' },
    type: 'sister_city',
    typeUncertain: false,
    stage: '',
    stageUncertain: false,
    established: '',
    establishedApproximate: false,
    fields: [],
    summary: '',
    notes: '',
    agreement: emptyAgreement(),
    sources: [emptyNewSource()],
  };
}
