/**
 * An ARIA tree (WAI-ARIA APG "tree view" pattern) of the units on show, nested along the reporting
 * line, beside the canvas and in step with it. It works alone: Up/Down move (and select), Right
 * expands or enters, Left collapses or goes to the parent, Enter expands or collapses, Home/End,
 * `c` shows the chain, Escape clears. One item is in the tab order (roving tabindex).
 */
import type { ViewModel } from '../graph/view-model';
import { KIND_LOOKS } from '../graph/kinds';
import { h } from './dom';
import { kindGlyph } from './legend';

/** What the tree asks the page to do. */
export interface TreeActions {
  select: (id: string) => void;
  toggle: (id: string) => void;
  chain: (id: string) => void;
  clear: () => void;
}

/** The tree view in `container`. */
export class TreeView {
  private readonly root: HTMLUListElement;
  private order: string[] = [];
  private parent = new Map<string, string>();
  private kids = new Map<string, string[]>();
  private expandedIds = new Set<string>();

  constructor(container: HTMLElement, private readonly act: TreeActions) {
    this.root = h('ul', { role: 'tree', id: 'tree', 'aria-label': 'Command structure (tree)' });
    this.root.addEventListener('keydown', (e) => this.key(e));
    this.root.addEventListener('click', (e) => this.click(e));
    container.replaceChildren(this.root);
  }

  /** Rebuilds the tree from the units on show. */
  render(model: ViewModel, visible: Set<string>): void {
    const focusedId = (document.activeElement as HTMLElement | null)?.closest?.('[role=treeitem]')?.getAttribute('data-id');
    const hadFocus = this.root.contains(document.activeElement);
    this.parent.clear();
    this.kids.clear();
    const tops: string[] = [];
    const byName = (a: string, b: string) => (model.units.get(a)?.name ?? a).localeCompare(model.units.get(b)?.name ?? b);
    for (const id of visible) {
      const p = model.parentOf(id);
      if (p && visible.has(p) && p !== id) {
        this.parent.set(id, p);
        this.kids.set(p, [...(this.kids.get(p) ?? []), id]);
      } else tops.push(id);
    }
    tops.sort((a, b) => (a === model.rootId ? -1 : b === model.rootId ? 1 : byName(a, b)));
    for (const list of this.kids.values()) list.sort(byName);
    this.expandedIds = new Set([...visible].filter((id) => model.expanded.has(id) || this.kids.has(id)));
    this.order = [];
    const tabId = (model.selected && visible.has(model.selected) ? model.selected : tops[0]) ?? null;
    const item = (id: string, level: number, pos: number, size: number): HTMLElement => {
      this.order.push(id);
      const u = model.units.get(id)!;
      const children = this.kids.get(id) ?? [];
      const expandable = u.childCount > 0 || children.length > 0;
      const open = this.expandedIds.has(id);
      return h('li', {
        role: 'treeitem', id: `tree-${id}`, 'data-id': id, 'aria-level': level, 'aria-posinset': pos, 'aria-setsize': size,
        'aria-expanded': expandable ? String(open) : null, 'aria-selected': String(model.selected === id), tabindex: id === tabId ? 0 : -1,
      },
        h('span', { className: 'row' },
          h('span', { className: 'twisty', 'aria-hidden': 'true' }, expandable ? (open ? '▾' : '▸') : ''),
          kindGlyph(u.kind, 14),
          h('span', { className: 'name' }, u.name),
          h('span', { className: 'sr-only' }, `, ${KIND_LOOKS[u.kind]?.label ?? u.kind}${u.childCount ? `, ${u.childCount} under it` : ''}`),
        ),
        open && children.length ? h('ul', { role: 'group' }, children.map((c, i) => item(c, level + 1, i + 1, children.length))) : null,
      );
    };
    this.root.replaceChildren(...tops.map((t, i) => item(t, 1, i + 1, tops.length)));
    if (hadFocus) this.focus(focusedId && visible.has(focusedId) ? focusedId : tabId);
  }

  /** Moves keyboard focus to a unit's item. */
  focus(id: string | null | undefined): void {
    if (!id) return;
    const el = this.root.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    if (!el) return;
    this.root.querySelectorAll('[role=treeitem][tabindex="0"]').forEach((x) => x.setAttribute('tabindex', '-1'));
    el.setAttribute('tabindex', '0');
    el.focus();
  }

  private current(e: Event): string | null {
    return (e.target as HTMLElement).closest('[role=treeitem]')?.getAttribute('data-id') ?? null;
  }

  private click(e: MouseEvent): void {
    const id = this.current(e);
    if (!id) return;
    if ((e.target as HTMLElement).classList.contains('twisty')) this.act.toggle(id);
    else this.act.select(id);
    this.focus(id);
  }

  private move(id: string | undefined): void {
    if (!id) return;
    this.focus(id);
    this.act.select(id);
  }

  private key(e: KeyboardEvent): void {
    const id = this.current(e);
    if (!id) return;
    const i = this.order.indexOf(id);
    const kids = this.kids.get(id) ?? [];
    const open = this.expandedIds.has(id);
    const expandable = open || this.root.querySelector(`[data-id="${CSS.escape(id)}"]`)?.hasAttribute('aria-expanded');
    let handled = true;
    switch (e.key) {
      case 'ArrowDown': this.move(this.order[i + 1]); break;
      case 'ArrowUp': this.move(this.order[i - 1]); break;
      case 'Home': this.move(this.order[0]); break;
      case 'End': this.move(this.order[this.order.length - 1]); break;
      case 'ArrowRight':
        if (open && kids[0]) this.move(kids[0]);
        else if (!open && expandable) this.act.toggle(id);
        break;
      case 'ArrowLeft':
        if (open) this.act.toggle(id);
        else this.move(this.parent.get(id));
        break;
      case 'Enter': this.act.toggle(id); break;
      case ' ': this.act.select(id); break;
      case 'c': case 'C': this.act.chain(id); break;
      case 'Escape': this.act.clear(); break;
      default: handled = false;
    }
    if (handled) e.preventDefault();
  }
}
