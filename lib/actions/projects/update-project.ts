'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { projectUpdateSchema } from '@/lib/projects/schema';
import { updateProject as writeProject } from '@/lib/projects/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const updateProject = editorAction(projectUpdateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    const project = await writeProject(tx, input.id, input.version, input, sourceIds, user);
    return { id: project.id, version: project.version };
  }),
);
