/**
 * Search as you type, as an ARIA combobox: results come from searchUnits (diacritics are ignored by
 * the API) after a short pause; arrow keys move through them, Enter or a click chooses one. A newer
 * keystroke cancels the request of an older one. Errors show in the list itself.
 */
import { isAbort } from '../api/graphql-client';
import { searchUnits } from '../api/operations';
import type { SearchHit } from '../api/types';
import { KIND_LOOKS } from '../graph/kinds';
import { h, words } from './dom';
import { kindGlyph } from './legend';

/** Milliseconds to wait after a keystroke before asking. */
export const SEARCH_DELAY_MS = 150;

/** The search box behind `input` and its result list `list`. */
export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | null = null;
  /** Requests not answered yet (for the test hook's idle check). */
  pending = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly onChoose: (id: string) => void,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!/[\p{L}\p{N}]/u.test(text)) return this.close();
    this.timer = setTimeout(() => void this.run(text), SEARCH_DELAY_MS);
  }

  private async run(text: string): Promise<void> {
    this.inflight?.abort();
    const ctl = new AbortController();
    this.inflight = ctl;
    this.pending++;
    try {
      const hits = await searchUnits(text, 12, { signal: ctl.signal });
      if (ctl.signal.aborted) return;
      this.show(hits, text);
    } catch (err) {
      if (isAbort(err) || ctl.signal.aborted) return;
      this.showMessage(`Search failed: ${(err as Error).message}`, true);
    } finally {
      this.pending--;
    }
  }

  private show(hits: SearchHit[], text: string): void {
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    if (!hits.length) return this.showMessage(`No unit matches “${text}”.`, false);
    this.list.replaceChildren(
      ...hits.map((hit, i) =>
        h('li', { role: 'option', id: `search-opt-${i}`, 'data-id': hit.node.id, 'aria-selected': i === 0 ? 'true' : 'false', onmousedown: (e: Event) => { e.preventDefault(); this.choose(i); } },
          kindGlyph(hit.node.kind, 16),
          h('span', { className: 'hit-name' }, hit.node.name, hit.node.abbreviation ? ` (${hit.node.abbreviation})` : ''),
          h('span', { className: 'hit-vi', lang: 'vi' }, hit.node.nameVi ?? ''),
          h('span', { className: 'hit-kind' }, KIND_LOOKS[hit.node.kind]?.label ?? words(hit.node.kind)),
        ),
      ),
    );
    this.open();
  }

  private showMessage(text: string, error: boolean): void {
    this.hits = [];
    this.active = -1;
    this.list.replaceChildren(h('li', { className: error ? 'message error' : 'message', role: 'option', 'aria-disabled': 'true' }, text));
    this.open();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.mark();
  }

  /** Hides the result list. */
  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private mark(): void {
    this.list.querySelectorAll('[role=option]').forEach((el, i) => el.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-opt-${this.active}`);
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.mark();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.close();
    this.input.value = hit.node.name;
    this.onChoose(hit.node.id);
  }
}
