/**
 * Fills the side panel for the selected unit: fetches its details for the date shown (a newer
 * selection cancels an older request) and renders them with the page's actions on its buttons.
 */
import { fetchUnitDetails } from '../api/operations';
import type { ViewModel } from '../graph/view-model';
import { renderPanelMessage, renderSidePanel, type PanelActions } from './side-panel';

/** Loads details into `panel`. */
export class PanelLoader {
  private ctl: AbortController | null = null;

  constructor(private readonly panel: HTMLElement, private readonly actions: PanelActions) {}

  /**
   * Shows unit `id` of `model` (`chainOn`: list its chain). Runs the fetch through `run`, which shows
   * failures with a Retry.
   */
  async show(id: string, model: ViewModel, chainOn: boolean, run: <T>(label: string, task: () => Promise<T>) => Promise<T | undefined>): Promise<void> {
    this.ctl?.abort();
    const ctl = new AbortController();
    this.ctl = ctl;
    if (this.panel.getAttribute('data-unit') !== id) renderPanelMessage(this.panel, 'Loading…');
    await run('Loading the unit', async () => {
      const details = await fetchUnitDetails(id, model.asOf, { signal: ctl.signal });
      if (ctl.signal.aborted || model.selected !== id) return;
      if (!details) return renderPanelMessage(this.panel, `No unit '${id}'.`, true);
      renderSidePanel(this.panel, details, {
        expanded: model.expanded.has(id),
        chain: chainOn ? model.chain : null,
        nameOf: (u) => model.units.get(u)?.name ?? u,
      }, this.actions);
      this.panel.setAttribute('data-unit', id);
    });
  }

  /** Shows a message instead of a unit. */
  message(text: string): void {
    this.ctl?.abort();
    renderPanelMessage(this.panel, text);
  }
}
