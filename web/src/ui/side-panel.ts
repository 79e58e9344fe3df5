/**
 * The side panel of the selected unit: names (English and Vietnamese), kind, dates, the post that
 * leads it and who holds it, the sources (article title, date and the quote), its relations, and the
 * chain of responsibility as text when it is on show.
 */
import type { CitationInfo, RelationInfo, UnitDetails } from '../api/types';
import { KIND_LOOKS, RELATION_LOOKS, isDrawnRelation } from '../graph/kinds';
import type { ChainView } from '../graph/view-model';
import { dateRange, fill, h, words } from './dom';
import { kindGlyph } from './legend';

/** What the panel's buttons do. */
export interface PanelActions {
  toggleExpand: (id: string) => void;
  toggleChain: (id: string) => void;
  reveal: (id: string) => void;
}

/** What the panel needs besides the unit. */
export interface PanelContext {
  expanded: boolean;
  chain: ChainView | null;
  nameOf: (id: string) => string;
}

/** Shows a message in the panel instead of a unit (nothing selected, loading, error). */
export function renderPanelMessage(panel: HTMLElement, text: string, error = false): void {
  panel.removeAttribute('data-unit');
  panel.replaceChildren(h('p', { className: error ? 'panel-message error' : 'panel-message', role: error ? 'alert' : null }, text));
}

/** Fills the panel with a unit's details. */
export function renderSidePanel(panel: HTMLElement, u: UnitDetails, ctx: PanelContext, act: PanelActions): void {
  const look = KIND_LOOKS[u.kind];
  const chainOn = ctx.chain?.unitId === u.id;
  const lead = u.leadPost;
  fill(panel,
    h('h2', { id: 'panel-name' }, u.name),
    u.nameVi ? h('p', { className: 'name-vi', lang: 'vi' }, u.nameVi) : null,
    h('dl', { className: 'facts' },
      h('dt', {}, 'Kind'), h('dd', { 'data-field': 'kind' }, kindGlyph(u.kind, 16), ` ${look?.label ?? words(u.kind)}`),
      u.abbreviation ? [h('dt', {}, 'Abbreviation'), h('dd', {}, u.abbreviation)] : null,
      u.jurisdiction ? [h('dt', {}, 'Covers'), h('dd', {}, u.jurisdiction)] : null,
      h('dt', {}, 'Dates'), h('dd', { 'data-field': 'dates' }, dateRange(u.validFrom, u.validTo)),
      h('dt', {}, 'Under it'), h('dd', {}, u.childCount === 1 ? '1 unit' : `${u.childCount} units`),
    ),
    u.synthetic ? h('p', { className: 'badge synthetic' }, 'Generated (synthetic) data: not a cited fact.') : null,
    h('div', { className: 'actions' },
      u.childCount > 0 ? h('button', { type: 'button', id: 'panel-expand', onclick: () => act.toggleExpand(u.id) }, ctx.expanded ? 'Collapse' : `Expand (${u.childCount})`) : null,
      h('button', { type: 'button', id: 'panel-chain', 'aria-pressed': String(chainOn), onclick: () => act.toggleChain(u.id) }, chainOn ? 'Hide chain of responsibility' : 'Chain of responsibility'),
    ),
    chainOn && ctx.chain ? chainSection(ctx.chain, ctx.nameOf) : null,
    h('h3', {}, 'Led by'),
    lead
      ? h('div', { className: 'lead', 'data-field': 'lead' },
          h('p', { className: 'post' }, h('strong', {}, lead.title), lead.titleVi ? h('span', { lang: 'vi', className: 'vi' }, ` · ${lead.titleVi}`) : null),
          lead.holders.length
            ? h('ul', { className: 'holders' }, lead.holders.map((hd) =>
                h('li', { 'data-person': hd.person.id },
                  h('strong', {}, [hd.rank ?? hd.person.rank, hd.person.name].filter(Boolean).join(' ')),
                  hd.person.nameVi ? h('span', { lang: 'vi', className: 'vi' }, ` (${hd.person.nameVi})`) : null,
                  h('span', { className: 'when' }, ` — ${dateRange(hd.validFrom, hd.validTo)}`),
                  citations(hd.citations),
                )))
            : h('p', { className: 'muted' }, 'No holder known on this date.'),
        )
      : h('p', { className: 'muted' }, 'No leading post known.'),
    h('h3', {}, 'Sources'),
    citations(u.citations, true),
    h('h3', {}, 'Relations'),
    relations(u, act),
  );
}

function chainSection(chain: ChainView, nameOf: (id: string) => string): HTMLElement {
  return h('section', { className: 'chain', 'aria-label': 'Chain of responsibility' },
    h('h3', {}, `Chain of responsibility: ${chain.paths.length} path${chain.paths.length === 1 ? '' : 's'}`),
    chain.truncated ? h('p', { className: 'muted' }, 'More paths exist than the API returns; some are left out.') : null,
    h('ol', { className: 'paths' }, chain.paths.map((p, i) => h('li', {}, h('ol', { className: 'steps' }, p.map((id, j) => {
      // The line from the step below up to this one.
      const line = j > 0 ? chain.lines[i]?.[j - 1] ?? null : null;
      const look = line && isDrawnRelation(line) ? RELATION_LOOKS[line] : null;
      return h('li', { 'data-id': id },
        look ? h('span', { className: 'step-line', style: `color:${look.colour}` }, `${line === 'REPORTS_TO' ? '↑' : '⇡'} ${look.label.toLowerCase()} `) : null,
        h('span', { className: 'step-name' }, nameOf(id)));
    }))))),
  );
}

function citations(list: CitationInfo[], big = false): HTMLElement {
  if (!list.length) return h('p', { className: 'muted' }, 'No source given.');
  return h('ul', { className: big ? 'citations' : 'citations small' }, list.map((c) =>
    h('li', {},
      c.source
        ? h('p', { className: 'source' }, h('cite', {}, c.source.title), c.source.date ? h('span', { className: 'date' }, ` — ${c.source.date}`) : null)
        : null,
      c.quote ? h('blockquote', {}, `“${c.quote}”`) : null,
      c.note ? h('p', { className: 'note' }, c.note) : null,
    )));
}

function relations(u: UnitDetails, act: PanelActions): HTMLElement {
  // Units reporting to this one are its children ("Under it"), not listed one by one.
  const rows = u.relations.filter((r) => !(r.type === 'REPORTS_TO' && r.to?.id === u.id));
  if (!rows.length) return h('p', { className: 'muted' }, 'None on this date.');
  return h('ul', { className: 'relations' }, rows.slice(0, 60).map((r) => relationRow(u.id, r, act)),
    rows.length > 60 ? h('li', { className: 'muted' }, `… and ${rows.length - 60} more`) : null);
}

function relationRow(self: string, r: RelationInfo, act: PanelActions): HTMLElement {
  const outgoing = r.from.id === self;
  const other = outgoing ? r.to : r.from;
  const look = isDrawnRelation(r.type) ? RELATION_LOOKS[r.type] : null;
  const verb = outgoing ? (look?.label ?? words(r.type)) : `${look?.label ?? words(r.type)} (from)`;
  return h('li', { 'data-type': r.type },
    h('span', { className: 'rel-type', style: look ? `border-color:${look.colour}` : null }, verb),
    ' ',
    other
      ? h('button', { type: 'button', className: 'link', onclick: () => act.reveal(other.id) }, other.name)
      : h('span', {}, r.event?.name ?? '—'),
    r.validFrom || r.validTo ? h('span', { className: 'when' }, ` (${dateRange(r.validFrom, r.validTo)})`) : null,
    r.note ? h('span', { className: 'note' }, ` — ${r.note}`) : null,
  );
}
