/**
 * The page in Chromium against the real server and the real Neo4j (the cited dataset): open, search,
 * select, chain of responsibility, filters, expand and collapse, the "as of" date, export, deep links.
 * Assertions go through the page's test hook (window.__commandGraph); screenshots of the main views
 * are saved under tests/e2e/screenshots/ (ignored by git).
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { idle } from './support/browser';
import { hook, startStack, type Stack } from './support/stack';

// A cold Neo4j and a busy machine make the first page slow: browser tests get more time.
jest.setTimeout(120_000);

let stack: Stack;
beforeAll(async () => { stack = await startStack(); }, 180_000);
afterAll(async () => { await stack?.close(); });

const ids = (page: Page) => hook(page, (h) => h.nodes().map((n) => n.id).sort());
const node = (page: Page, id: string) => hook(page, (h) => h.nodes()).then((all) => all.find((n) => n.id === id));

describe('the page', () => {
  test('when it opens, then it draws the ministry and two levels under it, top-down, with a legend and no error', async () => {
    const { page, errors } = await stack.open('/');
    const shown = await ids(page);
    expect(shown).toEqual(expect.arrayContaining(['mps', 'hanoi-police', 'guard-high-command', 'mps-office', 'hanoi-police-board', 'guard-command-info-centre']));
    // Nothing three levels down: the commune police of Hanoi is two levels down today, so it is there;
    // the bodies outside the ministry (party, state) are not.
    expect(shown).not.toContain('party-central-committee');
    const mps = (await node(page, 'mps'))!;
    const hanoi = (await node(page, 'hanoi-police'))!;
    const board = (await node(page, 'hanoi-police-board'))!;
    expect(mps.y).toBeLessThan(hanoi.y);
    expect(hanoi.y).toBeLessThan(board.y);
    expect(await page.locator('.kind-legend li').count()).toBe(15);
    expect(await page.locator('.line-legend input[type=checkbox]').count()).toBe(6);
    expect(await hook(page, (h) => h.edges().filter((e) => e.type === 'REPORTS_TO').length)).toBeGreaterThanOrEqual(10);
    expect(await hook(page, (h) => h.banner())).toBeNull();
    expect(await hook(page, (h) => h.metrics().firstDrawMs)).toBeLessThan(10_000);
    expect(errors).toEqual([]);
    await stack.shot(page, '01-top-of-structure');
    await page.close();
  });

  test('when a name is typed without diacritics and a result chosen, then the unit is selected with its chain and its panel shows names, kind, leader and sources', async () => {
    const { page } = await stack.open('/');
    await page.fill('#search', 'cong an ha noi');
    await page.waitForSelector('#search-results li[data-id="hanoi-police"]');
    expect(await page.locator('#search-results li[data-id="hanoi-police"] .hit-vi').textContent()).toBe('Công an thành phố Hà Nội');
    await page.click('#search-results li[data-id="hanoi-police"]');
    await idle(page);
    await page.waitForSelector('#panel[data-unit="hanoi-police"]');
    expect(await hook(page, (h) => h.selected())).toBe('hanoi-police');
    const chain = (await hook(page, (h) => h.chain()))!;
    expect(chain.unitId).toBe('hanoi-police');
    expect(chain.paths.map((p) => p[p.length - 1]).sort()).toEqual(['hanoi-local-authorities', 'mps']);
    const panel = page.locator('#panel');
    expect(await panel.locator('h2').textContent()).toBe('Hanoi Public Security');
    expect(await panel.locator('.name-vi').textContent()).toBe('Công an thành phố Hà Nội');
    expect(await panel.locator('[data-field=kind]').textContent()).toContain('Provincial police');
    expect(await panel.locator('[data-field=lead]').textContent()).toContain('Nguyen Thanh Tung');
    const sources = panel.locator('.citations').first();
    expect(await sources.locator('cite').count()).toBeGreaterThan(0);
    expect(await sources.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await sources.locator('.date').first().textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await hook(page, (h) => h.search())).toContain('sel=hanoi-police');
    await stack.shot(page, '02-search-result-with-chain');
    await page.close();
  });

  test('when the chain of the Hanoi commune police is shown during the 2026 election, then both lines are highlighted as separate paths and filters hide a kind of line', async () => {
    const { page } = await stack.open('/?sel=hanoi-commune-ward-police&chain=1&date=2026-03-10');
    const chain = (await hook(page, (h) => h.chain()))!;
    expect(chain.paths.length).toBeGreaterThanOrEqual(3);
    const chainEdges = await hook(page, (h) => h.edges().filter((e) => e.classes.includes('chain')));
    const fromCommune = chainEdges.filter((e) => e.source === 'hanoi-commune-ward-police');
    expect([...new Set(fromCommune.map((e) => e.type))].sort()).toEqual(['ANSWERABLE_TO', 'REPORTS_TO']);
    expect(await hook(page, (h) => h.nodes().filter((n) => n.classes.includes('faded')).length)).toBeGreaterThan(0);
    expect(await page.locator('#panel .chain .paths > li').count()).toBe(chain.paths.length);
    await stack.shot(page, '03-chain-dual-lines');

    await page.uncheck('#filter-ANSWERABLE_TO');
    const answerable = await hook(page, (h) => h.edges().filter((e) => e.type === 'ANSWERABLE_TO'));
    expect(answerable.length).toBeGreaterThan(0);
    expect(answerable.every((e) => !e.shown)).toBe(true);
    expect(await hook(page, (h) => h.state().hidden)).toEqual(['ANSWERABLE_TO']);
    await page.check('#filter-ANSWERABLE_TO');
    expect(await hook(page, (h) => h.edges().filter((e) => e.type === 'ANSWERABLE_TO').every((e) => e.shown))).toBe(true);
    await page.close();
  });

  test('when the date is set before the March 2025 reform and the district police clicked, then it expands under Hanoi and nothing else moves', async () => {
    const { page } = await stack.open('/');
    await page.fill('#as-of', '2024-06-01');
    await page.dispatchEvent('#as-of', 'change');
    await idle(page);
    expect(await hook(page, (h) => h.state().date)).toBe('2024-06-01');
    expect((await node(page, 'hanoi-district-police'))?.classes).toContain('collapsed');
    // Bring it on screen as a user would pan to it.
    await hook(page, (h) => h.app.graph.cy.center(h.app.graph.cy.getElementById('hanoi-district-police')));
    const district = (await node(page, 'hanoi-district-police'))!;
    expect(district.onScreen).toBe(true);
    expect(await ids(page)).not.toContain('hanoi-commune-ward-police');
    const before = await hook(page, (h) => h.nodes());
    // First click selects, and expands a collapsed unit.
    await page.mouse.click(district.px, district.py);
    await idle(page);
    expect(await hook(page, (h) => h.selected())).toBe('hanoi-district-police');
    const commune = (await node(page, 'hanoi-commune-ward-police'))!;
    expect(commune).toBeDefined();
    expect(commune.y).toBeGreaterThan(district.y);
    const after = await hook(page, (h) => h.nodes());
    for (const b of before) {
      const a = after.find((n) => n.id === b.id)!;
      expect({ id: b.id, x: a.x, y: a.y }).toEqual({ id: b.id, x: b.x, y: b.y });
    }
    expect(await hook(page, (h) => h.state().expanded)).toContain('hanoi-district-police');
    await stack.shot(page, '04-expanded-on-2024-06-01');

    // A click on the selected, expanded unit collapses it.
    const again = (await node(page, 'hanoi-district-police'))!;
    await page.mouse.click(again.px, again.py);
    await idle(page);
    expect(await ids(page)).not.toContain('hanoi-commune-ward-police');
    await page.close();
  });

  test('when the view is exported, then the PNG, JSON and CSV files hold the units and relations drawn', async () => {
    const { page } = await stack.open('/');
    const shown = await hook(page, (h) => ({ nodes: h.nodes().length, edges: h.edges().filter((e) => e.shown).length }));
    const save = async (format: string) => {
      const wait = page.waitForEvent('download');
      await page.click('#export-button');
      await page.click(`[data-export="${format}"]`);
      const download = await wait;
      const file = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(file!) };
    };
    const png = await save('png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const json = await save('json');
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    expect(parsed.nodes).toHaveLength(shown.nodes);
    expect(parsed.edges).toHaveLength(shown.edges);
    expect(parsed.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain('mps');
    const units = (await save('csv-nodes')).bytes.toString('utf8').trim().split(/\r\n/);
    expect(units[0]).toBe('id,label,labelVi,abbreviation,kind,childCount,validFrom,validTo,synthetic');
    expect(units).toHaveLength(shown.nodes + 1);
    const relations = (await save('csv-edges')).bytes.toString('utf8').trim().split(/\r\n/);
    expect(relations[0]).toBe('id,source,target,type,validFrom,validTo');
    expect(relations).toHaveLength(shown.edges + 1);
    await page.close();
  });

  test('when a copied link is opened, then the same view comes back: selection, expanded units, date, filters and chain', async () => {
    const { page: first } = await stack.open('/?date=2024-06-01');
    await hook(first, (h) => h.app.expand('hanoi-district-police'));
    await hook(first, (h) => h.app.select('hanoi-commune-ward-police'));
    await first.uncheck('#filter-GUIDES');
    await first.click('#panel-chain');
    await idle(first);
    const link = first.url();
    const want = await hook(first, (h) => ({ nodes: h.nodes().map((n) => n.id).sort(), state: h.state(), chain: h.chain() }));
    await first.close();

    const { page } = await stack.open(link.replace(stack.url, ''));
    const got = await hook(page, (h) => ({ nodes: h.nodes().map((n) => n.id).sort(), state: h.state(), chain: h.chain() }));
    expect(got.state).toEqual(want.state);
    expect(got.nodes).toEqual(want.nodes);
    expect(got.chain).toEqual(want.chain);
    expect(got.state.date).toBe('2024-06-01');
    expect(got.state.hidden).toEqual(['GUIDES']);
    expect(await page.isChecked('#filter-GUIDES')).toBe(false);
    await stack.shot(page, '05-deep-link');
    await page.close();
  });
});
