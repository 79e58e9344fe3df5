/**
 * Checks each raw record against the schema of its kind and turns zod's issues into problems that
 * say what to do.
 */
import type { core } from 'zod';
import { emptyDataset, type Dataset } from './dataset';
import type { Kind } from './kinds';
import { problemAt, type RawRecord } from './read-dataset';
import type { Problem } from './problem';
import { RECORD_SCHEMAS } from './record-schemas';

const CITATION_FIELDS = ['source', 'quote', 'note', 'asOf', 'publicKnowledge'];

/**
 * Validates every record; the ones that pass go into the returned dataset. `rejectedIds` holds the
 * ids of the records that failed, so references to them are not reported as unknown too.
 */
export function checkSchema(records: RawRecord[]): { dataset: Dataset; problems: Problem[]; rejectedIds: Set<string> } {
  const dataset = emptyDataset();
  const problems: Problem[] = [];
  const rejectedIds = new Set<string>();
  for (const rec of records) {
    const result = RECORD_SCHEMAS[rec.kind].safeParse(rec.data);
    if (result.success) {
      (dataset[rec.kind] as { value: unknown; raw: RawRecord }[]).push({ value: result.data, raw: rec });
    } else {
      for (const issue of result.error.issues) problems.push(...issueProblems(rec, issue));
      const id = (rec.data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') rejectedIds.add(id);
    }
  }
  return { dataset, problems, rejectedIds };
}

function issueProblems(rec: RawRecord, issue: core.$ZodIssue): Problem[] {
  const at = (p: readonly PropertyKey[], message: string) => problemAt(rec, p, message);
  const value = valueAt(rec.data, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedFields(rec.kind, issue.path).join(', ');
      return issue.keys.map((key) =>
        at([...issue.path, key], `unknown field '${key}' (allowed: ${allowed}); fix its name or remove it`));
    }
    case 'invalid_type':
      return [at(issue.path, typeMessage(issue, value))];
    case 'invalid_value':
      return [at(issue.path, `${JSON.stringify(value)} is not allowed here; use one of ${issue.values.join(', ')}`)];
    default:
      return [at(issue.path, issue.message)];
  }
}

function typeMessage(issue: core.$ZodIssueInvalidType, value: unknown): string {
  const field = issue.path[issue.path.length - 1];
  if (value === undefined && typeof field === 'string') return `missing required field '${field}'; add it`;
  if (issue.path.length === 0) return 'a record must be a mapping of fields (`id: ...`, `name: ...`); fix its indentation';
  const found = value === null ? 'nothing' : Array.isArray(value) ? 'a list' : `${typeof value} ${JSON.stringify(value)}`;
  const quoteIt = issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? '; put it in quotes' : '';
  const wanted = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping of fields' : `a ${issue.expected}`;
  return `must be ${wanted}, found ${found}${quoteIt || `; write ${wanted}`}`;
}

function allowedFields(kind: Kind, at: readonly PropertyKey[]): string[] {
  if (at.length >= 2 && at[at.length - 2] === 'citations') return CITATION_FIELDS;
  return Object.keys(RECORD_SCHEMAS[kind].shape);
}

function valueAt(data: unknown, parts: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of parts) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}
