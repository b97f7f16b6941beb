import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { ReviewControls } from '@/components/admin/suggestions/review-controls';
import { adminMetadata, parseRecordId } from '@/lib/admin/page-metadata';
import { requireEditorPage } from '@/lib/auth/require-page';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { localName } from '@/lib/i18n/place-names';
import { Link } from '@/lib/i18n/navigation';
import { linkableUrl } from '@/lib/sources/linkable-url';
import { getSuggestion } from '@/lib/suggestions/admin-queries';

export const generateMetadata = adminMetadata('admin.suggestions');

/** One suggestion beside the record it is about, with Accept / Reject. */
export default async function SuggestionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!(await requireEditorPage(locale, `/admin/suggestions/${id}`))) notFound();
  const recordId = parseRecordId(id);
  const suggestion = recordId ? await getSuggestion(recordId) : null;
  if (!suggestion) notFound();
  const [t, tStage, tKind, format] = await Promise.all([getTranslations('admin.suggestions'), getTranslations('stage'), getTranslations('agreementKind'), getFormatter()]);
  const { proposal, current } = suggestion;
  const pairing = current && 'byPlace' in current ? current : null;
  const source = linkableUrl(suggestion.sourceUrl);
  const row = (label: string, proposed: React.ReactNode, now?: React.ReactNode) => (
    <tr className="border-t border-line align-top">
      <th scope="row" className="py-2 pr-3 text-left font-medium">{label}</th>
      <td className="py-2 pr-3" data-testid="proposed">{proposed ?? '—'}</td>
      <td className="py-2 text-muted">{now ?? '—'}</td>
    </tr>
  );
  return (
    <div className="space-y-5">
      <AdminPageHeader
        title={`${t('detailTitle')} ${suggestion.reference}`}
        description={`${t(`kind.${suggestion.kind as 'correction'}`)} · ${format.dateTime(suggestion.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC · ${suggestion.locale}`}
        actions={<Link href="/admin/suggestions">← {t('title')}</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-4">
          <section className="space-y-2 rounded-lg border border-line bg-white p-4">
            <h2 className="font-semibold">{t('message')}</h2>
            <p className="whitespace-pre-line break-words text-sm" data-testid="suggestion-message">{suggestion.message}</p>
            <p className="break-all text-sm">
              {t('source')}: {source ? <a href={source} rel="noopener noreferrer external" target="_blank">{suggestion.sourceUrl}</a> : suggestion.sourceUrl}
            </p>
            {suggestion.email && <p className="text-sm">{t('email')}: {suggestion.email}</p>}
          </section>
          <div className="overflow-x-auto rounded-lg border border-line bg-white p-4">
            <table className="w-full text-sm">
              <caption className="mb-2 text-left font-semibold">{t('comparison')}</caption>
              <thead>
                <tr className="text-left text-muted">
                  <th scope="col" className="pb-1 pr-3 font-normal"><span className="sr-only">{t('field')}</span></th>
                  <th scope="col" className="pb-1 pr-3 font-normal">{t('proposed')}</th>
                  <th scope="col" className="pb-1 font-normal">{t('now')}</th>
                </tr>
              </thead>
              <tbody>
                {suggestion.kind === 'new_pairing' &&
                  row(
                    t('partners'),
                    suggestion.partners.map((p) => localName(p, locale)).join(' – '),
                    suggestion.existingPairing ? <Link href={`/admin/pairings/${suggestion.existingPairing.id}`}>{t('alreadyListed')}</Link> : t('notListed'),
                  )}
                {pairing && row(t('record'), null, <Link href={`/admin/pairings/${pairing.id}`}>{`${localName(pairing.byPlace, locale)} – ${localName(pairing.cnPlace, locale)}`}</Link>)}
                {current && !pairing && row(t('record'), null, <Link href={suggestion.editHref.split('?')[0]!}>{'nameEn' in current ? current.nameEn : ''}</Link>)}
                {row(t('stage'), proposal.stage ? tStage(proposal.stage as 'established') : null, pairing ? tStage(pairing.stage as 'established') : null)}
                {row(t('date'), formatPartialDate(proposal.date ?? null, locale), pairing ? formatPartialDate(pairing.establishedDate, locale) : null)}
                {row(t('documentKind'), proposal.documentKind ? tKind(proposal.documentKind as 'other') : null)}
                {row(t('source'), suggestion.sourceUrl, pairing ? (pairing.sources.some((s) => s.url === suggestion.sourceUrl) ? t('sourceKnown') : t('sourceNew')) : null)}
              </tbody>
            </table>
          </div>
        </div>
        <aside className="space-y-3">
          {suggestion.status === 'new' ? (
            <ReviewControls id={suggestion.id} editHref={suggestion.editHref} />
          ) : (
            <div className="space-y-2 rounded-lg border border-line bg-white p-4 text-sm" data-testid="suggestion-decision">
              <p className="font-semibold">{t(`status.${suggestion.status as 'accepted'}`)}</p>
              {suggestion.reviewedBy && suggestion.reviewedAt && (
                <p>{t('reviewedBy', { name: suggestion.reviewedBy.name, date: format.dateTime(suggestion.reviewedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) })}</p>
              )}
              {suggestion.rejectReason && <p className="whitespace-pre-line">{t('reasonShown', { reason: suggestion.rejectReason })}</p>}
              {suggestion.status === 'accepted' && <Link href={suggestion.editHref}>{t('openForm')}</Link>}
            </div>
          )}
        </aside>
      </div>
    </div>
  );
}
