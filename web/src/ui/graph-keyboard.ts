/**
 * The canvas from the keyboard. Tab puts focus on it (the selected unit, or the root, is the focus);
 * Up goes to the parent on the reporting line, Down to the first child shown, Left/Right to the
 * siblings (in their order on screen); Enter expands or collapses; `c` shows the chain; Escape
 * clears; + and - zoom, 0 fits. Each move is announced through a live region.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { ViewModel } from '../graph/view-model';
import { KIND_LOOKS } from '../graph/kinds';

/** What the keys do on the page. */
export interface GraphKeyActions {
  select: (id: string) => void;
  toggle: (id: string) => void;
  chain: (id: string) => void;
  clear: () => void;
}

/** Wires the keys of `container`; `cy()` and `getModel()` give the current instances (both get replaced). */
export function bindGraphKeyboard(container: HTMLElement, cy: () => Core, getModel: () => ViewModel, act: GraphKeyActions, live: HTMLElement): void {
  container.tabIndex = 0;
  container.addEventListener('focus', () => {
    const model = getModel();
    if (!model.selected && cy().getElementById(model.rootId).nonempty()) {
      act.select(model.rootId);
    }
    if (model.selected) announce(model.selected);
  });
  const announce = (id: string) => {
    const model = getModel();
    const u = model.units.get(id);
    if (!u) return;
    const state = u.childCount ? `, ${u.childCount} under it, ${model.expanded.has(id) ? 'expanded' : 'collapsed'}` : '';
    live.textContent = `${u.name}, ${KIND_LOOKS[u.kind]?.label ?? u.kind}${state}`;
  };
  const go = (node: NodeSingular | undefined, edgeMessage: string) => {
    if (!node || node.empty()) {
      live.textContent = edgeMessage;
      return;
    }
    act.select(node.id());
    keepInView(cy(), node);
    announce(node.id());
  };
  container.addEventListener('keydown', (e) => {
    const model = getModel();
    const c = cy();
    const sel = model.selected ? c.getElementById(model.selected) : null;
    const cur = sel && sel.nonempty() ? sel : null;
    const parentOf = (n: NodeSingular) => {
      const p = model.parentOf(n.id());
      const pn = p ? c.getElementById(p) : null;
      return pn && pn.nonempty() ? pn : undefined;
    };
    const byX = (a: NodeSingular, b: NodeSingular) => a.position('x') - b.position('x') || a.position('y') - b.position('y');
    const childrenOf = (n: NodeSingular) => c.nodes().filter((m) => model.parentOf(m.id()) === n.id()).sort(byX);
    let handled = true;
    switch (e.key) {
      case 'ArrowUp':
        if (cur) go(parentOf(cur), 'At the top of the reporting line.');
        else act.select(model.rootId);
        break;
      case 'ArrowDown':
        if (cur) go(childrenOf(cur)[0], cur.data('childCount') ? 'Collapsed: press Enter to expand.' : 'No unit under it.');
        else act.select(model.rootId);
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        if (!cur) { act.select(model.rootId); break; }
        const p = parentOf(cur);
        const row = (p ? childrenOf(p) : c.nodes().filter((m) => !parentOf(m)).sort(byX)).toArray() as NodeSingular[];
        const i = row.findIndex((n) => n.id() === cur.id());
        go(row[i + (e.key === 'ArrowRight' ? 1 : -1)], e.key === 'ArrowRight' ? 'Last in its row.' : 'First in its row.');
        break;
      }
      case 'Enter':
        if (cur) act.toggle(cur.id());
        break;
      case 'c':
      case 'C':
        if (cur) act.chain(cur.id());
        break;
      case 'Escape':
        act.clear();
        live.textContent = 'Selection cleared.';
        break;
      case '+':
      case '=':
        c.zoom({ level: c.zoom() * 1.25, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
        break;
      case '-':
        c.zoom({ level: c.zoom() / 1.25, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
        break;
      case '0':
        c.fit(undefined, 30);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  });
}

/** Pans so that `node` is on screen (with a margin), when it is not. */
export function keepInView(cy: Core, node: NodeSingular): void {
  const ext = cy.extent();
  const p = node.position();
  const mx = (ext.x2 - ext.x1) * 0.1;
  const my = (ext.y2 - ext.y1) * 0.1;
  if (p.x < ext.x1 + mx || p.x > ext.x2 - mx || p.y < ext.y1 + my || p.y > ext.y2 - my) {
    cy.animate({ center: { eles: node }, duration: 200 });
  }
}
