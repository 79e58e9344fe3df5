/**
 * What the page does when things go wrong or get big: an API that does not answer shows a message
 * and a Retry that works; a view over the element limit asks first; and the GraphQL explorer served
 * by the project itself (nothing from a CDN) runs the example chain query.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { idle, newPage } from './support/browser';
import { hook, startStack, type Stack } from './support/stack';

jest.setTimeout(120_000);

let stack: Stack;
beforeAll(async () => { stack = await startStack(); }, 180_000);
afterAll(async () => { await stack?.close(); });

describe('errors, limits and the explorer', () => {
  test('when the API does not answer, then the page says so with a Retry that loads the graph once it answers', async () => {
    const { page } = await newPage(stack.browser);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${stack.url}/`);
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.textContent('#error-banner')).toMatch(/does not answer/);
    expect(await page.isVisible('#retry')).toBe(true);
    await stack.shot(page, '08-api-down');
    await page.unroute('**/graphql');
    await page.click('#retry');
    await idle(page);
    expect(await page.isHidden('#error-banner')).toBe(true);
    expect(await hook(page, (h) => h.nodes().map((n) => n.id))).toContain('mps');
    await page.close();
  });

  test('when an action fails, then its error is shown and Retry repeats it', async () => {
    const { page } = await stack.open('/');
    let fail = true;
    await page.route('**/graphql', async (route) => {
      if (fail && /UnitDetails/.test(route.request().postData() ?? '')) return route.fulfill({ status: 500, body: 'boom' });
      return route.continue();
    });
    await hook(page, (h) => h.app.select('hanoi-police'));
    await page.waitForSelector('#error-banner:not([hidden])');
    expect(await page.textContent('#error-banner')).toMatch(/HTTP 500/);
    fail = false;
    await page.click('#retry');
    await idle(page);
    await page.waitForSelector('#panel[data-unit="hanoi-police"]');
    await page.close();
  });

  test('when a view would draw more elements than the limit, then the page asks first and draws only if told to', async () => {
    // The opening view on 2024-06-01 draws 25 elements (the bodies of 2021 have ended); expanding adds 2.
    const { page } = await stack.open('/?date=2024-06-01&warn=26');
    const before = await hook(page, (h) => h.nodes().length);
    await hook(page, (h) => { void h.app.expand('hanoi-district-police'); });
    await page.waitForSelector('#large-dialog[open]');
    expect(await page.textContent('#large-dialog')).toMatch(/more than the 26/);
    await page.click('#large-cancel');
    await idle(page);
    expect(await hook(page, (h) => h.nodes().length)).toBe(before);
    await hook(page, (h) => { void h.app.expand('hanoi-district-police'); });
    await page.waitForSelector('#large-dialog[open]');
    await page.click('#large-draw');
    await idle(page);
    expect(await hook(page, (h) => h.nodes().map((n) => n.id))).toContain('hanoi-commune-ward-police');
    await page.close();
  });

  test('when /graphql is opened in the browser, then the bundled explorer runs the chain-of-responsibility example offline', async () => {
    const { page, errors } = await newPage(stack.browser);
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(stack.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url()); });
    await page.goto(`${stack.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(5);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => /chainOfResponsibility/.test(document.querySelector('.result-window')?.textContent ?? ''), undefined, { timeout: 30_000 });
    expect(await page.textContent('.result-window')).toContain('hanoi-police');
    expect(outside).toEqual([]);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await stack.shot(page, '09-graphql-explorer');
    await page.close();
  });
});
