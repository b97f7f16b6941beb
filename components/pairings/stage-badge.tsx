import { UncertainMark } from '@/components/a11y/uncertain-mark';
import { useTranslations } from 'next-intl';
import type { PairingStage } from '@/lib/domain/vocabulary';

const STAGE_STYLES: Record<PairingStage, string> = {
  established: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  approved: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  letter_of_intent: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  in_contact: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  suspended: 'bg-rose-50 text-rose-800 ring-rose-600/20',
};

export function StageBadge({ stage, uncertain }: { stage: string; uncertain?: boolean }) {
  const t = useTranslations();
  const style = STAGE_STYLES[stage as PairingStage] ?? STAGE_STYLES.in_contact;
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style}`}
      title={uncertain ? t('pairing.uncertainHint') : undefined}
    >
      {t(`stage.${stage}` as 'stage.established')}
      <UncertainMark show={uncertain} />
    </span>
  );
}
