/**
 * The "raw" client: the project's own .cypher files run through neo4j-driver with no GraphQL, behind
 * a tiny node:http server (POST /raw, body `{ "op": ..., "params": {...} }`, answer: the rows as JSON),
 * so raw, ours and peer are all measured over HTTP the same way. Each request is one read transaction:
 * auto-commit for one statement, executeRead for the neighbourhood's several, as ours does (but
 * without ours' batching of concurrent requests). Dates arrive as 'YYYY-MM-DD' text and go to Cypher as Date values.
 * `rawStatements` names what a request runs, for the benchmark's listing.
 */
import http from 'node:http';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { cypher } from '../../api/src/db/queries';

type Params = Record<string, unknown>;
type Runner = Pick<Session, 'run'>;

/**
 * What raw runs for one op: its registry files for the request's params (`files`, in order), how
 * (`how`, for the benchmark's listing), and the run itself, given those files' texts in that order.
 */
interface Op {
  files(p: Params): string[];
  how: string;
  run(session: Session, p: Params, texts: string[]): Promise<unknown>;
}

// A single statement runs as an auto-commit transaction, as the API runs it (api/src/db/driver.ts).
const rows = async (runner: Runner, text: string, p: Params) => (await runner.run(text, p)).records.map((r) => r.toObject());
const one = (file: string, how: string): Op => ({ files: () => [file], how, run: (s, p, [text]) => rows(s, text!, p) });

/** What each op runs; `neighbourhood` is the API's own two steps (expand per level, then elements) in one transaction. */
const OPS: Record<string, Op> = {
  // The API's chain statement for one request (the API batches concurrent ones; raw does not).
  chain: {
    files: () => ['chain/find-chains-of-responsibility'],
    how: 'auto-commit, one request in `requests` (ours batches concurrent ones)',
    run: (s, p, [text]) => rows(s, text!, { requests: [{ unitId: p.unitId, types: p.types, asOf: p.asOf }], limit: p.limit }),
  },
  // As the API: the one-hop statement for depth 1.
  subordinates: {
    files: (p) => [Number(String(p.depth)) === 1 ? 'units/find-direct-subordinates' : 'units/find-subordinates'],
    how: 'auto-commit (the one-hop statement for depth 1, as ours)',
    run: (s, p, [text]) => rows(s, text!, p),
  },
  search: one('search/search-units', 'auto-commit'),
  unit: one('units/find-units-by-ids', 'auto-commit'),
  neighbourhood: {
    files: () => ['graph/expand-frontier', 'graph/find-elements'],
    how: 'one read transaction: expand-frontier once per level, then find-elements over every unit reached',
    run: (s, p, [expand, elements]) => s.executeRead(async (tx) => {
      const seen = new Set([p.unitId as string]);
      let frontier = [p.unitId as string];
      for (let level = 0; level < Number(String(p.depth)) && frontier.length; level++) {
        const res = await tx.run(expand!, { ids: frontier, types: p.types, asOf: p.asOf, limit: neo4j.int(5001) });
        frontier = res.records.map((r) => (r.get('unit') as { id: string }).id).filter((id) => !seen.has(id));
        frontier.forEach((id) => seen.add(id));
      }
      return rows(tx, elements!, { ids: [...seen], types: p.types, asOf: p.asOf });
    }),
  },
};

const textOf = (file: string) => cypher<unknown, unknown>(file).text;

/** What raw runs for a request body `{ op, params }`. */
export interface RawStatements {
  op: string;
  /** How the statements run (transaction, order). */
  how: string;
  /** Each registry file (api/src/db/queries/<file>.cypher) with its text as sent (queries/index.ts compact). */
  statements: { file: string; text: string }[];
  params: Params;
}

/**
 * The statements raw runs for the request `body` (a workload's raw body), so a reader can check that
 * raw is the best Cypher for the question. @throws Error for an unknown op.
 */
export function rawStatements(body: string): RawStatements {
  const { op, params } = JSON.parse(body) as { op: string; params: Params };
  const o = OPS[op];
  if (!o) throw new Error(`unknown op '${op}'`);
  return { op, how: o.how, statements: o.files(params).map((file) => ({ file, text: textOf(file) })), params };
}

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
        const o = OPS[op];
        if (!o) throw new Error(`unknown op '${op}'`);
        const data = await o.run(session, toCypher(params), o.files(params).map(textOf));
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
