/**
 * A problem found in the dataset: where it is (file, line, record path) and what to do about it.
 */
import path from 'node:path';

/** One problem in the dataset. Nothing is written while there is one. */
export interface Problem {
  /** The data file (absolute path), or the input as given when it does not exist. */
  file: string;
  /** 1-based line in `file`; 0 when the problem is about the whole file or input. */
  line: number;
  /** The record path under the file's list, e.g. `[3].citations[0].quote`; '' for the whole file. */
  path: string;
  /** The id of the record, when it has one. */
  recordId?: string;
  /** What is wrong and what to do about it, in one sentence. */
  message: string;
}

/** `[3].citations[0].quote` from `[3, 'citations', 0, 'quote']`. */
export function formatPath(parts: readonly PropertyKey[]): string {
  return parts.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/**
 * One line for a person: `seed/data/units.yaml:14 [3] (hanoi-police).kind: ...`, with the file
 * relative to `cwd` when it lies under it.
 */
export function formatProblem(p: Problem, cwd = process.cwd()): string {
  const where = formatLocation(p.file, p.line, cwd);
  const m = /^(\[\d+\])(.*)$/.exec(p.path);
  const record = m ? `${m[1]}${p.recordId ? ` (${p.recordId})` : ''}${m[2]}` : p.path;
  return record ? `${where} ${record}: ${p.message}` : `${where}: ${p.message}`;
}

/** `seed/data/units.yaml:14`: the file relative to `cwd` when it lies under it, and the line when known. */
export function formatLocation(file: string, line: number, cwd = process.cwd()): string {
  const rel = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  const shown = rel.startsWith('..') ? file : rel;
  return line > 0 ? `${shown}:${line}` : shown;
}

/** Problems sorted by file, then line, so a person can fix them top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.path.localeCompare(b.path));
}
