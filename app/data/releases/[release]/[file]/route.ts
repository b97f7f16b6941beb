import { readFile } from 'node:fs/promises';
import { releaseFileMediaType, releaseFilePath } from '@/lib/releases/catalog';

export const dynamic = 'force-dynamic';

/** A file of a data release. Releases never change once written, so clients may cache them for good. */
export async function GET(_request: Request, { params }: { params: Promise<{ release: string; file: string }> }) {
  const { release, file } = await params;
  const filePath = releaseFilePath(release, file);
  if (!filePath) return new Response(`No file "${file}" in a release "${release}". The releases are listed at /api/v1/releases.`, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(await readFile(filePath)), {
    headers: {
      'Content-Type': releaseFileMediaType(file)!,
      'Content-Disposition': `attachment; filename="sister-cities-atlas-${release}-${file}"`,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
