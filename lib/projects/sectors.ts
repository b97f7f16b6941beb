import { z } from 'zod';

const sectorsSchema = z.array(z.string());

/** `Project.sectors` is a JSON array in a TEXT column; anything else reads as no sectors. */
export function parseSectors(text: string): string[] {
  try {
    const parsed = sectorsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
