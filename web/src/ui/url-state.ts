/**
 * The view's state in the URL, so a copied link reopens the same view:
 * `?sel=<unit>&exp=<unit>,<unit>&show=<unit>,...&date=YYYY-MM-DD&hide=ADVISES,...&chain=1&root=<unit>`.
 * `exp` absent means the default view (the root and two levels under it).
 */
import { DRAWN_RELATIONS, type DrawnRelation } from '../graph/kinds';

/** What the URL holds. */
export interface UrlState {
  root: string;
  selected: string | null;
  /** Expanded units; null for the default view. */
  expanded: string[] | null;
  /** Units shown although their parent is not expanded (chains, search results). */
  shown: string[];
  date: string | null;
  hidden: DrawnRelation[];
  chain: boolean;
  /** The element count above which the page asks before drawing (overrides the default). */
  warnAt: number | null;
}

/** The unit the page opens on when the URL names none. */
export const DEFAULT_ROOT = 'mps';

const ID = /^[A-Za-z0-9_.:-]{1,200}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const list = (v: string | null) => (v ? v.split(',').map((s) => s.trim()).filter((s) => ID.test(s)) : []);

/** Reads the state from a query string (ignores what it does not understand). */
export function readUrlState(search: string = location.search): UrlState {
  const q = new URLSearchParams(search);
  const root = q.get('root');
  const sel = q.get('sel');
  const date = q.get('date');
  const warn = Number(q.get('warn'));
  return {
    root: root && ID.test(root) ? root : DEFAULT_ROOT,
    selected: sel && ID.test(sel) ? sel : null,
    expanded: q.has('exp') ? list(q.get('exp')) : null,
    shown: list(q.get('show')),
    date: date && DATE.test(date) && !Number.isNaN(Date.parse(date)) ? date : null,
    hidden: list(q.get('hide')).filter((t): t is DrawnRelation => (DRAWN_RELATIONS as readonly string[]).includes(t)),
    chain: q.get('chain') === '1',
    warnAt: Number.isInteger(warn) && warn > 0 ? warn : null,
  };
}

/** The query string of a state (defaults left out, lists sorted so equal views give equal links). */
export function writeUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.root !== DEFAULT_ROOT) q.set('root', s.root);
  if (s.selected) q.set('sel', s.selected);
  if (s.expanded) q.set('exp', [...s.expanded].sort().join(','));
  if (s.shown.length) q.set('show', [...s.shown].sort().join(','));
  if (s.date) q.set('date', s.date);
  if (s.hidden.length) q.set('hide', [...s.hidden].sort().join(','));
  if (s.chain) q.set('chain', '1');
  if (s.warnAt) q.set('warn', String(s.warnAt));
  const text = q.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** Replaces the address bar's query string (no new history entry per click). */
export function saveUrlState(s: UrlState): void {
  const next = `${location.pathname}${writeUrlState(s)}${location.hash}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', next);
}
