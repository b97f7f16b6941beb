'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { projectCreateSchema } from '@/lib/projects/schema';
import { createProject as writeProject } from '@/lib/projects/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const createProject = editorAction(projectCreateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    const project = await writeProject(tx, input, sourceIds, user);
    return { id: project.id };
  }),
  { created: (data) => `/admin/projects/${data.id}?created=1` },
);
