'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Moves focus to a newly opened side panel (and scrolls it into view when the reader
 * chose from the list far below), so keyboard and screen-reader users land on it.
 */
export function PanelFocus({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight - 80) element.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [id]);
  return (
    <section ref={ref} tabIndex={-1} aria-label={label} className="outline-none" data-testid="side-panel">
      {children}
    </section>
  );
}
