import 'server-only';
import { ActionError, fieldError } from '@/lib/errors';
import { createAgreement } from '@/lib/agreements/write';
import { createRecord, updateRecord, type Actor, type EditValues } from '@/lib/audit/changes';
import type { Tx } from '@/lib/db-types';
import { uniqueSlug } from '@/lib/slug';
import type { Country } from '@/lib/domain/vocabulary';
import { createPlace } from '@/lib/places/write';
import type { PairingCreate, PairingUpdate } from './schema';

type PairingFields = Omit<PairingUpdate, 'id' | 'version' | 'sources'>;

/** Every edited column of a pairing and its fields (a column left out is a compile error). */
function pairingValues(pairing: PairingFields): Omit<EditValues<'pairing'>, 'sourceIds'> {
  return {
    type: pairing.type,
    typeUncertain: pairing.typeUncertain,
    stage: pairing.stage,
    stageUncertain: pairing.stageUncertain,
    establishedDate: pairing.established?.iso ?? null,
    establishedPrecision: pairing.established?.precision ?? null,
    establishedYear: pairing.established?.year ?? null,
    establishedApproximate: pairing.establishedApproximate,
    summary: pairing.summary,
    notes: pairing.notes,
    fields: pairing.fields,
  };
}

const SIDE: Record<'by' | 'cn', { country: Country; name: string }> = {
  by: { country: 'BY', name: 'Belarusian partner must be a place in Belarus' },
  cn: { country: 'CN', name: 'Chinese partner must be a place in China' },
};

/** The partner's place id: an existing live place of the right country, or a new place. */
async function resolvePartner(tx: Tx, side: 'by' | 'cn', partner: PairingCreate['by'], sourceIds: number[], actor: Actor) {
  if (partner.mode === 'new') return (await createPlace(tx, partner.place, sourceIds, actor, `${side}.place.`)).id;
  const place = await tx.place.findFirst({ where: { id: partner.id, deletedAt: null }, select: { id: true, country: true } });
  if (!place) throw fieldError(`${side}.id`, 'This place no longer exists; choose another');
  if (place.country !== SIDE[side].country) throw fieldError(`${side}.id`, `The ${SIDE[side].name}`);
  return place.id;
}

/** Refuses a second pairing of the same two partners, with a link to the first. */
export async function assertNoDuplicatePairing(tx: Tx, byPlaceId: number, cnPlaceId: number) {
  const existing = await tx.pairing.findUnique({
    where: { byPlaceId_cnPlaceId: { byPlaceId, cnPlaceId } },
    select: { id: true, deletedAt: true, byPlace: { select: { nameEn: true } }, cnPlace: { select: { nameEn: true } } },
  });
  if (!existing) return;
  const label = `${existing.byPlace.nameEn} – ${existing.cnPlace.nameEn}`;
  const message = existing.deletedAt
    ? `${label} already exists (deleted). Restore it instead of adding it again.`
    : `${label} already exists. Edit the existing pairing instead.`;
  throw new ActionError(422, message, {
    fieldErrors: { cn: [message] },
    existing: { href: `/admin/pairings/${existing.id}`, label },
  });
}

/**
 * The "new pairing" flow in one transaction: partners (existing or new), the
 * pairing, its first agreement; sources are resolved by the caller so a batch can share them.
 */
export async function createPairing(tx: Tx, input: PairingCreate, sourceIds: number[], actor: Actor) {
  const byPlaceId = await resolvePartner(tx, 'by', input.by, sourceIds, actor);
  const cnPlaceId = await resolvePartner(tx, 'cn', input.cn, sourceIds, actor);
  await assertNoDuplicatePairing(tx, byPlaceId, cnPlaceId);
  const [by, cn] = await Promise.all([
    tx.place.findUniqueOrThrow({ where: { id: byPlaceId }, select: { slug: true } }),
    tx.place.findUniqueOrThrow({ where: { id: cnPlaceId }, select: { slug: true } }),
  ]);
  const slug = await uniqueSlug(tx, 'pairing', `${by.slug}--${cn.slug}`);
  const pairing = await createRecord(tx, 'pairing', { slug, byPlaceId, cnPlaceId, ...pairingValues(input), sourceIds }, actor);
  const agreement = input.agreement ? await createAgreement(tx, pairing.id, input.agreement, sourceIds, actor) : null;
  return { id: pairing.id, slug, agreementId: agreement?.id ?? null };
}

export async function updatePairing(tx: Tx, input: PairingUpdate, sourceIds: number[], actor: Actor) {
  const after = await updateRecord(tx, 'pairing', input.id, input.version, { ...pairingValues(input), sourceIds }, actor);
  return { id: after.id, version: after.version };
}
