/**
 * `npx tsx bench/web-figures.ts [--runs 5] [--keep-data]`: the page's figures, measured in Debian's
 * Chromium against the real server and a Neo4j of its own (free port, temporary data folder, the
 * cited dataset loaded, then a synthetic fixture written through the loader):
 *
 * - first graph drawn, ms after navigation (the cited dataset's opening view; target < 1,500);
 * - expanding a unit with 100 children, ms from the request to the frame drawn (target < 300);
 * - panning (mouse drag) and zooming (wheel) a view of about 5,000 elements, frames per second
 *   (target >= 30), with the canvas renderer (the page's choice without a GPU) and WebGL (forced).
 *
 * Prints a markdown table and writes it to bench/results/web-figures.md. Not a test: figures only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../api/src/config';
import { applySchema } from '../api/src/db/apply-schema';
import { createDb } from '../api/src/db/driver';
import { startServer } from '../api/src/server';
import { ensureWebBuilt } from '../api/src/web-build';
import { startEmbeddedNeo4j } from '../db/neo4j';
import { loadDataset, writeDataset, type Dataset } from '../seed/loader';
import { idle, launchChromium, newPage } from '../tests/e2e/support/browser';
import '../tests/e2e/support/hook';

const RESULTS = path.join(__dirname, 'results', 'web-figures.md');
const HUB_CHILDREN = 100;
const BIG_PROVINCES = 25;
const BIG_COMMUNES = 100;
// Under the guard's command centre (three levels down): out of the opening view.
const ANCHOR = 'guard-command-info-centre';

interface Row { figure: string; target: string; runs: number[]; unit: string; better: 'lower' | 'higher'; note?: string }

function located<T>(kind: string, list: T[]) {
  return list.map((value, index) => ({ value, raw: { kind, file: '<bench/web-figures.ts>', index, data: value, lineOf: () => 0 } }));
}

/** A unit with 100 children, and a unit with 25 units of 100 children each (about 5,000 elements shown). */
function fixture(): Dataset {
  const note = [{ note: 'bench/web-figures.ts fixture (synthetic)' }];
  const units: Record<string, unknown>[] = [];
  const relations: Record<string, unknown>[] = [];
  const unit = (id: string, name: string, kind: string, parent: string) => {
    units.push({ id, name, kind, citations: note });
    relations.push({ id: `${id}-reports-to-${parent}`, type: 'REPORTS_TO', from: id, to: parent, citations: note });
  };
  unit('bench-hub', 'Bench hub (100 units)', 'MINISTRY_DEPARTMENT', ANCHOR);
  for (let i = 0; i < HUB_CHILDREN; i++) unit(`bench-hub-c${i}`, `Bench hub unit ${i}`, 'COMMUNE_POLICE', 'bench-hub');
  unit('bench-big', 'Bench big view', 'MINISTRY_DEPARTMENT', ANCHOR);
  for (let p = 0; p < BIG_PROVINCES; p++) {
    unit(`bench-big-p${p}`, `Bench province ${p}`, 'PROVINCIAL_POLICE', 'bench-big');
    for (let c = 0; c < BIG_COMMUNES; c++) unit(`bench-big-p${p}-c${c}`, `Bench commune ${p}.${c}`, 'COMMUNE_POLICE', `bench-big-p${p}`);
  }
  return { sources: [], events: [], persons: [], posts: [], holdings: [], units: located('units', units), relations: located('relations', relations) } as unknown as Dataset;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function firstDraw(browser: Browser, url: string): Promise<number> {
  const { context, page } = await newPage(browser);
  await page.goto(url);
  await idle(page);
  const ms = await page.evaluate(() => window.__commandGraph!.metrics().firstDrawMs!);
  await context.close();
  return ms;
}

async function expandRuns(browser: Browser, url: string, runs: number): Promise<{ drawn: number[]; filled: number[] }> {
  const { context, page } = await newPage(browser);
  await page.goto(`${url}/?exp=mps,guard-high-command,${ANCHOR}`);
  await idle(page);
  const drawn: number[] = [];
  const filled: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = Date.now();
    await page.evaluate(() => window.__commandGraph!.app.expand('bench-hub'));
    drawn.push(await page.evaluate(() => window.__commandGraph!.metrics().lastExpandMs!));
    await idle(page);
    filled.push(Date.now() - t0);
    const n = await page.evaluate(() => window.__commandGraph!.nodes().filter((x) => x.id.startsWith('bench-hub-c')).length);
    if (n !== HUB_CHILDREN) throw new Error(`expected ${HUB_CHILDREN} children drawn, got ${n}`);
    await page.evaluate(() => window.__commandGraph!.app.toggle('bench-hub'));
    await idle(page);
  }
  await context.close();
  return { drawn, filled };
}

// Scripts run in the page as text: tsx would wrap a function's inner functions in a helper the page lacks.
const START_FRAMES = `window.__frames = 0; window.__stop = false; window.__t0 = performance.now();
  (function tick() { window.__frames++; if (!window.__stop) requestAnimationFrame(tick); })();`;
const STOP_FRAMES = `(() => { window.__stop = true; return window.__frames / (performance.now() - window.__t0) * 1000; })()`;
// A point of the canvas with no unit under it, to start a drag there (a drag on a unit moves the unit).
const EMPTY_POINT = `(() => {
  const nodes = window.__commandGraph.nodes();
  const box = document.getElementById('cy').getBoundingClientRect();
  for (let y = box.top + 30; y < box.bottom - 30; y += 10)
    for (let x = box.left + 30; x < box.right - 30; x += 10)
      if (!nodes.some((n) => Math.abs(n.px - x) < 30 && Math.abs(n.py - y) < 30)) return { x, y };
  return { x: box.left + 4, y: box.top + 4 };
})()`;

/**
 * Frames per second while the user pans (drags the canvas with the mouse) or zooms (mouse wheel)
 * for `ms`: requestAnimationFrame callbacks counted in the page, so a slow redraw lowers the figure.
 */
async function interactionFps(page: Page, kind: 'pan' | 'zoom', ms: number): Promise<number> {
  const p = (await page.evaluate(EMPTY_POINT)) as { x: number; y: number };
  await page.mouse.move(p.x, p.y);
  await page.evaluate(START_FRAMES);
  const t0 = Date.now();
  if (kind === 'pan') await page.mouse.down();
  for (let i = 0; Date.now() - t0 < ms; i++) {
    if (kind === 'pan') await page.mouse.move(p.x + Math.sin(i / 10) * 120, p.y + Math.cos(i / 10) * 60);
    else await page.mouse.wheel(0, Math.sin(i / 8) > 0 ? 40 : -40);
    await page.waitForTimeout(8);
  }
  if (kind === 'pan') await page.mouse.up();
  return (await page.evaluate(STOP_FRAMES)) as number;
}

async function bigView(browser: Browser, url: string, webgl: boolean): Promise<{ pan: number[]; zoom: number[]; elements: number; renderer: string }> {
  const provinces = Array.from({ length: BIG_PROVINCES }, (_, p) => `bench-big-p${p}`).join(',');
  const { context, page } = await newPage(browser);
  await page.goto(`${url}/?exp=mps,guard-high-command,${ANCHOR},bench-big,${provinces}&warn=100000&webgl=${webgl ? '1' : '0'}`);
  await idle(page, 600_000);
  const r = await page.evaluate(() => window.__commandGraph!.renderer());
  await page.evaluate(() => window.__commandGraph!.app.graph.cy.fit());
  await page.waitForTimeout(500);
  const pan: number[] = [];
  const zoom: number[] = [];
  for (let i = 0; i < 3; i++) {
    pan.push(await interactionFps(page, 'pan', 3000));
    zoom.push(await interactionFps(page, 'zoom', 3000));
  }
  await page.screenshot({ path: path.join(__dirname, '..', 'tests', 'e2e', 'screenshots', `bench-5000-${webgl ? 'webgl' : 'canvas'}.png`) });
  await context.close();
  return { pan, zoom, elements: r.elements, renderer: r.webgl ? 'WebGL (software: SwiftShader)' : 'canvas, texture while moving' };
}

async function main(): Promise<void> {
  const { values: v } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'keep-data': { type: 'boolean', default: false } } });
  const runs = Number(v.runs);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'command-graph-web-bench-'));
  const password = 'web-bench-password';
  log(`Starting Neo4j (data in ${dataDir})...`);
  const neo4j = await startEmbeddedNeo4j({ dataDir, host: '127.0.0.1', port: 0, user: 'neo4j', password, logFile: path.join(dataDir, 'neo4j-output.log') });
  const config = loadConfig({ ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password }, { port: 0, nodeEnv: 'production' });
  const db = createDb(config);
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await applySchema(db.driver, db.database);
    await loadDataset(db.driver, db.database, [path.join(__dirname, '..', 'seed', 'data')]);
    await ensureWebBuilt(log);
    server = await startServer(config, db);
    browser = await launchChromium();
    log('Warming up (one page load)...');
    await firstDraw(browser, `${server.url}/`);
    log('First graph drawn...');
    const first: number[] = [];
    for (let i = 0; i < runs; i++) first.push(await firstDraw(browser, `${server.url}/`));
    log('Writing the fixture (a unit of 100 children, a view of about 5,000 elements)...');
    await writeDataset(db.driver, db.database, fixture(), { synthetic: true });
    log('Expanding a unit with 100 children...');
    await expandRuns(browser, server.url, 1); // warm-up
    const expand = await expandRuns(browser, server.url, runs);
    log('A view of about 5,000 elements (the page fetches every unit\'s lines: this takes a while)...');
    const gl = await bigView(browser, server.url, true);
    const canvas = await bigView(browser, server.url, false);
    const rows: Row[] = [
      { figure: 'first graph drawn after navigation (cited dataset, opening view)', target: '< 1,500', runs: first, unit: 'ms', better: 'lower' },
      { figure: `expand a unit with ${HUB_CHILDREN} children: request to frame drawn`, target: '< 300', runs: expand.drawn, unit: 'ms', better: 'lower' },
      { figure: `expand a unit with ${HUB_CHILDREN} children: until their lines across are fetched too`, target: '—', runs: expand.filled, unit: 'ms', better: 'lower' },
      { figure: `pan (mouse drag) a view of ${canvas.elements.toLocaleString('en')} elements, ${canvas.renderer} (the page's choice without a GPU)`, target: '>= 30', runs: canvas.pan, unit: 'fps', better: 'higher' },
      { figure: `zoom (mouse wheel) the same view, ${canvas.renderer}`, target: '>= 30', runs: canvas.zoom, unit: 'fps', better: 'higher' },
      { figure: `pan (mouse drag) a view of ${gl.elements.toLocaleString('en')} elements, ${gl.renderer}, forced with ?webgl=1`, target: '>= 30', runs: gl.pan, unit: 'fps', better: 'higher' },
      { figure: `zoom (mouse wheel) the same view, ${gl.renderer}`, target: '>= 30', runs: gl.zoom, unit: 'fps', better: 'higher' },
    ];
    const table = ['| figure | target | median | worst | runs |', '|---|---:|---:|---:|---|'];
    for (const r of rows) {
      const worst = r.better === 'lower' ? Math.max(...r.runs) : Math.min(...r.runs);
      table.push(`| ${r.figure} | ${r.target} ${r.unit} | ${median(r.runs).toFixed(0)} ${r.unit} | ${worst.toFixed(0)} ${r.unit} | ${r.runs.map((x) => x.toFixed(0)).join(', ')} |`);
    }
    const text = `# Page figures\n\n${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, ` +
      `Chromium headless (software rendering, --disable-gpu), Neo4j 5.26 embedded, ${new Date().toISOString().slice(0, 10)}.\n\n${table.join('\n')}\n`;
    process.stdout.write(`\n${text}`);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, text);
  } finally {
    await browser?.close();
    await server?.close();
    await db.close();
    await neo4j.stop();
    if (!v['keep-data']) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
