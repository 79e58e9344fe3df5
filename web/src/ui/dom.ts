/**
 * A small element builder: the page's UI is plain DOM, with text always set as text (never HTML),
 * so names and quotes from the sources cannot inject markup.
 */

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Attributes starting with `on` are listeners; `true` sets an empty attribute,
 * `false`/null/undefined leave it out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : String(value));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** Looks up an element the page's HTML must have. @throws Error naming the missing id. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no element #${id}`);
  return el as T;
}

/** Formats a date range as the side panel shows it. */
export function dateRange(from: string | null, to: string | null): string {
  if (from && to) return `${from} – ${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return 'dates not given by the sources';
}

/** Human words for an enum value: `PROVINCIAL_POLICE` → `provincial police`. */
export function words(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** Replaces the children of `el`, skipping empty ones (null, undefined, false). */
export function fill(el: HTMLElement, ...children: (Child | Child[])[]): void {
  el.replaceChildren(...(children.flat().filter((c) => c != null && c !== false) as (Node | string)[]));
}
