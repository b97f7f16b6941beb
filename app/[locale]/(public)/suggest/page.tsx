import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SuggestionForm, type SuggestionFormText } from '@/components/suggestions/suggestion-form';
import { AGREEMENT_KINDS, PAIRING_STAGES } from '@/lib/domain/vocabulary';
import { Link } from '@/lib/i18n/navigation';
import { issueFormToken } from '@/lib/suggestions/form-token';
import { SUGGESTION_ERROR_FIELDS, SUGGESTION_TARGETS, type SuggestionTarget } from '@/lib/suggestions/schema';
import { describeTarget, partnerOptions } from '@/lib/suggestions/targets';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?pairing=<slug>`, `?place=<slug>` or `?project=<slug>` → a correction; nothing → a new partnership. */
function parseTarget(params: Record<string, string | string[] | undefined>): { target: SuggestionTarget; slug: string } | null {
  for (const target of SUGGESTION_TARGETS) {
    const value = [params[target]].flat()[0];
    if (value) return { target, slug: value };
  }
  return null;
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'suggest' });
  return { title: t('title'), description: t('metaDescription'), robots: { index: false } };
}

export default async function SuggestPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const requested = parseTarget(await searchParams);
  const [t, tStage, tKind] = await Promise.all([getTranslations('suggest'), getTranslations('stage'), getTranslations('agreementKind')]);
  const record = requested ? await describeTarget(requested.target, requested.slug, locale) : null;
  if (requested && !record) notFound();
  const kind = requested ? 'correction' : 'new_pairing';
  const text: SuggestionFormText = {
    ...(Object.fromEntries(
      (['partnerBy', 'partnerCn', 'choose', 'stage', 'date', 'dateHint', 'documentKind', 'dontKnow', 'sourceUrl', 'sourceUrlHint', 'message', 'messageHint', 'email', 'emailHint', 'honeypot', 'submit', 'submitting', 'errorSummary', 'thanksTitle', 'thanksBody', 'referenceLabel'] as const).map((k) => [k, t(k)]),
    ) as Omit<SuggestionFormText, 'fieldErrors' | 'errors'>),
    fieldErrors: Object.fromEntries(SUGGESTION_ERROR_FIELDS.map((f) => [f, t(`fieldErrors.${f}`)])) as SuggestionFormText['fieldErrors'],
    errors: Object.fromEntries((['too-large', 'too-fast', 'expired', 'unknown-record', 'rate-limited', 'bad-request', 'server-error'] as const).map((e) => [e, t(`errors.${e}`)])) as SuggestionFormText['errors'],
  };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{record ? t('correctionTitle') : t('newTitle')}</h1>
        {record && (
          <p className="text-lg">
            <Link href={record.path}>{record.name}</Link>
          </p>
        )}
        <p className="text-muted">{record ? t('correctionIntro') : t('newIntro')}</p>
      </header>
      <SuggestionForm
        kind={kind}
        target={requested?.target}
        slug={requested?.slug}
        token={await issueFormToken()}
        locale={locale}
        text={text}
        places={kind === 'new_pairing' ? await partnerOptions(locale) : undefined}
        stages={PAIRING_STAGES.map((s) => ({ value: s, label: tStage(s) }))}
        documentKinds={AGREEMENT_KINDS.map((k) => ({ value: k, label: tKind(k) }))}
      />
    </div>
  );
}
