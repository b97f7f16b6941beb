import 'server-only';
import { fieldError } from '@/lib/errors';
import { createRecord, updateRecord, type Actor } from '@/lib/audit/changes';
import type { EditedValues } from '@/lib/audit/entities';
import type { Tx } from '@/lib/db-types';
import type { AgreementFields } from './schema';

/** Every edited column of an agreement but its pairing (a column left out is a compile error). */
export function agreementValues(agreement: AgreementFields): Omit<EditedValues<'agreement'>, 'pairingId'> {
  return {
    kind: agreement.kind,
    date: agreement.date?.iso ?? null,
    datePrecision: agreement.date?.precision ?? null,
    dateYear: agreement.date?.year ?? null,
    dateApproximate: agreement.dateApproximate,
    title: agreement.title,
    venue: agreement.venue,
    signatories: agreement.signatories,
    summary: agreement.summary,
    notes: agreement.notes,
  };
}

async function checkPairing(tx: Tx, pairingId: number) {
  const pairing = await tx.pairing.findFirst({ where: { id: pairingId, deletedAt: null }, select: { id: true } });
  if (!pairing) throw fieldError('pairingId', 'Choose a pairing that exists (it may have been deleted)');
}

export async function createAgreement(tx: Tx, pairingId: number, agreement: AgreementFields, sourceIds: number[], actor: Actor) {
  await checkPairing(tx, pairingId);
  return createRecord(tx, 'agreement', { pairingId, ...agreementValues(agreement), sourceIds }, actor);
}

export async function updateAgreement(
  tx: Tx,
  id: number,
  version: number,
  pairingId: number,
  agreement: AgreementFields,
  sourceIds: number[],
  actor: Actor,
) {
  await checkPairing(tx, pairingId);
  return updateRecord(tx, 'agreement', id, version, { pairingId, ...agreementValues(agreement), sourceIds }, actor);
}
