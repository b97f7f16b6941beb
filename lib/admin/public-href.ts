import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import type { EntityType } from '@/lib/audit/types';
import { publicDb } from '@/lib/soft-delete/public-db';

/**
 * Where readers see a record, for the "Public page" link of its edit page — read
 * through `publicDb`, so a deleted record (or one hanging off a deleted pairing) gets
 * no link rather than a link that 404s. Agreements and sources have no page of their
 * own: they link to their place on the page that shows them.
 */
export const publicHrefOf = editorLoader(async (type: EntityType, id: number): Promise<string | null> => {
  switch (type) {
    case 'place': {
      const row = await publicDb.place.findFirst({ where: { id }, select: { slug: true } });
      return row && `/places/${row.slug}`;
    }
    case 'pairing': {
      const row = await publicDb.pairing.findFirst({ where: { id }, select: { slug: true } });
      return row && `/pairings/${row.slug}`;
    }
    case 'project': {
      const row = await publicDb.project.findFirst({ where: { id }, select: { slug: true } });
      return row && `/projects/${row.slug}`;
    }
    case 'agreement': {
      const row = await publicDb.agreement.findFirst({ where: { id }, select: { pairing: { select: { slug: true } } } });
      return row && `/pairings/${row.pairing.slug}#agreement-${id}`;
    }
    case 'trade_figure': {
      const row = await publicDb.tradeFigure.findFirst({ where: { id }, select: { id: true } });
      return row && '/trade';
    }
    case 'source': {
      const source = await publicDb.source.findFirst({
        where: { id },
        select: { key: true, pairings: { select: { slug: true }, take: 1 }, places: { select: { slug: true }, take: 1 }, projects: { select: { slug: true }, take: 1 } },
      });
      if (!source) return null;
      const anchor = `#source-${source.key}`;
      if (source.pairings[0]) return `/pairings/${source.pairings[0].slug}${anchor}`;
      if (source.places[0]) return `/places/${source.places[0].slug}${anchor}`;
      if (source.projects[0]) return `/projects/${source.projects[0].slug}${anchor}`;
      return null;
    }
  }
});
