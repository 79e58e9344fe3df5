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
import { chunkToDataset, generateChunks, type GenerateOptions } from '../../seed/generator';
import { writeGeneratedCsv } from '../../seed/generator/write-generated-csv';
import { writeImportCsv } from '../../seed/loader/import-csv';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(path.join(os.tmpdir(), 'generated-csv-test-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

function bothWriters(gen: GenerateOptions, part?: string) {
  const general = tmp();
  const direct = tmp();
  const sources = [...generateChunks(gen)].map((c) => ({ dataset: chunkToDataset(c), synthetic: true }));
  const expected = writeImportCsv(general, sources, part);
  const actual = writeGeneratedCsv(direct, gen, part);
  const rename = (args: string[], from: string, to: string) => args.map((a) => a.replace(from, to));
  return { expected, actual: { ...actual, args: rename(actual.args, direct, general) }, general: filesOf(general), direct: filesOf(direct) };
}

describe('the generated structure as the importer\'s CSV files, line by line', () => {
  it('when a whole structure is written, then the files, importer arguments and counts are those of the general writer', () => {
    const r = bothWriters({ units: 3000, seed: 7 });
    expect(Object.keys(r.direct)).toEqual(['nodes-Person.csv', 'nodes-Post.csv', 'nodes-Unit.csv', 'rels-HOLDS.csv', 'rels-POST_OF.csv', 'rels-REPORTS_TO.csv']);
    expect(r.direct).toEqual(r.general);
    expect(r.actual).toEqual(r.expected);
  });

  it('when parts are written, with a stand-in root and another prefix, then each part\'s files are the general writer\'s for that part', () => {
    for (const part of [0, 1]) {
      const r = bothWriters({ units: 3000, seed: 11, idPrefix: 'gen-t2-', rootId: 'gen-t2-root', includeRoot: true, chunkUnits: 400, part: { part, of: 2 } }, `part${part}`);
      expect(Object.keys(r.direct).length).toBe(6);
      expect(r.direct).toEqual(r.general);
      expect(r.actual).toEqual(r.expected);
    }
  });
});
