'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { prefersReducedMotion } from '@/lib/a11y/motion';
import { useRouter } from '@/lib/i18n/navigation';
import { panelClosed, takeOpener } from './panel-opener';

/**
 * Moves focus to a newly opened side panel (and scrolls it into view when the reader
 * chose from the list far below), so keyboard and screen-reader users land on it.
 * Escape closes it; when it closes (Escape or ✕), focus returns to what opened it
 * (the marker or the list link) instead of falling to <body>.
 */
export function PanelFocus({ id, label, closeQuery, children }: { id: string; label: string; closeQuery: Record<string, string>; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const router = useRouter();
  const close = useRef(() => {});
  useEffect(() => {
    close.current = () => router.push({ pathname: '/', query: closeQuery }, { scroll: false });
  });

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const opener = takeOpener(element);
    element.focus({ preventScroll: true });
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight - 80) element.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      // After the map has redrawn its markers for the closed selection; not when another
      // panel replaced this one, nor when the reader has moved focus somewhere on purpose.
      setTimeout(() => {
        if (document.querySelector('[data-testid="side-panel"]')) return;
        panelClosed();
        if (document.activeElement && document.activeElement !== document.body) return;
        opener?.()?.focus();
      }, 0);
    };
  }, [id]);

  return (
    <section ref={ref} tabIndex={-1} aria-label={label} className="outline-none" data-testid="side-panel">
      {children}
    </section>
  );
}
