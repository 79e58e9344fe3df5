/**
 * The "raw" client: the project's own .cypher files run through neo4j-driver with no GraphQL, behind
 * a tiny node:http server (POST /raw, body `{ "op": ..., "params": {...} }`, answer: the rows as JSON),
 * so raw, ours and peer are all measured over HTTP the same way. Each request is one read transaction:
 * auto-commit for one statement, executeRead for the neighbourhood's several, as ours does (but
 * without ours' batching of concurrent requests). Dates arrive as 'YYYY-MM-DD' text and go to Cypher as Date values.
 */
import http from 'node:http';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { cypher } from '../../api/src/db/queries';

const q = (name: string) => cypher<unknown, unknown>(name).text;
const CHAINS = q('chain/find-chains-of-responsibility');
const SUBORDINATES = q('units/find-subordinates');
const DIRECT_SUBORDINATES = q('units/find-direct-subordinates');
const SEARCH = q('search/search-units');
const UNITS = q('units/find-units-by-ids');
const EXPAND = q('graph/expand-frontier');
const ELEMENTS = q('graph/find-elements');

type Params = Record<string, unknown>;
type Op = (session: Session, p: Params) => Promise<unknown>;
type Runner = Pick<Session, 'run'>;

// A single statement runs as an auto-commit transaction, as the API runs it (api/src/db/driver.ts).
const rows = async (runner: Runner, text: string, p: Params) => (await runner.run(text, p)).records.map((r) => r.toObject());

/** What each op runs; `neighbourhood` is the API's own two steps (expand per level, then elements) in one transaction. */
const OPS: Record<string, Op> = {
  // The API's chain statement for one request (the API batches concurrent ones; raw does not).
  chain: (s, p) => rows(s, CHAINS, { requests: [{ unitId: p.unitId, types: p.types, asOf: p.asOf }], limit: p.limit }),
  // As the API: the one-hop statement for depth 1.
  subordinates: (s, p) => rows(s, Number(String(p.depth)) === 1 ? DIRECT_SUBORDINATES : SUBORDINATES, p),
  search: (s, p) => rows(s, SEARCH, p),
  unit: (s, p) => rows(s, UNITS, p),
  neighbourhood: (s, p) => s.executeRead(async (tx) => {
    const seen = new Set([p.unitId as string]);
    let frontier = [p.unitId as string];
    for (let level = 0; level < Number(String(p.depth)) && frontier.length; level++) {
      const res = await tx.run(EXPAND, { ids: frontier, types: p.types, asOf: p.asOf, limit: neo4j.int(5001) });
      frontier = res.records.map((r) => (r.get('unit') as { id: string }).id).filter((id) => !seen.has(id));
      frontier.forEach((id) => seen.add(id));
    }
    return rows(tx, ELEMENTS, { ids: [...seen], types: p.types, asOf: p.asOf });
  }),
};

function toCypher(p: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      const [y, m, d] = v.split('-').map(Number);
      out[k] = new neo4j.types.Date(y!, m!, d!);
    } else out[k] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  }
  return out;
}

/** Listens on 127.0.0.1 (a free port); resolves with its URL and a close function. */
export async function startRawServer(driver: Driver, database = 'neo4j'): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const { op, params } = JSON.parse(Buffer.concat(chunks).toString()) as { op: string; params: Params };
        const run = OPS[op];
        if (!run) throw new Error(`unknown op '${op}'`);
        const data = await run(session, toCypher(params));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      } catch (err) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
      } finally {
        await session.close();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/raw`, close: () => new Promise((r) => server.close(() => r())) };
}
