import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { AuditFilters as Filters } from '@/lib/audit/queries';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@/lib/audit/types';

const select = 'rounded-md border border-line bg-white px-2 py-2 text-sm';

/** A plain GET form: filters live in the URL, so a filtered log can be shared. */
export async function AuditFilters({ filters, users }: { filters: Filters; users: { id: number; name: string; email?: string }[] }) {
  const t = await getTranslations('admin.audit');
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-3" aria-label={t('filters')}>
      <label className="text-xs text-muted">
        {t('who')}
        <select name="user" defaultValue={filters.user ?? ''} className={`${select} block`}>
          <option value="">{t('anyone')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.email ? `${u.name} (${u.email})` : u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-muted">
        {t('entity')}
        <select name="entity" defaultValue={filters.entity ?? ''} className={`${select} block`}>
          <option value="">{t('anyEntity')}</option>
          {AUDIT_ENTITY_TYPES.map((e) => (
            <option key={e} value={e}>
              {t(`entities.${e}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-muted">
        {t('what')}
        <select name="action" defaultValue={filters.action ?? ''} className={`${select} block`}>
          <option value="">{t('anyAction')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`actions.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-muted">
        {t('from')}
        <input type="date" name="from" defaultValue={filters.from ?? ''} className={`${select} block`} />
      </label>
      <label className="text-xs text-muted">
        {t('to')}
        <input type="date" name="to" defaultValue={filters.to ?? ''} className={`${select} block`} />
      </label>
      {filters.record && <input type="hidden" name="record" value={filters.record} />}
      <button type="submit" className="rounded-md bg-cn px-3 py-2 text-sm font-semibold text-white">
        {t('apply')}
      </button>
      <Link href="/admin/audit" className="pb-2 text-sm text-muted">
        {t('clear')}
      </Link>
    </form>
  );
}
