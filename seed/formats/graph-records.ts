/**
 * The neutral form every format converts from and to: the loader's records (seed/README.md) of
 * every kind, plus which ids are synthetic (generated data, which the loader marks with a write
 * option rather than a field). Reading Neo4j gives one; each format writes or parses one.
 */
import { KINDS, type Kind } from '../loader';
import type { RecordOf } from '../loader/record-schemas';

/** Every record of every kind, in the loader's shape. */
export type RecordSet = { [K in Kind]: RecordOf<K>[] };

/** What a format carries: the records and the ids written as synthetic. */
export interface GraphRecords {
  records: RecordSet;
  /** Ids of the records stored with `synthetic: true`. */
  synthetic: Set<string>;
}

/** A record set with no record. */
export function emptyRecordSet(): RecordSet {
  return Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as RecordSet;
}

/** One record parsed from an import file, before validation, and where it came from. */
export interface ImportItem {
  kind: Kind;
  /** The record's fields as the loader's schema expects them (unchecked). */
  data: Record<string, unknown>;
  /** The file it was read from (absolute). */
  file: string;
  /** Its position in that file's list of this kind. */
  index: number;
  /** 1-based line in `file` (0 when unknown, e.g. inside one-line JSON). */
  line: number;
  synthetic: boolean;
}

/** A field copied only when it has a value: the loader's optional fields may be absent or null. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}
