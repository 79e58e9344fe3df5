/**
 * The records one generated unit brings: the unit, its leading post, the synthetic person holding
 * it, the holding, its REPORTS_TO lines and the SUCCEEDED_BY lines of the units it carries on.
 */
import type { Citation, UnitRecord } from '../loader/record-schemas';
import type { GeneratedChunk } from './generate-structure';
import { personName } from './names';
import { dateBetween, pick, type Random } from './prng';

/** The level of a unit, which decides its post's title and its holder's rank. */
export type Level = 'ministry' | 'department' | 'province' | 'district' | 'commune';

/** One REPORTS_TO line of a unit; `suffix` names the line's id (`<unit>-reports-to-<suffix>`). */
export interface ParentSpec {
  to: string;
  suffix: string;
  validFrom?: string;
  validTo?: string;
  note?: string;
}

/** A unit that the generated unit carries on from `validFrom` (a SUCCEEDED_BY line `from` -> the unit). */
export interface PredecessorSpec {
  from: string;
  validFrom: string;
  note: string;
}

/** What the generator decided about one unit. */
export interface UnitSpec {
  rand: Random;
  id: string;
  name: string;
  nameVi: string;
  kind: UnitRecord['kind'];
  jurisdiction: string;
  level: Level;
  validFrom?: string;
  validTo?: string;
  parents: ParentSpec[];
  /** The units it succeeds (a merger: several; a continuation: one); none by default. */
  predecessors?: PredecessorSpec[];
}

const POSTS: Record<Level, { title: string; titleVi: string; ranks: readonly string[] }> = {
  ministry: { title: 'Minister', titleVi: 'Bộ trưởng', ranks: ['General'] },
  department: { title: 'Director', titleVi: 'Cục trưởng', ranks: ['Major General', 'Lieutenant General'] },
  province: { title: 'Director', titleVi: 'Giám đốc', ranks: ['Major General', 'Colonel'] },
  district: { title: 'Head', titleVi: 'Trưởng', ranks: ['Colonel', 'Senior Lieutenant Colonel'] },
  commune: { title: 'Head', titleVi: 'Trưởng', ranks: ['Senior Lieutenant Colonel', 'Lieutenant Colonel', 'Major', 'Captain'] },
};

/** Appends the records of `spec` to `chunk`; `ordinal` numbers the unit's person. */
export function unitRecords(chunk: GeneratedChunk, spec: UnitSpec, prefix: string, ordinal: number, citations: Citation[]): void {
  const { rand, id } = spec;
  const dated = { ...(spec.validFrom ? { validFrom: spec.validFrom } : {}), ...(spec.validTo ? { validTo: spec.validTo } : {}) };
  chunk.units.push({ id, name: spec.name, nameVi: spec.nameVi, kind: spec.kind, jurisdiction: spec.jurisdiction, ...dated, citations });
  const post = POSTS[spec.level];
  const postId = `${id}-${post.title.toLowerCase()}`;
  chunk.posts.push({ id: postId, title: `${post.title}, ${spec.name}`, titleVi: `${post.titleVi} ${spec.nameVi}`, unit: id, leads: true, citations });
  const personId = `${prefix}person-${String(ordinal).padStart(7, '0')}`;
  const rank = pick(rand, post.ranks);
  chunk.persons.push({ id: personId, ...personName(rand), rank, citations });
  const from = spec.validFrom ?? dateBetween(rand, '2016-01-01', '2024-01-01');
  chunk.holdings.push({ id: `${postId}-holding`, person: personId, post: postId, rank, validFrom: from, ...(spec.validTo ? { validTo: spec.validTo } : {}), citations });
  for (const p of spec.parents) {
    chunk.relations.push({
      id: `${id}-reports-to-${p.suffix}`, type: 'REPORTS_TO', from: id, to: p.to,
      ...(p.validFrom ? { validFrom: p.validFrom } : {}), ...(p.validTo ? { validTo: p.validTo } : {}), ...(p.note ? { note: p.note } : {}),
      citations,
    });
  }
  // Written with the successor (it comes after every old unit), so both ends already exist.
  for (const p of spec.predecessors ?? []) {
    chunk.relations.push({ id: `${p.from}-succeeded-by-${id}`, type: 'SUCCEEDED_BY', from: p.from, to: id, validFrom: p.validFrom, note: p.note, citations });
  }
}
