/**
 * The data checks as a data editor meets them: `npm run seed -- --check` on a small bad dataset
 * (tests/fixtures/seed/checks/), and the `dataChecks` query over a graph this file writes under its
 * own id prefix (with an overlap the loader would refuse, as an edit could leave one).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { cypher, statement } from '../../api/src/db/queries';
import { countByPrefix, openDriver, runCli } from '../fixtures/seed/harness';
import { removeFixture, startApi, uniquePrefix, type Api } from './harness';

const CHECKS_DIR = path.join('tests', 'fixtures', 'seed', 'checks');
const source = JSON.stringify([{ source: 'an-article', quote: 'the words' }]);
const note = JSON.stringify([{ note: 'a maintainer remembers it' }]);

describe('npm run seed -- --check', () => {
  test('when the bad dataset is checked, then the report lists each check with file:line, exits 1 for its ERROR and writes nothing', async () => {
    const driver = openDriver();
    try {
      const before = await countByPrefix(driver, 'chk-');
      // Nothing listens on port 1: the check must not even try to connect.
      const { code, stdout, stderr } = await runCli(['--check', CHECKS_DIR], { NEO4J_URI: 'bolt://127.0.0.1:1' });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^Checked 18 records in 6 files \(0\.0 MB\): no problems\.\n$/);
      const lines = stdout.split('\n');
      expect(lines.filter((l) => /^[A-Z_]+ \(/.test(l))).toEqual([
        'DISPUTED_HOLDERS (INFO, 1)', 'SUCCESSION_GAP (WARNING, 1)', 'RELATION_BEYOND_UNIT (ERROR, 1)', 'TEMPORARY_WITHOUT_END (WARNING, 1)',
        'NEVER_ATTESTED (WARNING, 1)', 'NOTE_ONLY (WARNING, 2)',
      ]);
      expect(stdout).toContain("  tests/fixtures/seed/checks/relations.yaml:2 (chk-bureau-reports-to-ministry): line 'chk-bureau-reports-to-ministry' (REPORTS_TO, 2018-01-01 to …) starts before unit 'chk-bureau' (2020-01-01 to …) existed: give the line a validFrom on or after 2020-01-01, or fix the unit's validFrom.\n      see tests/fixtures/seed/checks/units.yaml:8 (chk-bureau)\n");
      expect(stdout).toContain("  tests/fixtures/seed/checks/posts.yaml:1 (chk-director): post 'chk-director' leads its unit but has no known holder from 2020-06-01 until 2021-01-01");
      expect(stdout).toContain('see tests/fixtures/seed/checks/holdings.yaml:2 (chk-person-a-director), tests/fixtures/seed/checks/holdings.yaml:12 (chk-person-b-director)');
      expect(stdout).toContain("  tests/fixtures/seed/checks/units.yaml:17 (chk-archive): unit 'chk-archive' is never attested");
      expect(stdout).toContain("  tests/fixtures/seed/checks/relations.yaml:21 (chk-archive-reports-to-ministry): relation 'chk-archive-reports-to-ministry' rests only on a maintainer's note");
      expect(stdout).toContain("  tests/fixtures/seed/checks/holdings.yaml:21 (chk-person-c-deputy): post 'chk-deputy': holdings 'chk-person-c-deputy' (chk-person-c, 2021-01-01 to …) and 'chk-person-d-deputy' (chk-person-d, 2021-03-01 to …) are a dispute kept on purpose");
      expect(lines.at(-2)).toBe('Data checks: 1 error, 5 warnings, 1 for information. Fix the errors and run again; nothing was written.');
      expect(await countByPrefix(driver, 'chk-')).toEqual(before);
      expect(before).toEqual({ nodes: 0, nodeIds: 0, rels: 0, relIds: 0 });
    } finally {
      await driver.close();
    }
  });

  test('when --json is added, then the same findings come as JSON with each record\'s file and line', async () => {
    const { code, stdout } = await runCli(['--check', '--json', CHECKS_DIR], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { errors: number; warnings: number; infos: number; findings: { code: string; ids: string[]; subjects: { file: string; line: number }[] }[] };
    expect([report.errors, report.warnings, report.infos]).toEqual([1, 5, 1]);
    expect(report.findings.find((f) => f.code === 'RELATION_BEYOND_UNIT')).toMatchObject({
      ids: ['chk-bureau-reports-to-ministry', 'chk-bureau'],
      subjects: [{ kind: 'relation', file: 'tests/fixtures/seed/checks/relations.yaml', line: 2 }, { kind: 'unit', file: 'tests/fixtures/seed/checks/units.yaml', line: 8 }],
    });
  });

  test('when a check finds no ERROR, then it exits 0', async () => {
    // Without relations.yaml the line that starts too early is gone; warnings remain.
    const files = ['sources', 'units', 'posts', 'persons', 'holdings'].map((k) => path.join(CHECKS_DIR, `${k}.yaml`));
    const { code, stdout } = await runCli(['--check', ...files], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(stdout).toMatch(/Data checks: 0 errors, 4 warnings, 1 for information\. Nothing was written\.\n$/);
    expect(code).toBe(0);
  });
});

describe('the dataChecks query', () => {
  const p = uniquePrefix('checks');
  let api: Api;

  /**
   * p-root ← p-bureau (from 2020; its line from 2018) and p-archive (a note only); p-director leads
   * p-bureau: a 2020-01-01..2020-06-01, b from 2021-01-01, c from 2021-03-01 (overlapping b);
   * p-generated (synthetic, a note only) is under p-root too; p-outside is under nothing.
   */
  beforeAll(async () => {
    api = await startApi();
    await api.db.writeTx(async (tx) => {
      await tx.run(statement(`
        CREATE (root:Unit {id: $p + '-root', name: 'Root ' + $p, kind: 'MINISTRY', citations: $source})
        CREATE (bureau:Unit {id: $p + '-bureau', name: 'Bureau ' + $p, kind: 'MINISTRY_DEPARTMENT', validFrom: date('2020-01-01'), citations: $source})
        CREATE (archive:Unit {id: $p + '-archive', name: 'Archive ' + $p, kind: 'OTHER', citations: $note})
        CREATE (:Unit {id: $p + '-outside', name: 'Outside ' + $p, kind: 'OTHER', citations: $note})
        CREATE (:Unit {id: $p + '-generated', name: 'Generated ' + $p, kind: 'OTHER', citations: $note, synthetic: true})
          -[:REPORTS_TO {id: $p + '-generated-up', citations: $note, synthetic: true}]->(root)
        CREATE (bureau)-[:REPORTS_TO {id: $p + '-bureau-up', validFrom: date('2018-01-01'), status: 'ACCEPTED', claimRank: 'NORMAL', citations: $source}]->(root)
        CREATE (archive)-[:REPORTS_TO {id: $p + '-archive-up', status: 'ACCEPTED', claimRank: 'NORMAL', citations: $source}]->(root)
        CREATE (post:Post {id: $p + '-director', title: 'Director ' + $p, leads: true, collective: false, citations: $source})-[:POST_OF]->(bureau)
        CREATE (:Person {id: $p + '-a', name: 'A'})-[:HOLDS {id: $p + '-a-director', validFrom: date('2020-01-01'), validTo: date('2020-06-01'), citations: $source}]->(post)
        CREATE (:Person {id: $p + '-b', name: 'B'})-[:HOLDS {id: $p + '-b-director', validFrom: date('2021-01-01'), citations: $source}]->(post)
        CREATE (:Person {id: $p + '-c', name: 'C'})-[:HOLDS {id: $p + '-c-director', validFrom: date('2021-03-01'), validFromText: '2021-03', citations: $source}]->(post)`),
      { p, source, note });
    });
  });
  afterAll(async () => {
    await removeFixture(api.db, p);
    await api.close();
  });

  const REPORT = `query ($codes: [DataCheckCode!], $under: ID, $first: Int, $after: String) {
    dataChecks(codes: $codes, under: $under, first: $first, after: $after) {
      unitsChecked truncated message totalCount
      summary { code severity count }
      edges { cursor node { code severity ids from until message } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  type Report = {
    unitsChecked: number; truncated: boolean; message: string | null; totalCount: number;
    summary: { code: string; severity: string; count: number }[];
    edges: { cursor: string; node: { code: string; severity: string; ids: string[]; from: string | null; until: string | null; message: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  const checks = async (variables: Record<string, unknown>) => {
    const res = await api.gql<{ dataChecks: Report }>(REPORT, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.dataChecks;
  };
  const short = (ids: string[]) => ids.map((id) => id.slice(p.length + 1));

  test('when the checks are asked under a unit, then they read it and the units under it, with counts by check and what to do (generated facts not expected to be cited)', async () => {
    const report = await checks({ under: `${p}-root` });
    expect(report).toMatchObject({ unitsChecked: 4, truncated: false, message: null, totalCount: 5, pageInfo: { hasNextPage: false } });
    expect(report.summary).toEqual([
      { code: 'OVERLAPPING_HOLDERS', severity: 'ERROR', count: 1 },
      { code: 'SUCCESSION_GAP', severity: 'WARNING', count: 1 },
      { code: 'RELATION_BEYOND_UNIT', severity: 'ERROR', count: 1 },
      { code: 'NEVER_ATTESTED', severity: 'WARNING', count: 1 },
      { code: 'NOTE_ONLY', severity: 'WARNING', count: 1 },
    ]);
    expect(report.edges.map((e) => [e.node.code, short(e.node.ids), e.node.from, e.node.until])).toEqual([
      ['OVERLAPPING_HOLDERS', ['b-director', 'c-director'], '2021-03-01', null],
      ['SUCCESSION_GAP', ['director', 'a-director', 'b-director'], '2020-06-01', '2021-01-01'],
      ['RELATION_BEYOND_UNIT', ['bureau-up', 'bureau'], '2018-01-01', '2020-01-01'],
      ['NEVER_ATTESTED', ['archive'], null, null],
      ['NOTE_ONLY', ['archive'], null, null],
    ]);
    expect(report.edges[0]!.node.message).toMatch(new RegExp(`post '${p}-director' has one holder at a time, but holdings '${p}-b-director' .* and '${p}-c-director' \\(${p}-c, 2021-03 to …\\) overlap: fix the dates`));
  });

  test('when only some checks are asked for, then only their findings and counts come back', async () => {
    const report = await checks({ under: `${p}-root`, codes: ['SUCCESSION_GAP', 'NOTE_ONLY'] });
    expect(report.summary.map((s) => s.code)).toEqual(['SUCCESSION_GAP', 'NOTE_ONLY']);
    expect(report.edges.map((e) => e.node.code)).toEqual(['SUCCESSION_GAP', 'NOTE_ONLY']);
  });

  test('when the findings are paged, then the pages follow one another without loss or repeat', async () => {
    const first = await checks({ under: `${p}-root`, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await checks({ under: `${p}-root`, first: 10, after: first.pageInfo.endCursor });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = await checks({ under: `${p}-root` });
    expect([...first.edges, ...rest.edges].map((e) => e.node)).toEqual(all.edges.map((e) => e.node));
  });

  test('when no unit is given, then the whole graph is checked, units under no other included', async () => {
    const report = await checks({ codes: ['NEVER_ATTESTED'], first: 1000 });
    expect(report.unitsChecked).toBeGreaterThan(5);
    expect(report.edges.map((e) => e.node.ids[0])).toEqual(expect.arrayContaining([`${p}-archive`, `${p}-outside`]));
  });

  test('when more units are in scope than one request checks, then only the first by id are read', async () => {
    const findUnits = cypher<{ under: string | null; limit: number }, { found: boolean; ids: string[] }>('checks/find-units-to-check');
    expect(await api.db.read(findUnits, { under: `${p}-root`, limit: 2 })).toEqual([{ found: true, ids: [`${p}-archive`, `${p}-bureau`] }]);
    const [all] = await api.db.read(findUnits, { under: null, limit: 5 });
    expect(all!.ids).toHaveLength(5);
    expect([...all!.ids].sort()).toEqual(all!.ids);
  });

  test('when the unit does not exist, then NOT_FOUND says how to find one', async () => {
    const res = await api.gql(REPORT, { under: `${p}-nowhere` });
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/unit '.*-nowhere' \(under\) not found; find unit ids with searchUnits/), extensions: { code: 'NOT_FOUND' } });
  });
});
