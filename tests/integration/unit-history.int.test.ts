import { describe, expect, test } from '@jest/globals';
import { change, KEYS, useAuthFixtureGraph } from './mutations-harness';

const fixture = useAuthFixtureGraph('unithistory');
const p = fixture.p;

const HISTORY = `query ($id: ID!) { unit(id: $id) { history {
  kind on onText from until firstAttested unit { id } units { id } relation { id type } holding { person { name } }
  changes { field before after } citations { source { id } quote note } } } }`;
type Entry = Record<string, any>;
const history = async (id: string): Promise<Entry[]> => {
  const res = await fixture.api().gql(HISTORY, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.unit.history;
};
const strip = (id: string) => (id.startsWith(p) ? id.slice(p.length + 1) : id);
// Each entry as a reader scans it: `KIND day other`.
const line = (e: Entry) => [e.kind, e.onText ?? e.on ?? '?', e.unit ? strip(e.unit.id) : e.units.map((u: { id: string }) => strip(u.id)).join('+'), e.holding?.person.name.split(' ').slice(0, 2).join(' ')]
  .filter(Boolean).join(' ');
const mutate = (key: string, q: string, v: Record<string, unknown>) => fixture.api().as(key, q, v).then((res) => {
  expect(res.errors).toBeUndefined();
  return res;
});

describe('a unit\'s history after changes through the API', () => {
  test('when a unit is moved and then renamed, then its history shows the old line ending and the new one starting that day, then the rename with the old and new name, each cited', async () => {
    await mutate(KEYS.editor, 'mutation ($u: ID!, $to: ID!, $c: ChangeInput!) { moveUnit(unitId: $u, newParentId: $to, change: $c) { id } }',
      { u: `${p}-board`, to: `${p}-ministry`, c: change('2026-03-01', 'moved by Decision 12') });
    await mutate(KEYS.editor, 'mutation ($id: ID!, $i: UpdateUnitInput!, $c: ChangeInput!) { updateUnit(id: $id, input: $i, change: $c) { id } }',
      { id: `${p}-board`, i: { name: `Leadership Board ${p}` }, c: change('2026-04-01', 'renamed by Decision 13') });
    const entries = await history(`${p}-board`);
    // The commune's line to the board is a line to it (not a unit reporting to it): it is an entry.
    expect(entries.map(line)).toEqual([
      'STARTED ?', 'PARENT_STARTED ? city', 'LINE_STARTED 2026-01-01 commune', 'PARENT_ENDED 2026-03-01 city', 'PARENT_STARTED 2026-03-01 ministry', 'UPDATED 2026-04-01',
    ]);
    expect(entries[3]!.citations).toEqual([{ source: null, quote: null, note: 'moved by Decision 12' }]);
    expect(entries[4]!.citations).toEqual([{ source: null, quote: null, note: 'moved by Decision 12' }]);
    expect(entries[5]).toMatchObject({
      changes: [{ field: 'name', before: `Board of Directors ${p}`, after: `Leadership Board ${p}` }],
      citations: [{ source: null, quote: null, note: 'renamed by Decision 13' }],
    });
  });

  test('when a unit is merged into another, then it shows the merge and its end (its lines ending with it), and the successor shows whom it absorbed', async () => {
    await mutate(KEYS.admin, 'mutation ($ids: [ID!]!, $into: MergeTargetInput!, $c: ChangeInput!) { mergeUnits(unitIds: $ids, into: $into, change: $c) { id } }',
      { ids: [`${p}-orphan`], into: { id: `${p}-ministry` }, c: change('2026-05-01', 'merged by Decision 14') });
    expect((await history(`${p}-orphan`)).map(line)).toEqual(['STARTED ?', 'LINE_STARTED ? city', 'LINE_ENDED 2026-05-01 city', 'MERGED_INTO 2026-05-01 ministry', 'ENDED 2026-05-01']);
    const ministry = (await history(`${p}-ministry`)).map(line);
    expect(ministry).toContain('ABSORBED 2026-05-01 orphan');
  });

  test('when a unit has a leading post, then its holders come in as leaders in order; units reporting to it are not entries', async () => {
    expect((await history(`${p}-ministry`)).map(line)).toEqual([
      'STARTED ?', 'LEADER_STARTED 2016-04-09 Person A', 'LEADER_ENDED 2024-06-06 Person A', 'LEADER_STARTED 2024-06-06 Person B', 'ABSORBED 2026-05-01 orphan',
    ]);
    // The city has four units reporting to it over time; only its own lines are its history.
    expect((await history(`${p}-city`)).map(line)).toEqual(['STARTED ?', 'PARENT_STARTED ? ministry', 'LINE_STARTED ? orphan', 'LINE_ENDED 2026-05-01 orphan']);
  });
  test('when a unit is split, then it shows the split into the new units and its end, and each new unit starts split from it, under the old parent', async () => {
    await mutate(KEYS.admin, 'mutation ($id: ID!, $into: [CreateUnitInput!]!, $c: ChangeInput!) { splitUnit(id: $id, into: $into, change: $c) { id } }', {
      id: `${p}-command`, c: change('2026-06-01', 'split by Decision 15'),
      into: [{ id: `${p}-command-north`, name: `North Command ${p}`, kind: 'TEMPORARY_COMMAND' }, { id: `${p}-command-south`, name: `South Command ${p}`, kind: 'TEMPORARY_COMMAND' }],
    });
    expect((await history(`${p}-command`)).map(line)).toEqual([
      'STARTED 2026-01-01', 'PARENT_STARTED 2026-01-01 city', 'LINE_STARTED 2026-01-01 commune',
      'PARENT_ENDED 2026-06-01 city', 'LINE_ENDED 2026-06-01 commune', 'SPLIT_INTO 2026-06-01 command-north+command-south', 'ENDED 2026-06-01',
    ]);
    const north = await history(`${p}-command-north`);
    expect(north.map(line)).toEqual(['STARTED 2026-06-01', 'SPLIT_FROM 2026-06-01 command', 'PARENT_STARTED 2026-06-01 city']);
    expect(north[1]!.citations).toEqual([{ source: null, quote: null, note: 'split by Decision 15' }]);
  });
});

describe('a unit\'s history in the cited dataset', () => {
  test('when Hanoi Public Security is read, then it shows its line to the ministry and to the local authorities with their quotes, its director, and none of its subordinates', async () => {
    const entries = await history('hanoi-police');
    const seen = entries.map(line);
    expect(seen).toContain('PARENT_STARTED ? mps');
    expect(seen).toContain('LINE_STARTED ? hanoi-local-authorities');
    expect(seen.some((s) => s.startsWith('LEADER_STARTED') && s.endsWith('Nguyen Thanh'))).toBe(true);
    expect(entries.find((e) => e.kind === 'PARENT_STARTED')).toMatchObject({
      unit: { id: 'mps' }, relation: { id: 'hanoi-police-reports-to-mps', type: 'REPORTS_TO' },
      citations: expect.arrayContaining([expect.objectContaining({ source: { id: '001_9db5e0ee3a380058' },
        quote: 'understand and implement the directives of the Central Committee, the Ministry of Public Security, and Hanoi Party Committee' })]),
    });
    expect(entries.some((e) => ['hanoi-police-board', 'hanoi-police-planning-dept', 'hanoi-district-police'].includes(e.unit?.id))).toBe(false);
  });

  test('when the ministry is read, then its ministers follow each other and its advisory lines are there, without the units that report to it', async () => {
    const seen = (await history('mps')).map(line);
    expect(seen.filter((s) => s.startsWith('LEADER'))).toEqual(['LEADER_STARTED 2016-04-09 To Lam', 'LEADER_ENDED 2024-06-06 To Lam', 'LEADER_STARTED 2024-06-06 Luong Tam']);
    expect(seen).toEqual(expect.arrayContaining(['LINE_STARTED ? national-election-council', 'LINE_STARTED ? vietnam-peoples-army']));
    expect(seen.some((s) => s.includes('hanoi-police') || s.includes('mps-office'))).toBe(false);
  });

  test('when temporary bodies are read, then their bounded dates read as written: the 2021 subcommittee ends "not after 2021-06", the 2026 election command starts "not before 2026"', async () => {
    const sub = await history('mps-election-security-subcommittee');
    expect(sub.find((e) => e.kind === 'ENDED')).toMatchObject({ on: '2021-07-01', onText: 'not after 2021-06', until: '2021-07-01' });
    const command = await history('hanoi-election-security-command');
    expect(command[0]).toMatchObject({ kind: 'STARTED', on: '2026-01-01', onText: 'not before 2026' });
  });
});
