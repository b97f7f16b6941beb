import 'server-only';
import { fieldError } from '@/lib/errors';
import { createRecord, updateRecord, type Actor, type EditValues } from '@/lib/audit/changes';
import { withoutSources } from '@/lib/audit/entities';
import type { Tx } from '@/lib/db-types';
import { slugify, uniqueSlug } from '@/lib/slug';
import type { ProjectCreate } from './schema';

/** Every edited column of a project and its linked pairings (a column left out is a compile error). */
async function projectValues(tx: Tx, project: ProjectCreate): Promise<Omit<EditValues<'project'>, 'sourceIds'>> {
  if (project.placeId !== null) {
    const place = await tx.place.findFirst({ where: { id: project.placeId, deletedAt: null }, select: { country: true } });
    if (!place) throw fieldError('placeId', 'Choose a place that exists');
    if (place.country !== project.country) throw fieldError('placeId', 'The place must be in the country chosen above');
  }
  const pairings = await tx.pairing.count({ where: { id: { in: project.pairingIds }, deletedAt: null } });
  if (pairings !== project.pairingIds.length) throw fieldError('pairingIds', 'One of the linked pairings no longer exists');
  return { ...withoutSources(project), sectors: JSON.stringify(project.sectors) };
}

export async function createProject(tx: Tx, project: ProjectCreate, sourceIds: number[], actor: Actor) {
  const slug = await uniqueSlug(tx, 'project', slugify(project.nameEn, 'project'));
  return createRecord(tx, 'project', { slug, ...(await projectValues(tx, project)), sourceIds }, actor);
}

export async function updateProject(tx: Tx, id: number, version: number, project: ProjectCreate, sourceIds: number[], actor: Actor) {
  return updateRecord(tx, 'project', id, version, { ...(await projectValues(tx, project)), sourceIds }, actor);
}
