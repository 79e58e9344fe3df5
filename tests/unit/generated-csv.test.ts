/**
 * The bulk mode's CSV files of a generated structure, written line by line from the generated
 * records (seed/generator/write-generated-csv.ts), are the files the general writer makes from the
 * loader's rows (seed/loader/import-csv.ts writeImportCsv over chunkToDataset): same names, same
 * bytes, same counts. The general writer's rows are what the loader writes, so the bulk mode stays
 * the loader's graph, hash included.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { chunkToDataset, generateAll, generateChunks, type GenerateOptions } from '../../seed/generator';
import { GeneratedNumbers } from '../../seed/generator/node-numbers';
import { writeGeneratedCsv } from '../../seed/generator/write-generated-csv';
import { generatedCsvParts } from '../../seed/generator/write-csv-parts';
import { BulkImportError } from '../../seed/loader/bulk-import';
import { NodeNumbers, numberNodes, writeImportCsv, type ImportSource, type NodeLookup } from '../../seed/loader/import-csv';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(path.join(os.tmpdir(), 'generated-csv-test-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

// The node ids of every unit of the whole structure (all parts) numbered from `first`, for the general
// writer's references to units of other parts (the structure's units come in ordinal order), and of
// the units outside it (`outside`, the cited core's root).
function unitsOfAllParts(gen: GenerateOptions, first: number, outside: Record<string, number>): NodeLookup {
  const { part: _, ...whole } = gen;
  const numbers = new GeneratedNumbers(whole, first);
  const ids = new Map([...Object.entries(outside), ...generateAll(whole).units.map((u, ordinal) => [u.id, numbers.unit(ordinal)] as const)]);
  return { numberOf: (label, id) => (label === 'Unit' ? ids.get(id) : undefined) };
}

// Both writers of `gen`, its nodes numbered from `first` on, after a core whose root units are `outside`.
function bothWriters(gen: GenerateOptions, part?: string, first = 0, outside: Record<string, number> = {}) {
  const general = tmp();
  const direct = tmp();
  const sources: ImportSource[] = [...generateChunks(gen)].map((c) => ({ dataset: chunkToDataset(c), synthetic: true }));
  const units = unitsOfAllParts(gen, first, outside);
  // The general writer numbers its own nodes from the part's first unit on (GeneratedNumbers).
  const from = new GeneratedNumbers(gen, first).unit((gen.part?.part ?? 0) * (gen.chunkUnits ?? 50_000));
  const expected = writeImportCsv(general, sources, { part, numbers: numberNodes(sources, from, units) });
  const root = new Map(Object.entries(outside));
  const actual = writeGeneratedCsv(direct, gen, { part, first, outside: { numberOf: (label, id) => (label === 'Unit' ? root.get(id) : undefined) } });
  const rename = (args: string[], from: string, to: string) => args.map((a) => a.replace(from, to));
  return { expected, actual: { ...actual, args: rename(actual.args, direct, general) }, general: filesOf(general), direct: filesOf(direct) };
}

describe('the generated structure as the importer\'s CSV files, line by line', () => {
  it('when a whole structure is written, then the files, importer arguments and counts are those of the general writer', () => {
    // After a core of 7 nodes whose root ('mps', the default) is its node 3.
    const r = bothWriters({ units: 3000, seed: 7 }, undefined, 7, { mps: 3 });
    expect(Object.keys(r.direct)).toEqual(['nodes-Person.csv', 'nodes-Post.csv', 'nodes-Unit.csv', 'rels-HOLDS.csv', 'rels-POST_OF.csv', 'rels-REPORTS_TO.csv', 'rels-SUCCEEDED_BY.csv']);
    expect(r.direct).toEqual(r.general);
    expect(r.actual).toEqual(r.expected);
  });

  it('when parts are written, with a stand-in root and another prefix, then each part\'s files are the general writer\'s for that part', () => {
    for (const part of [0, 1]) {
      const r = bothWriters({ units: 3000, seed: 11, idPrefix: 'gen-t2-', rootId: 'gen-t2-root', includeRoot: true, chunkUnits: 400, part: { part, of: 2 } }, `part${part}`);
      // The provinces (and their SUCCEEDED_BY lines) are all in chunk 0, part 0's.
      expect(Object.keys(r.direct).length).toBe(part === 0 ? 7 : 6);
      expect(r.direct).toEqual(r.general);
      expect(r.actual).toEqual(r.expected);
    }
  });

  it('when both parts are written, then their node ids ascend from 0 through the node files in the importer\'s order, with no gap, and every line ends at one of them', () => {
    const gen: GenerateOptions = { units: 3000, seed: 5, chunkUnits: 300, includeRoot: true, rootId: 'gen-root' };
    const dir = tmp();
    const parts = [0, 1].map((part) => writeGeneratedCsv(dir, { ...gen, part: { part, of: 2 } }, { part: `part${part}` }));
    const args = parts.flatMap((p) => p.args);
    const idsOf = (arg: string) => readFileSync(arg.slice(arg.lastIndexOf('=') + 1), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',', 2).map(Number));
    const nodeIds = args.filter((a) => a.startsWith('--nodes=')).flatMap((a) => idsOf(a).map(([id]) => id));
    const units = new GeneratedNumbers(gen, 0).units;
    expect(nodeIds).toEqual(Array.from({ length: 3 * units }, (_, i) => i));
    const ends = args.filter((a) => a.startsWith('--relationships=')).flatMap(idsOf).flat();
    expect(ends.length).toBeGreaterThan(4 * units);
    expect(ends.every((n) => Number.isInteger(n) && n >= 0 && n < 3 * units)).toBe(true);
  });

  it('when a generated structure reports to a root that the records before it do not hold, then its writer refuses before any worker starts and says what to do', async () => {
    const [write] = generatedCsvParts({ units: 300, rootId: 'nowhere' }, 1);
    await expect(write!(tmp(), new NodeNumbers(0))).rejects.toThrow(BulkImportError);
    await expect(write!(tmp(), new NodeNumbers(0))).rejects.toThrow("reports to the unit 'nowhere', which the import does not hold: import the dataset that holds it");
  });
});

describe('the node ids of the general writer', () => {

  const unit = (id: string) => ({ value: { id, name: id, kind: 'OTHER', citations: [{ note: 'n' }] } });
  const dataset = (units: string[], relations: { id: string; from: string; to: string }[] = []) => ({
    sources: [], units: units.map(unit), events: [], persons: [], posts: [], holdings: [],
    relations: relations.map((r) => ({ value: { ...r, type: 'REPORTS_TO', citations: [{ note: 'n' }] } })),
  }) as unknown as ImportSource['dataset'];

  it('when a record id comes twice, then numbering refuses and names it', () => {
    expect(() => numberNodes([{ dataset: dataset(['a', 'b']), synthetic: false }, { dataset: dataset(['a']), synthetic: false }]))
      .toThrow("the bulk import was given the Unit 'a' twice");
  });

  it('when a line ends at a unit in none of the files, then writing refuses and names it', () => {
    expect(() => writeImportCsv(tmp(), [{ dataset: dataset(['a'], [{ id: 'a-b', from: 'a', to: 'b' }]), synthetic: false }]))
      .toThrow("reference to the Unit 'b', which is in none of its files");
  });
});
