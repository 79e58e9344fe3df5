/**
 * What the page tells the user outside the panels: an error banner with a Retry button (errors are
 * shown, never swallowed), a busy indicator, and the dialog that asks before drawing a large view.
 */
import { fill, h } from './dom';

/** The banner over the canvas. */
export class ErrorBanner {
  constructor(private readonly el: HTMLElement) {
    el.setAttribute('role', 'alert');
    el.hidden = true;
  }

  /** Shows `message`; the Retry button calls `retry` (and hides the banner). */
  show(message: string, retry?: () => void): void {
    fill(this.el,
      h('span', { className: 'message' }, message),
      retry ? h('button', { type: 'button', id: 'retry', onclick: () => { this.hide(); retry(); } }, 'Retry') : null,
      h('button', { type: 'button', className: 'close', 'aria-label': 'Dismiss', onclick: () => this.hide() }, '×'),
    );
    this.el.hidden = false;
  }

  /** Hides the banner. */
  hide(): void {
    this.el.hidden = true;
    this.el.replaceChildren();
  }

  /** The message on show, or null. */
  get message(): string | null {
    return this.el.hidden ? null : (this.el.querySelector('.message')?.textContent ?? null);
  }
}

/** Shows or hides the busy indicator. */
export function setBusy(el: HTMLElement, busy: boolean, text = 'Loading…'): void {
  el.hidden = !busy;
  el.textContent = busy ? text : '';
}

/**
 * Asks before drawing `total` elements (more than `limit`).
 * @returns true to draw, false to cancel.
 */
export function confirmLargeView(dialog: HTMLDialogElement, total: number, limit: number): Promise<boolean> {
  dialog.replaceChildren(
    h('form', { method: 'dialog' },
      h('h2', {}, 'Draw a large view?'),
      h('p', {}, `This view would draw ${total.toLocaleString('en')} elements, more than the ${limit.toLocaleString('en')} the page draws without asking. `,
        'Panning stays smooth (WebGL), but the picture is dense and slower to build.'),
      h('div', { className: 'actions' },
        h('button', { value: 'cancel', id: 'large-cancel' }, 'Cancel'),
        h('button', { value: 'draw', id: 'large-draw', className: 'primary' }, 'Draw anyway'),
      ),
    ),
  );
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'draw'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
  });
}
