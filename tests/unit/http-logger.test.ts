import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { httpLogger } from '../../api/src/observability/logger';

// Runs `use` against a server whose only middleware is httpLogger over a logger writing into `lines`,
// then (after the request's log line has had time to be written) closes it.
async function withServer(level: string, lines: string[], use: (url: string) => Promise<void>): Promise<void> {
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(...chunk.toString().split('\n').filter(Boolean)); done(); } });
  const middleware = httpLogger(pino({ level }, sink));
  const server = http.createServer((req, res) => middleware(req, res, () => res.end(JSON.stringify({ id: (req as { id?: unknown }).id }))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('httpLogger', () => {
  test.each(['info', 'silent'])('when LOG_LEVEL is %s, then each request gets the id it sent (or a new UUID), echoed in X-Request-Id', async (level) => {
    await withServer(level, [], async (url) => {
      const given = await fetch(url, { headers: { 'x-request-id': 'req-7' } });
      expect(given.headers.get('x-request-id')).toBe('req-7');
      expect(await given.json()).toEqual({ id: 'req-7' });
      const made = await fetch(url, { headers: { 'x-request-id': 'not a sane id!' } });
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(await made.json()).toEqual({ id: made.headers.get('x-request-id') });
    });
  });

  test('when LOG_LEVEL is info, then each request is logged once, with its id, method, url and status', async () => {
    const lines: string[] = [];
    await withServer('info', lines, async (url) => { await (await fetch(`${url}/graphql`, { headers: { 'x-request-id': 'req-8' } })).text(); });
    const logged = lines.map((l) => JSON.parse(l) as { req?: { id: string; method: string; url: string }; res?: { statusCode: number } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ req: { id: 'req-8', method: 'GET', url: '/graphql' }, res: { statusCode: 200 } });
  });

  test('when LOG_LEVEL is warn, then requests are not logged', async () => {
    const lines: string[] = [];
    await withServer('warn', lines, async (url) => { await (await fetch(url)).text(); });
    expect(lines).toEqual([]);
  });
});
