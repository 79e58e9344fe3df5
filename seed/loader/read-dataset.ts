/**
 * Reads the data files named by the inputs (files, or folders searched recursively for *.yaml and
 * *.yml) and keeps, for every record, a way back to its line in the file.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, isMap, isSeq, isScalar, parseDocument, type Node } from 'yaml';
import { KINDS, kindOfFile, type Kind } from './kinds';
import { formatPath, type Problem } from './problem';

/** A record as read from its file, before validation. */
export interface RawRecord {
  kind: Kind;
  /** Absolute path of its file. */
  file: string;
  /** Its position in the file's list. */
  index: number;
  data: unknown;
  /** The 1-based line of `subPath` under this record (or of its nearest ancestor that exists). */
  lineOf(subPath?: readonly PropertyKey[]): number;
}

/** What reading found: the records, the files read, and the problems of reading. */
export interface ReadResult {
  records: RawRecord[];
  files: string[];
  problems: Problem[];
}

const FILE_NAMES = KINDS.map((k) => `${k}.yaml`).join(', ');

/**
 * Reads every data file under `inputs` (resolved against `cwd`). Never throws for a bad input: a
 * missing path, a file of no known kind, or a YAML syntax error becomes a Problem.
 */
export async function readDataset(inputs: string[], cwd = process.cwd()): Promise<ReadResult> {
  const problems: Problem[] = [];
  const files = await expandInputs(inputs, cwd, problems);
  const records: RawRecord[] = [];
  for (const file of files) {
    const kind = kindOfFile(path.basename(file));
    if (!kind) {
      problems.push({ file, line: 0, path: '', message: `the file name does not say what it holds: name it one of ${FILE_NAMES} (or e.g. units-hanoi.yaml)` });
      continue;
    }
    records.push(...parseFile(file, kind, await readFile(file, 'utf8'), problems));
  }
  return { records, files, problems };
}

async function expandInputs(inputs: string[], cwd: string, problems: Problem[]): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const info = await stat(full).catch(() => undefined);
    if (!info) {
      problems.push({ file: input, line: 0, path: '', message: 'no such file or folder; check the path (inputs are data files or folders of them)' });
    } else if (info.isDirectory()) {
      for (const f of await yamlFilesUnder(full)) out.add(f);
    } else if (/\.ya?ml$/.test(full)) {
      out.add(full);
    } else {
      problems.push({ file: full, line: 0, path: '', message: 'not a .yaml file; give data files (*.yaml) or folders of them' });
    }
  }
  return [...out];
}

async function yamlFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await yamlFilesUnder(full)));
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(full);
  }
  return out;
}

/** Parses one file's text into raw records; syntax errors go to `problems`. */
export function parseFile(file: string, kind: Kind, text: string, problems: Problem[]): RawRecord[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
      problems.push({ file, line, path: '', message: `YAML syntax error (${err.message.split('\n')[0]}); fix the file's syntax` });
    }
    return [];
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isSeq(root)) {
    problems.push({ file, line: 1, path: '', message: 'the file must be a YAML list of records, each starting with `- id: ...`' });
    return [];
  }
  const items = doc.toJS({ maxAliasCount: 1000 }) as unknown[];
  return items.map((data, index) => ({
    kind, file, index, data,
    lineOf: (subPath: readonly PropertyKey[] = []) => lineOfPath(root, [index, ...subPath], lineCounter),
  }));
}

function lineOfPath(root: Node, parts: readonly PropertyKey[], lines: LineCounter): number {
  let node: unknown = root;
  let offset = root.range?.[0] ?? 0;
  for (const key of parts) {
    if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else {
      break;
    }
  }
  return lines.linePos(offset).line;
}

/** A problem at `subPath` under record `rec`. */
export function problemAt(rec: RawRecord, subPath: readonly PropertyKey[], message: string): Problem {
  const id = (rec.data as { id?: unknown } | null)?.id;
  return {
    file: rec.file,
    line: rec.lineOf(subPath),
    path: formatPath([rec.index, ...subPath]),
    ...(typeof id === 'string' ? { recordId: id } : {}),
    message,
  };
}
