/**
 * Whether the reader asked the system for less motion. Read at the moment of each move
 * (the setting can change while the page is open). CSS handles transitions and smooth
 * scrolling (app/globals.css); this is for script-driven motion: map fly-to and zoom
 * animation, scrolling a panel into view.
 */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
