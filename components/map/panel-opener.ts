/**
 * Where focus goes back to when the side panel closes. The panel is rendered by the
 * server after a URL change, and the map redraws its markers on every selection, so
 * the element that opened the panel may be gone by then: the opener is remembered as
 * a way to find it again (e.g. the marker of a place by its data-place attribute).
 * A panel opened from inside another (a pairing from a partner's panel) inherits that
 * panel's opener: closing it returns to the marker the reader started from.
 */
type FindOpener = () => HTMLElement | null;

let remembered: FindOpener | null = null;
let openPanel: FindOpener | null = null;

export function rememberOpener(find: FindOpener) {
  remembered = find;
}

/** The opener for a panel that just opened: remembered, the focused element, or the replaced panel's. */
export function takeOpener(panel: HTMLElement): FindOpener | null {
  const find = remembered;
  remembered = null;
  const active = document.activeElement;
  const fromFocus = active instanceof HTMLElement && active !== document.body && !panel.contains(active) ? active : null;
  let result: FindOpener | null = find;
  if (!result && fromFocus) {
    const id = fromFocus.id;
    const href = fromFocus.getAttribute('href');
    // The list re-renders with the selection: find the same link again if React replaced it.
    result = () =>
      fromFocus.isConnected ? fromFocus : id ? document.getElementById(id) : href ? document.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`) : null;
  }
  openPanel = result ?? openPanel;
  return openPanel;
}

/** The panel closed for good (no other replaced it): forget its opener. */
export function panelClosed() {
  openPanel = null;
}
