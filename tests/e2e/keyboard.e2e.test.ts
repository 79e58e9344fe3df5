/**
 * The page from the keyboard only: Tab into the graph, arrow keys along the reporting lines, Enter to
 * expand and collapse, `c` for the chain, Escape to clear; and the ARIA tree beside the canvas, in
 * step with the graph and usable alone.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { idle } from './support/browser';
import { hook, startStack, type Stack } from './support/stack';

jest.setTimeout(120_000);

let stack: Stack;
beforeAll(async () => { stack = await startStack(); }, 180_000);
afterAll(async () => { await stack?.close(); });

const press = async (page: Page, key: string) => {
  await page.keyboard.press(key);
  await idle(page);
};
const selected = (page: Page) => hook(page, (h) => h.selected());
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

describe('the keyboard', () => {
  test('when Tab reaches the graph, then arrows move along reporting lines, Enter expands and collapses, c shows the chain and Escape clears', async () => {
    const { page } = await stack.open('/?date=2024-06-01');
    // Tab from the top of the page until the graph has the focus.
    for (let i = 0; i < 40 && (await focusedId(page)) !== 'cy'; i++) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('cy');
    await idle(page);
    expect(await selected(page)).toBe('mps');

    await press(page, 'ArrowDown');
    const firstChild = await selected(page);
    expect(await hook(page, (h) => h.nodes().length)).toBeGreaterThan(3);
    expect(firstChild).not.toBe('mps');
    await press(page, 'ArrowUp');
    expect(await selected(page)).toBe('mps');

    // Walk the row under the ministry to Hanoi, then down to its district police.
    await press(page, 'ArrowDown');
    for (let i = 0; i < 12 && (await selected(page)) !== 'hanoi-police'; i++) await press(page, 'ArrowRight');
    expect(await selected(page)).toBe('hanoi-police');
    await press(page, 'ArrowDown');
    for (let i = 0; i < 12 && (await selected(page)) !== 'hanoi-district-police'; i++) await press(page, 'ArrowRight');
    expect(await selected(page)).toBe('hanoi-district-police');

    await press(page, 'Enter');
    expect(await hook(page, (h) => h.nodes().map((n) => n.id))).toContain('hanoi-commune-ward-police');
    await press(page, 'ArrowDown');
    expect(await selected(page)).toBe('hanoi-commune-ward-police');
    expect(await page.locator('#live').textContent()).toContain('Commune and ward police of Hanoi');

    await press(page, 'c');
    const chain = await hook(page, (h) => h.chain());
    expect(chain?.unitId).toBe('hanoi-commune-ward-police');
    expect(chain!.paths.some((p) => p.join('>') === 'hanoi-commune-ward-police>hanoi-district-police>hanoi-police>mps')).toBe(true);
    await stack.shot(page, '06-keyboard-chain');

    await press(page, 'Escape');
    expect(await hook(page, (h) => h.chain())).toBeNull();
    await press(page, 'Escape');
    expect(await selected(page)).toBeNull();

    await press(page, 'ArrowUp'); // nothing selected: back to the top
    await press(page, 'ArrowDown');
    for (let i = 0; i < 12 && (await selected(page)) !== 'hanoi-police'; i++) await press(page, 'ArrowRight');
    await press(page, 'Enter');
    expect(await hook(page, (h) => h.nodes().map((n) => n.id))).not.toContain('hanoi-district-police');
    await page.close();
  });

  test('when only the tree view is used, then it expands, selects and shows the chain in step with the graph', async () => {
    const { page } = await stack.open('/?date=2024-06-01');
    await page.focus('#tree [role=treeitem][tabindex="0"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('mps');
    expect(await page.getAttribute('#tree-mps', 'aria-expanded')).toBe('true');

    await press(page, 'ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(await selected(page)).toBe(second);
    expect(await page.getAttribute(`#tree-${second}`, 'aria-selected')).toBe('true');

    for (let i = 0; i < 20 && (await selected(page)) !== 'hanoi-district-police'; i++) await press(page, 'ArrowDown');
    expect(await selected(page)).toBe('hanoi-district-police');
    expect(await page.getAttribute('#tree-hanoi-district-police', 'aria-expanded')).toBe('false');
    await press(page, 'ArrowRight');
    expect(await page.getAttribute('#tree-hanoi-district-police', 'aria-expanded')).toBe('true');
    expect(await hook(page, (h) => h.nodes().map((n) => n.id))).toContain('hanoi-commune-ward-police');
    await press(page, 'ArrowRight');
    expect(await selected(page)).toBe('hanoi-commune-ward-police');
    expect(await hook(page, (h) => h.nodes().find((n) => n.id === 'hanoi-commune-ward-police')?.classes)).toContain('selected');

    await press(page, 'c');
    expect((await hook(page, (h) => h.chain()))?.unitId).toBe('hanoi-commune-ward-police');
    await press(page, 'ArrowLeft');
    expect(await selected(page)).toBe('hanoi-district-police');
    await press(page, 'ArrowLeft');
    expect(await page.getAttribute('#tree-hanoi-district-police', 'aria-expanded')).toBe('false');
    expect(await hook(page, (h) => h.nodes().map((n) => n.id))).not.toContain('hanoi-commune-ward-police');
    await stack.shot(page, '07-tree-view');
    await page.close();
  });
});
