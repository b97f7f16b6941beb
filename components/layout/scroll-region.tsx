import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its table is wider than the screen: a labelled
 * region in the tab order, so a keyboard user can reach and scroll it (axe
 * `scrollable-region-focusable`, WCAG 2.1.1) and a screen reader announces what it holds.
 */
export function ScrollRegion({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
