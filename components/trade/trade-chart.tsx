'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatNumber } from '@/lib/trade/format-money';
import { useId, useState } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';
import type { TradeFlow } from '@/lib/domain/vocabulary';
import type { ChartPoint, ChartSeries, ReporterFamily } from '@/lib/trade/series';
import { linkableUrl } from '@/lib/sources/linkable-url';

const STYLE: Record<ReporterFamily, { colour: string }> = {
  belstat: { colour: '#b3261e' },
  gacc: { colour: '#2563b0' },
  statement: { colour: '#6b7280' },
};
const FLOWS: TradeFlow[] = ['total', 'by_export', 'by_import'];

type Hover = { point: ChartPoint; x: number; y: number };
type DotProps = { cx?: number; cy?: number; payload?: ChartPoint; fill?: string; onHover?: (hover: Hover | null) => void };

/**
 * A point that opens its source (an SVG link), so every charted value is traceable. It
 * reports its own figure on hover/focus: recharts' shared tooltip looked points up by
 * index across series with different years, and named the wrong one (issue 12).
 */
function SourceDot({ cx, cy, payload, fill, onHover }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const show = () => onHover?.({ point: payload, x: cx, y: cy });
  const hide = () => onHover?.(null);
  const circle = (
    <circle cx={cx} cy={cy} r={5} fill={fill} data-testid="trade-point" data-year={payload.year}
      onMouseEnter={show} onMouseLeave={hide} />
  );
  const href = linkableUrl(payload.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer external" onFocus={show} onBlur={hide}
      aria-label={`${payload.year}: ${payload.value} — ${payload.reporter} — ${payload.sourceTitle}`}>
      {circle}
    </a>
  ) : circle;
}

function PointTooltip({ hover, locale }: { hover: Hover; locale: string }) {
  const { point } = hover;
  return (
    <div role="tooltip" data-testid="trade-tooltip" style={{ left: hover.x + 10, top: hover.y + 10 }}
      className="pointer-events-none absolute z-10 max-w-xs rounded border border-line bg-white px-3 py-2 text-xs shadow">
      <div className="font-semibold tabular-nums">{point.year}: {point.approximate ? '≈ ' : ''}{formatNumber(point.value, locale)}</div>
      <div className="text-muted" lang="en">{point.reporter}</div>
      <div className="mt-1 text-muted">{point.sourceTitle}</div>
    </div>
  );
}

/** Whole-year country figures, one line per reporter family; statements as separate points. */
export function TradeChart({ series, tableHref }: { series: ChartSeries[]; tableHref: string }) {
  const t = useTranslations('trade');
  const a = useTranslations('a11y');
  const locale = useLocale();
  const c = useTranslations('catalog');
  const [flow, setFlow] = useState<TradeFlow>('total');
  const [hover, setHover] = useState<Hover | null>(null);
  const hintId = useId();
  const shown = series.filter((s) => s.flow === flow);
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  // The axis starts at the first data year (padding keeps the edge dots whole).
  const domain: [number, number] = years.length ? [Math.min(...years), Math.max(...years)] : [2000, 2025];
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
      {/* A group, not role=img: its points are links to their sources (nothing focusable may sit inside an image). */}
      <div className="relative h-80 w-full" role="group" aria-label={t('chartLabel')} aria-describedby={hintId} onMouseLeave={() => setHover(null)}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#e5e7eb" strokeDasharray="3 3" />
            <XAxis dataKey="year" type="number" domain={domain} padding={{ left: 12, right: 12 }} allowDecimals={false} tickCount={10} tick={{ fontSize: 12 }} />
            <YAxis dataKey="value" type="number" tick={{ fontSize: 12 }} width={56} tickFormatter={(v: number) => formatNumber(v, locale)} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {shown.flatMap((s) => {
              const colour = STYLE[s.family].colour;
              const dots = (
                <Scatter key={`${s.key}:points`} name={name(s)} data={s.points} dataKey="value" fill={colour}
                  legendType={s.family === 'statement' ? 'circle' : 'none'}
                  shape={<SourceDot onHover={setHover} />} isAnimationActive={false} />
              );
              if (s.family === 'statement') return [dots];
              // A solid line over every year, null where a year has no figure: the line
              // breaks there (connectNulls false) rather than implying a trend.
              return [
                <Line key={s.key} name={name(s)} data={s.line} dataKey="value" type="linear" stroke={colour} strokeWidth={2}
                  connectNulls={false} dot={false} activeDot={false} isAnimationActive={false} />,
                dots,
              ];
            })}
          </ComposedChart>
        </ResponsiveContainer>
        {hover ? <PointTooltip hover={hover} locale={locale} /> : null}
      </div>
      <p id={hintId} className="text-xs text-muted">
        {t('pointHint')}{' '}
        <a href={tableHref} className="font-medium text-cn underline">{a('chartTable')}</a>
      </p>
    </figure>
  );
}
