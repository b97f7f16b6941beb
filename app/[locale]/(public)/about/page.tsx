import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Section } from '@/components/detail/section';
import { PAIRING_STAGES, PAIRING_TYPES } from '@/lib/domain/vocabulary';
import { localeAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'reader.about' });
  return { title: t('title'), description: t('metaDescription'), alternates: localeAlternates(locale, '/about') };
}

/** What the atlas's words mean, how its data was compiled, its licence and how to cite it. */
export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('reader.about');
  const label = await getTranslations();
  const term = 'font-semibold';
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="text-muted">{t('intro')}</p>
      </header>
      <Section id="glossary" title={t('glossaryTitle')}>
        <h3 className="font-semibold">{t('typesTitle')}</h3>
        <dl className="space-y-2 text-sm" data-testid="glossary-types">
          {PAIRING_TYPES.map((type) => (
            <div key={type} id={`type-${type}`}>
              <dt className={term}>{label(`pairingType.${type}`)}</dt>
              <dd className="text-muted">{t(`types.${type}`)}</dd>
            </div>
          ))}
        </dl>
        <h3 className="font-semibold">{t('stagesTitle')}</h3>
        <p className="text-sm text-muted">{t('stagesIntro')}</p>
        <dl className="space-y-2 text-sm" data-testid="glossary-stages">
          {PAIRING_STAGES.map((stage) => (
            <div key={stage} id={`stage-${stage}`}>
              <dt className={term}>{label(`stage.${stage}`)}</dt>
              <dd className="text-muted">{t(`stages.${stage}`)}</dd>
            </div>
          ))}
        </dl>
        <h3 className="font-semibold">{t('uncertainTitle')}</h3>
        <p className="text-sm text-muted">{t('uncertain')}</p>
      </Section>
      <Section id="methodology" title={t('methodTitle')}>
        {(['method1', 'method2', 'method3'] as const).map((key) => <p key={key} className="text-sm">{t(key)}</p>)}
      </Section>
      <Section id="licence" title={t('licenceTitle')}>
        <p className="text-sm">{t('licence')}</p>
      </Section>
      <Section id="cite" title={t('citeTitle')}>
        <p className="text-sm">{t('cite')}</p>
        <p className="text-sm">
          {t('bulk')} <Link href="/api-docs" className="text-cn underline">{t('apiLink')}</Link>
        </p>
      </Section>
    </article>
  );
}
