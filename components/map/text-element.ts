/**
 * An element that shows `text` as text. Leaflet inserts string content of tooltips,
 * popups and div icons as HTML (`innerHTML`), so anything built from data goes in as
 * a node whose `textContent` is set: a name like `<img onerror=…>` stays a name.
 * The lint rule in eslint.config.mjs forbids the string forms.
 */
export function textElement(tag: 'span' | 'div' | 'strong', text: string, options: { className?: string; ariaHidden?: boolean } = {}): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (options.className) element.className = options.className;
  if (options.ariaHidden) element.setAttribute('aria-hidden', 'true');
  return element;
}

/** A `<span>` holding the given nodes, for Leaflet content made of several parts. */
export function groupElement(...children: HTMLElement[]): HTMLElement {
  const group = document.createElement('span');
  group.append(...children);
  return group;
}
