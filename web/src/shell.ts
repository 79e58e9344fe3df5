/**
 * The page's fixed parts, found in index.html and given their behaviour: search, date, export menu,
 * buttons, tree, filters, legend, banner. They call the page's actions through `Actions`.
 */
import type { DrawnRelation } from './graph/kinds';
import { byId } from './ui/dom';
import type { ExportFormat } from './ui/export-view';
import { RelationFilters, renderKindLegend } from './ui/legend';
import { ErrorBanner } from './ui/notices';
import { SearchBox } from './ui/search-box';
import { TreeView } from './ui/tree-view';

/** What the widgets can ask the page to do. */
export interface Actions {
  select: (id: string) => void;
  toggle: (id: string) => void;
  chain: (id: string) => void;
  clear: () => void;
  choose: (id: string) => void;
  setDate: (date: string | null) => void;
  setFilter: (type: DrawnRelation, shown: boolean) => void;
  exportAs: (format: ExportFormat) => void;
  tidy: () => void;
  reset: () => void;
  zoom: (factor: number | 'fit') => void;
}

/** The widgets. */
export interface Shell {
  panel: HTMLElement;
  busy: HTMLElement;
  live: HTMLElement;
  banner: ErrorBanner;
  dialog: HTMLDialogElement;
  tree: TreeView;
  filters: RelationFilters;
  search: SearchBox;
  dateInput: HTMLInputElement;
}

/** Finds the page's parts and wires them to `act`. @throws Error when index.html lacks one. */
export function createShell(act: Actions): Shell {
  renderKindLegend(byId('kind-legend'));
  const dateInput = byId<HTMLInputElement>('as-of');
  dateInput.addEventListener('change', () => act.setDate(dateInput.value || null));
  byId('today').addEventListener('click', () => {
    dateInput.value = '';
    act.setDate(null);
  });
  wireExportMenu(act);
  byId('tidy').addEventListener('click', () => act.tidy());
  byId('reset').addEventListener('click', () => act.reset());
  byId('zoom-in').addEventListener('click', () => act.zoom(1.25));
  byId('zoom-out').addEventListener('click', () => act.zoom(0.8));
  byId('zoom-fit').addEventListener('click', () => act.zoom('fit'));
  return {
    panel: byId('panel'),
    busy: byId('busy'),
    live: byId('live'),
    banner: new ErrorBanner(byId('error-banner')),
    dialog: byId<HTMLDialogElement>('large-dialog'),
    tree: new TreeView(byId('tree-container'), { select: act.select, toggle: act.toggle, chain: act.chain, clear: act.clear }),
    filters: new RelationFilters(byId('line-filters'), act.setFilter),
    search: new SearchBox(byId<HTMLInputElement>('search'), byId('search-results'), act.choose),
    dateInput,
  };
}

function wireExportMenu(act: Actions): void {
  const button = byId('export-button');
  const menu = byId('export-menu');
  const items = () => [...menu.querySelectorAll<HTMLButtonElement>('[role=menuitem]')];
  const close = (refocus: boolean) => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };
  button.addEventListener('click', () => {
    const open = menu.hidden;
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) items()[0]?.focus();
  });
  menu.addEventListener('click', (e) => {
    const format = (e.target as HTMLElement).closest('[data-export]')?.getAttribute('data-export');
    if (!format) return;
    close(true);
    act.exportAs(format as Parameters<Actions['exportAs']>[0]);
  });
  menu.addEventListener('keydown', (e) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') list[(i + 1) % list.length]?.focus();
    else if (e.key === 'ArrowUp') list[(i - 1 + list.length) % list.length]?.focus();
    else if (e.key === 'Escape') close(true);
    else return;
    e.preventDefault();
  });
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node) && e.target !== button) close(false);
  });
}
