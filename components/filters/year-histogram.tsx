'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { AtlasFilters } from '@/lib/filters/schema';
import type { YearHistogram as Histogram } from '@/lib/filters/year-histogram';
import { useAtlasNavigation } from './use-atlas-navigation';

/** `fill` (a CSS background, e.g. a stripe pattern) tells series apart without colour. */
export type HistogramSeries = { key: string; label: string; color: string; fill?: string };

type Props = {
  histogram: Histogram;
  series: HistogramSeries[];
  filters: AtlasFilters;
  /** What is counted: pairings on the map, agreements on the timeline. */
  noun: 'pairings' | 'agreements';
};

const STEP_MS = 900;

/**
 * Counts per year, stacked by series, and the year-range control: click a year,
 * drag across years or shift-click to extend, or press Play to grow the range year
 * by year (each step replaces the URL, so the map/list follow and history stays clean).
 */
export function YearHistogram({ histogram, series, filters: committed, noun }: Props) {
  const t = useTranslations('histogram');
  const { filters, apply, pending } = useAtlasNavigation(committed);
  const { bins } = histogram;
  const [preview, setPreview] = useState<[number, number] | null>(null);
  const drag = useRef<{ anchor: number; moved: boolean } | null>(null);
  const [playing, setPlaying] = useState<{ start: number; year: number } | null>(null);

  const first = bins[0]?.year;
  const last = bins.at(-1)?.year;
  const max = Math.max(1, ...bins.map((bin) => bin.total));
  const [from, to] = preview ?? [filters.from ?? first, filters.to ?? last];
  const ranged = filters.from !== undefined || filters.to !== undefined;

  useEffect(() => {
    const finish = () => {
      const current = drag.current;
      drag.current = null;
      if (current?.moved && preview) apply({ from: preview[0], to: preview[1] });
      if (current?.moved) setTimeout(() => setPreview(null), 0);
      else setPreview(null);
    };
    window.addEventListener('pointerup', finish);
    return () => window.removeEventListener('pointerup', finish);
  });

  // One step of Play after the previous one has rendered.
  useEffect(() => {
    if (!playing || pending || last === undefined) return;
    const timer = setTimeout(() => {
      if (playing.year >= last) return setPlaying(null);
      const year = playing.year + 1;
      setPlaying({ ...playing, year });
      apply({ from: playing.start, to: year }, { replace: true });
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, pending, last, apply]);

  if (first === undefined || last === undefined) {
    return <p className="text-sm text-muted">{t('empty', { noun })}</p>;
  }

  function select(year: number, extend: boolean) {
    if (extend && ranged) {
      const anchorFrom = filters.from ?? first!;
      const anchorTo = filters.to ?? last!;
      apply({ from: Math.min(anchorFrom, year), to: Math.max(anchorTo, year) });
    } else if (filters.from === year && filters.to === year) {
      apply({ from: undefined, to: undefined });
    } else {
      apply({ from: year, to: year });
    }
  }

  function play() {
    if (playing) return setPlaying(null);
    const start = filters.from ?? first!;
    setPlaying({ start, year: start });
    apply({ from: start, to: start }, { replace: true });
  }

  const rangeText = ranged ? (from === to ? String(from) : `${from}–${to}`) : t('allYears');

  return (
    <div className="space-y-2" data-testid="year-histogram">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">
          <button
            type="button"
            onClick={play}
            aria-pressed={playing !== null}
            className="inline-flex h-8 items-center gap-1.5 rounded-md border border-line bg-white px-3 text-sm font-medium hover:border-cn"
          >
            <span aria-hidden>{playing ? '❚❚' : '▶'}</span>
            {playing ? t('pause') : t('play')}
          </button>
          <span className="text-sm tabular-nums" aria-live="polite" data-testid="year-range">
            {playing ? t('playing', { year: playing.year }) : rangeText}
          </span>
          {ranged && !playing ? (
            <button type="button" className="text-xs text-cn hover:underline" onClick={() => apply({ from: undefined, to: undefined })}>
              {t('allYears')}
            </button>
          ) : null}
        </div>
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted" aria-label={t('seriesLabel')}>
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: s.fill ?? s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      </div>
      <div
        role="group"
        aria-label={t('label', { noun })}
        className="flex h-24 touch-none select-none items-end gap-px border-b border-line"
      >
        {bins.map((bin) => {
          const inRange = bin.year >= from! && bin.year <= to!;
          // The split by series in words too: the stacked colours are not the only way to read it.
          const split = bin.counts.map((count, index) => (count > 0 ? `${series[index].label}: ${count}` : null)).filter(Boolean).join(', ');
          const label = `${t('bar', { year: bin.year, count: bin.total, noun })}${split ? ` (${split})` : ''}`;
          return (
            <button
              key={bin.year}
              type="button"
              aria-pressed={ranged && inRange}
              aria-label={label}
              title={label}
              className={`group relative flex h-full min-w-0 flex-1 flex-col-reverse rounded-t-sm transition-opacity hover:bg-cn-soft ${
                inRange ? '' : 'opacity-30'
              }`}
              onPointerDown={(event) => {
                if (event.pointerType === 'mouse' && event.button !== 0) return;
                drag.current = { anchor: bin.year, moved: false };
              }}
              onPointerEnter={() => {
                const current = drag.current;
                if (!current || current.anchor === bin.year) return;
                current.moved = true;
                setPreview([Math.min(current.anchor, bin.year), Math.max(current.anchor, bin.year)]);
              }}
              onClick={(event) => {
                if (preview) return;
                select(bin.year, event.shiftKey);
              }}
            >
              {bin.counts.map((count, index) =>
                count > 0 ? (
                  <span
                    key={series[index].key}
                    className="block w-full first:rounded-b-none last:rounded-t-sm"
                    style={{ height: `${(count / max) * 100}%`, background: series[index].fill ?? series[index].color }}
                  />
                ) : null,
              )}
            </button>
          );
        })}
      </div>
      <div className="flex justify-between text-[11px] tabular-nums text-muted" aria-hidden>
        <span>{first}</span>
        <span>{Math.round((first + last) / 2)}</span>
        <span>{last}</span>
      </div>
      <p className="text-xs text-muted">
        {t('hint')}
        {histogram.undated > 0 ? ` ${t('undated', { count: histogram.undated, noun })}` : ''}
      </p>
    </div>
  );
}
