import { describe, expect, test } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { formatSummary, progressPrinter } from '../../seed/loader';
import { normalizeText } from '../../seed/loader/check-quotes';
import { parseCliArgs, UsageError } from '../../seed/loader/cli-args';
import { confirmReset } from '../../seed/loader/confirm-reset';
import { moveRowsQuery, planRowsQuery, writeRowsQuery } from '../../seed/loader/cypher';
import { zeroCounts } from '../../seed/loader/write-dataset';

describe('the command line', () => {
  test('when no option is given, then the default is a full load of the default folder in batches of 5000', () => {
    expect(parseCliArgs([])).toEqual({ inputs: [], dryRun: false, reset: false, yes: false, check: false, json: false, progress: false, batchSize: 5000, bulk: false, help: false });
    expect(parseCliArgs(['a.yaml', 'dir', '--dry-run', '--batch-size', '10', '-y'])).toMatchObject({ inputs: ['a.yaml', 'dir'], dryRun: true, yes: true, batchSize: 10 });
  });

  test('when an option is unknown or the batch size is not a number, then a UsageError says what to do', () => {
    expect(() => parseCliArgs(['--dryrun'])).toThrow(UsageError);
    expect(() => parseCliArgs(['--dryrun'])).toThrow(/Unknown option '--dryrun'.*; run with --help to see the options$/);
    expect(() => parseCliArgs(['--batch-size', 'lots'])).toThrow(/--batch-size must be a whole number from 1 to 1000000 \(got 'lots'\)/);
  });

  test('when --json is asked, then it goes with --check, and alone is a UsageError that says to add --check', () => {
    expect(parseCliArgs(['--check', '--json', 'dir'])).toMatchObject({ check: true, json: true, inputs: ['dir'] });
    expect(() => parseCliArgs(['--json'])).toThrow(/--json is the format of the --check report: add --check/);
  });

  test('when --bulk is asked with --dry-run, --reset or --check, then a UsageError says it loads an empty database', () => {
    expect(parseCliArgs(['--bulk'])).toMatchObject({ bulk: true });
    for (const other of ['--dry-run', '--reset', '--check']) {
      expect(() => parseCliArgs(['--bulk', other])).toThrow(/--bulk loads an empty database: it does not go with --dry-run, --reset or --check/);
    }
  });
});

describe('confirming a reset', () => {
  const terminal = (answer: string | undefined, isTTY: boolean) => {
    const input = Object.assign(new PassThrough(), { isTTY });
    const output = new PassThrough();
    let asked = '';
    output.on('data', (b: Buffer) => { asked += b.toString(); });
    if (answer !== undefined) setTimeout(() => input.write(`${answer}\n`), 10);
    return { term: { input, output }, asked: () => asked };
  };

  test('when not on a terminal and without --yes, then it refuses and says to add --yes', async () => {
    const { term, asked } = terminal(undefined, false);
    expect(await confirmReset("database 'neo4j'", false, term)).toEqual({ ok: false, message: expect.stringMatching(/add --yes to confirm/) });
    expect(asked()).toBe('');
  });

  test('when --yes is given, then nothing is asked', async () => {
    expect(await confirmReset("database 'neo4j'", true, terminal(undefined, false).term)).toEqual({ ok: true });
  });

  test('when on a terminal, then only "y" or "yes" goes ahead; anything else (or Enter) stops', async () => {
    const yes = terminal('y', true);
    expect(await confirmReset("database 'neo4j'", false, yes.term)).toEqual({ ok: true });
    expect(yes.asked()).toMatch(/deletes every node and relationship in database 'neo4j'\. Continue\? \[y\/N\]/);
    expect(await confirmReset("database 'neo4j'", false, terminal('', true).term)).toEqual({ ok: false, message: 'Reset not confirmed: nothing was done.' });
    expect(await confirmReset("database 'neo4j'", false, terminal('nope', true).term)).toMatchObject({ ok: false });
  });
});

describe('what the loader prints', () => {
  test('when a load is summed up, then a table gives created, updated and unchanged per kind, a total and the rate', () => {
    const counts = zeroCounts();
    counts.units = { created: 12, updated: 3, unchanged: 100 };
    counts.relations = { created: 1, updated: 0, unchanged: 0 };
    const text = formatSummary({ counts, rows: 116, ms: 2000, dryRun: false, reset: false });
    expect(text.split('\n')).toEqual([
      'kind       created  updated  unchanged',
      'sources          0        0          0',
      'units           12        3        100',
      'events           0        0          0',
      'persons          0        0          0',
      'posts            0        0          0',
      'holdings         0        0          0',
      'relations        1        0          0',
      'total           13        3        100',
      'Loaded: 116 records in 2.0 s (58 rows/s).',
    ]);
    expect(formatSummary({ counts, rows: 116, ms: 10, dryRun: true, reset: false })).toMatch(/Dry run: nothing was written/);
  });

  test('when progress goes to a file or pipe, then it prints whole lines, at most one per interval, and always the last', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (b: Buffer) => { text += b.toString(); });
    const p = progressPrinter(out, 60_000);
    p.update(10, 100);
    p.update(20, 100);
    p.update(100, 100);
    p.done();
    expect(text.split('\n').filter(Boolean).map((l) => l.replace(/, \d+ rows\/s/, ''))).toEqual(['Writing: 10/100 records (10%)', 'Writing: 100/100 records (100%)']);
  });
});

describe("the loader's Cypher", () => {
  test('when a label or type is not on the allowlist, then no query is built', () => {
    expect(() => writeRowsQuery({ node: 'Unit) DETACH DELETE (n' as never, props: [] })).toThrow(/not a label the loader writes/);
    expect(() => planRowsQuery({ rel: 'KNOWS' as never, from: 'Unit', to: 'Unit', props: [] })).toThrow(/not a relationship type the loader writes/);
    expect(() => writeRowsQuery({ node: 'Unit', props: ['name = 1 DETACH DELETE n //'] })).toThrow(/not a property the loader sets/);
  });

  test('when a batch is planned, then its ids and hashes are compared in the database and only the positions to write come back', () => {
    expect(planRowsQuery({ node: 'Unit', props: [] })).toMatchInlineSnapshot(`
"UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS id
OPTIONAL MATCH (n:Unit {id: id})
WITH i, n WHERE n IS NULL OR n.hash IS NULL OR n.hash <> $hashes[i]
RETURN collect(CASE WHEN n IS NULL THEN i END) AS fresh, collect(CASE WHEN n IS NOT NULL THEN i END) AS changed"
`);
  });

  test('when a relationship is written, then it is MERGEd on its id between its two ends and each property set by name', () => {
    const target = { rel: 'REPORTS_TO', from: 'Unit', to: 'Unit', props: ['validFrom', 'hash'] } as const;
    expect(writeRowsQuery(target)).toMatchInlineSnapshot(`
"UNWIND $rows AS row
MATCH (a:Unit {id: row.from})
MATCH (b:Unit {id: row.to})
MERGE (a)-[r:REPORTS_TO {id: row.id}]->(b)
SET r.validFrom = row.props.validFrom, r.hash = row.props.hash
RETURN count(*) AS written"
`);
    expect(moveRowsQuery(target)).toMatchInlineSnapshot(`
"UNWIND $rows AS row
MATCH (a)-[old:REPORTS_TO {id: row.id}]->(b) WHERE a.id <> row.from OR b.id <> row.to
DELETE old"
`);
  });

  test('when posts are written, then each is MERGEd on its id with its POST_OF line to its unit', () => {
    const target = { node: 'Post', props: ['title'], postOf: true, link: ['id', 'citations'] } as const;
    expect(writeRowsQuery(target)).toMatchInlineSnapshot(`
"UNWIND $rows AS row
MERGE (n:Post {id: row.id})
SET n.title = row.props.title
WITH n, row
MATCH (u:Unit {id: row.to})
MERGE (n)-[r:POST_OF]->(u)
SET r.id = row.link.id, r.citations = row.link.citations
RETURN count(*) AS written"
`);
    expect(moveRowsQuery(target)).toMatchInlineSnapshot(`
"UNWIND $rows AS row
MATCH (:Post {id: row.id})-[old:POST_OF]->(u) WHERE u.id <> row.to
DELETE old"
`);
  });
});

describe('comparing quotes', () => {
  test('when text differs only in runs of white space or typographic quotes, then it compares equal', () => {
    expect(normalizeText('the ministry’s  steering\n committee “here”')).toBe(normalizeText(`the ministry's steering committee "here"`));
    expect(normalizeText('Ministry')).not.toBe(normalizeText('ministry'));
  });
});
