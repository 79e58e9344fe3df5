/**
 * The validated dataset: every record of every kind, each with the raw record it came from (for
 * locating problems).
 */
import type { Kind } from './kinds';
import type { RawRecord } from './read-dataset';
import type { RecordOf } from './record-schemas';

/** A validated record and where it was read from. */
export interface Located<T> {
  value: T;
  raw: RawRecord;
}

/** Every record of the dataset, by kind. */
export type Dataset = { [K in Kind]: Located<RecordOf<K>>[] };

/** A dataset with no record. */
export function emptyDataset(): Dataset {
  return { sources: [], units: [], events: [], persons: [], posts: [], holdings: [], relations: [] };
}
