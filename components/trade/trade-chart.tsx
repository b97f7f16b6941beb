'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatMoney, formatNumber } from '@/lib/trade/format-money';
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { TradeFlow } from '@/lib/domain/vocabulary';
import type { ChartPoint, ChartSeries, ReporterFamily } from '@/lib/trade/series';
import { linkableUrl } from '@/lib/sources/linkable-url';

const STYLE: Record<ReporterFamily, { colour: string; dash?: string }> = {
  belstat: { colour: '#b3261e' },
  gacc: { colour: '#2563b0', dash: '6 3' },
  statement: { colour: '#6b7280' },
};
const FLOWS: TradeFlow[] = ['total', 'by_export', 'by_import'];

type DotProps = { cx?: number; cy?: number; payload?: ChartPoint; fill?: string; stroke?: string };

/** A point that opens its source (an SVG link), so every charted value is traceable. */
function SourceDot({ cx, cy, payload, fill, stroke }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const circle = <circle cx={cx} cy={cy} r={5} fill={fill ?? stroke} stroke="#fff" strokeWidth={1.5} />;
  const href = linkableUrl(payload.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer external" aria-label={`${payload.year}: ${payload.value} — ${payload.sourceTitle}`}>
      {circle}
    </a>
  ) : circle;
}

function ChartTooltip({ active, payload, locale }: { active?: boolean; payload?: { payload: ChartPoint }[]; locale: string }) {
  if (!active || !payload?.length) return null;
  const point = payload[0].payload;
  return (
    <div className="max-w-xs rounded border border-line bg-white px-3 py-2 text-xs shadow">
      <div className="font-semibold tabular-nums">{point.year}: {point.approximate ? '≈ ' : ''}{formatMoney(point.value * 1e6, 'USD', locale)}</div>
      <div className="text-muted" lang="en">{point.reporter}</div>
      <div className="mt-1 text-muted">{point.sourceTitle}</div>
    </div>
  );
}

/** Whole-year country figures, one line per reporter family; statements as separate points. */
export function TradeChart({ series }: { series: ChartSeries[] }) {
  const t = useTranslations('trade');
  const locale = useLocale();
  const c = useTranslations('catalog');
  const [flow, setFlow] = useState<TradeFlow>('total');
  const shown = series.filter((s) => s.flow === flow);
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  const domain: [number, number] = years.length ? [Math.min(...years) - 1, Math.max(...years) + 1] : [2000, 2025];
  const name = (s: ChartSeries) => `${t(`family.${s.family}`)}${s.currency !== 'USD' ? ` (${s.currency})` : ''}`;

  return (
    <figure className="space-y-3 rounded-lg border border-line bg-white p-4" data-testid="trade-chart">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <figcaption className="font-semibold">{t('chartTitle')}</figcaption>
        <div role="radiogroup" aria-label={t('flowPicker')} className="inline-flex overflow-hidden rounded-md border border-line text-sm">
          {FLOWS.map((value) => (
            <button key={value} type="button" role="radio" aria-checked={flow === value} onClick={() => setFlow(value)}
              className={`px-3 py-1.5 ${flow === value ? 'bg-ink text-white' : 'bg-white hover:bg-paper'}`}>
              {c(`tradeFlow.${value}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="h-80 w-full" role="img" aria-label={t('chartLabel')}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e5e7eb" strokeDasharray="3 3" />
            <XAxis dataKey="year" type="number" domain={domain} allowDecimals={false} tickCount={10} tick={{ fontSize: 12 }} />
            <YAxis dataKey="value" type="number" tick={{ fontSize: 12 }} width={56} tickFormatter={(v: number) => formatNumber(v, locale)} />
            <Tooltip content={<ChartTooltip locale={locale} />} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {shown.map((s) =>
              s.family === 'statement' ? (
                <Scatter key={s.key} name={name(s)} data={s.points} fill={STYLE[s.family].colour} shape={<SourceDot />} isAnimationActive={false} />
              ) : (
                <Line key={s.key} name={name(s)} data={s.points} dataKey="value" type="linear" stroke={STYLE[s.family].colour}
                  strokeDasharray={STYLE[s.family].dash} strokeWidth={2} dot={<SourceDot />} activeDot={false} isAnimationActive={false} />
              ),
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="text-xs text-muted">{t('pointHint')}</p>
    </figure>
  );
}
