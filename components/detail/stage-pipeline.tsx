import { UncertainMark } from '@/components/a11y/uncertain-mark';
import { useLocale, useTranslations } from 'next-intl';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import type { PairingStage } from '@/lib/domain/vocabulary';

const PIPELINE: PairingStage[] = ['in_contact', 'letter_of_intent', 'approved', 'established'];
/** Which agreement kinds mark reaching a stage (the earliest one counts). */
const MARKS: Record<string, PairingStage> = {
  letter: 'in_contact',
  visit: 'in_contact',
  event: 'in_contact',
  memorandum: 'in_contact',
  letter_of_intent: 'letter_of_intent',
  approval: 'approved',
  twinning_agreement: 'established',
  cooperation_agreement: 'established',
};

type Props = {
  stage: string;
  stageUncertain: boolean;
  established: string | null;
  establishedApproximate: boolean;
  agreements: { kind: string; date: string | null; dateApproximate: boolean }[];
};

/** The pipeline in_contact → letter of intent → approved → established, with the dates the sources give. */
export function StagePipeline({ stage, stageUncertain, established, establishedApproximate, agreements }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const reachedIndex = stage === 'suspended' ? PIPELINE.length - 1 : PIPELINE.indexOf(stage as PairingStage);
  const dates = new Map<PairingStage, string | null>();
  for (const agreement of agreements) {
    const mark = MARKS[agreement.kind];
    if (mark && agreement.date && !dates.has(mark)) dates.set(mark, formatPartialDate(agreement.date, locale, agreement.dateApproximate));
  }
  if (established) dates.set('established', formatPartialDate(established, locale, establishedApproximate));
  return (
    <ol aria-label={t('detail.pipelineLabel')} className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="stage-pipeline">
      {PIPELINE.map((step, index) => {
        const reached = index <= reachedIndex;
        const current = step === stage;
        return (
          <li key={step} aria-current={current ? 'step' : undefined}
            className={`rounded-md border px-3 py-2 text-sm ${current ? 'border-cn bg-cn-soft' : reached ? 'border-line bg-white' : 'border-dashed border-line bg-paper text-muted'}`}>
            <div className="flex items-center gap-1.5 font-medium">
              <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${reached ? 'bg-cn' : 'bg-line'}`} />
              {t(`stage.${step}`)}
              <UncertainMark show={current && stageUncertain} />
            </div>
            <div className="text-xs text-muted tabular-nums">{dates.get(step) ?? (reached ? t('detail.reached') : '—')}</div>
          </li>
        );
      })}
      {stage === 'suspended' ? <li className="col-span-full text-sm text-rose-800">{t('stage.suspended')}</li> : null}
    </ol>
  );
}
