/**
 * The synthetic nationwide structure, generated as dataset records in chunks so that a million units
 * never sit in memory at once. Units come top-down (ministry departments, provinces, districts, then
 * communes), so every REPORTS_TO line points at a unit of the same or an earlier chunk: writing the
 * chunks in order never meets a missing end node.
 *
 * Time: departments are undated; the 63 old provinces end on 2025-07-01 and the 34 new ones start
 * then; districts end on 2025-03-01; old communes report to their district until 2025-03-01, then to
 * their old province until they end on 2025-07-01; new communes report to a new province from
 * 2025-07-01; each new province carries on its old ones (SUCCEEDED_BY from each, dated 2025-07-01).
 * Every unit has one leading post ("Director" or "Head") held by a synthetic person.
 *
 * `unitSpecs` is longer than ~40 lines on purpose: it reads top-down like the structure it draws.
 */
import type { HoldingRecord, PersonRecord, PostRecord, RelationRecord, UnitRecord } from '../loader/record-schemas';
import { DEPARTMENTS } from './departments';
import { layOut, provinceNames, STREAM, type Layout } from './layout';
import { asciiName, personName, placeName } from './names';
import { planShape, type ShapePlan } from './plan';
import { streamFor, type Random } from './prng';
import { DISTRICTS_ABOLISHED_DATE as DISTRICTS_END, PROVINCE_MERGER_DATE as MERGER } from './provinces';
import { unitRecords, type UnitSpec } from './unit-records';

/** Options of the generator. */
export interface GenerateOptions {
  /** About how many units to generate (see plan.ts). */
  units: number;
  /** PRNG seed; default 1. Same seed, same output. */
  seed?: number;
  /** Prefix of every generated id; default 'gen-'. Lower-case letters, digits and '-', ending in '-'. */
  idPrefix?: string;
  /** The unit the ministry-level units report to; default 'mps' (the cited ministry). */
  rootId?: string;
  /** Also generate the root unit itself (a synthetic stand-in; its id must start with idPrefix). Default false. */
  includeRoot?: boolean;
  /** Units per chunk; default 50,000. */
  chunkUnits?: number;
  /**
   * Only the chunks whose number (0, 1, ...) modulo `of` is `part`; default all (part 0 of 1). The
   * chunks of every part together are the whole structure, record for record: parts can be written
   * in parallel (seed/generator/write-csv-parts.ts). The records of skipped chunks are not made.
   */
  part?: { part: number; of: number };
}

/** The records of one chunk, by kind. */
export interface GeneratedChunk {
  units: UnitRecord[];
  posts: PostRecord[];
  persons: PersonRecord[];
  holdings: HoldingRecord[];
  relations: RelationRecord[];
}

/** Options with their defaults filled in. */
export type ResolvedOptions = Required<GenerateOptions>;

/**
 * Fills in the defaults and checks the options.
 * @throws RangeError for a bad idPrefix, seed, chunk size or unit count, or a stand-in root without the prefix.
 */
export function resolveOptions(o: GenerateOptions): ResolvedOptions {
  const r: ResolvedOptions = { seed: 1, idPrefix: 'gen-', rootId: 'mps', includeRoot: false, chunkUnits: 50_000, part: { part: 0, of: 1 }, ...o };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*-$/.test(r.idPrefix)) throw new RangeError(`idPrefix must be lower-case letters and digits joined by '-' and end in '-' (got '${r.idPrefix}')`);
  if (!Number.isInteger(r.seed) || r.seed < 0 || r.seed > 0xffffffff) throw new RangeError(`seed must be a whole number from 0 to 4294967295 (got ${r.seed})`);
  if (!Number.isInteger(r.chunkUnits) || r.chunkUnits < 1) throw new RangeError(`chunkUnits must be a positive whole number (got ${r.chunkUnits})`);
  const { part, of } = r.part;
  if (!Number.isInteger(of) || of < 1 || !Number.isInteger(part) || part < 0 || part >= of) throw new RangeError(`part must be a whole number from 0 to of - 1 (got ${part} of ${of})`);
  if (r.includeRoot && !r.rootId.startsWith(r.idPrefix)) throw new RangeError(`a generated root must have the id prefix: rootId '${r.rootId}' does not start with '${r.idPrefix}'`);
  planShape(r.units);
  return r;
}

/** An empty chunk. */
export function emptyChunk(): GeneratedChunk {
  return { units: [], posts: [], persons: [], holdings: [], relations: [] };
}

/**
 * The structure for `opts`, in chunks of about `chunkUnits` units (the first chunk holds at least the
 * ministry-level units, provinces and districts). Deterministic: the same options give the same records.
 * @throws RangeError for bad options (see resolveOptions).
 */
export function* generateChunks(opts: GenerateOptions): Generator<GeneratedChunk> {
  const o = resolveOptions(opts);
  const citations = citationsOf(o);
  let chunk = emptyChunk();
  for (const [spec, ordinal] of keptUnits(o)) {
    unitRecords(chunk, spec, o.idPrefix, ordinal, citations);
    if (chunk.units.length >= o.chunkUnits) {
      yield chunk;
      chunk = emptyChunk();
    }
  }
  if (chunk.units.length) yield chunk;
}

/** Where a unit of forEachUnit stands in the whole structure (seed/generator/node-numbers.ts numbers nodes by it). */
export interface UnitPlace {
  /** The unit's ordinal: its place in the whole structure, from 0, whatever the part. */
  ordinal: number;
  /** The ordinal of a generated unit that can be a parent (any but a commune), of any part; undefined for another id (the root, when not generated). */
  ordinalOf(id: string): number | undefined;
}

/**
 * The records of generateChunks(opts), unit by unit and in the same order: `each` is given one
 * unit's records in a chunk that is emptied and reused for the next unit, so a writer that copies
 * nothing keeps nothing alive (the bulk mode's CSV parts: seed/generator/write-generated-csv.ts).
 * @throws RangeError for bad options (see resolveOptions).
 */
export function forEachUnit(opts: GenerateOptions, each: (records: GeneratedChunk, place: UnitPlace) => void): void {
  const o = resolveOptions(opts);
  const citations = citationsOf(o);
  const chunk = emptyChunk();
  const parents = new Map<string, number>();
  const place: UnitPlace = { ordinal: 0, ordinalOf: (id) => parents.get(id) };
  for (const [spec, ordinal] of keptUnits(o, parents)) {
    chunk.units.length = chunk.posts.length = chunk.persons.length = chunk.holdings.length = chunk.relations.length = 0;
    unitRecords(chunk, spec, o.idPrefix, ordinal, citations);
    place.ordinal = ordinal;
    each(chunk, place);
  }
}

// The one citations list of every record of a run (to-rows.ts makes its JSON once per list).
function citationsOf(o: ResolvedOptions): { note: string }[] {
  return [{ note: `synthetic: generated by seed/generate.ts, seed ${o.seed}` }];
}

// The units of o's part with their ordinals (which number their persons). `parents`, when given, is
// filled with the ordinal of every unit that is not a commune, kept or not (communes are never parents).
function* keptUnits(o: ResolvedOptions, parents?: Map<string, number>): Generator<[UnitSpec, number]> {
  const plan = planShape(o.units);
  const layout = layOut(plan, o.seed, o.idPrefix);
  let ordinal = 0;
  // Every unit draws from its own stream (by ordinal), so skipping a unit's records changes no other's.
  const kept = (n: number) => Math.floor(n / o.chunkUnits) % o.part.of === o.part.part;
  // A commune of another part's chunk is only counted: not even its names are drawn.
  const skip = () => {
    if (kept(ordinal)) return false;
    ordinal++;
    return true;
  };
  for (const spec of unitSpecs(o, plan, layout, () => streamFor(o.seed, STREAM.unit, ordinal++), skip)) {
    if (parents && spec.level !== 'commune') parents.set(spec.id, ordinal - 1);
    if (kept(ordinal - 1)) yield [spec, ordinal - 1];
  }
}

/** The whole structure in one chunk (for small sizes and tests). */
export function generateAll(opts: GenerateOptions): GeneratedChunk {
  const all = emptyChunk();
  for (const c of generateChunks({ ...opts, chunkUnits: Number.MAX_SAFE_INTEGER })) {
    for (const k of Object.keys(all) as (keyof GeneratedChunk)[]) (all[k] as unknown[]).push(...c[k]);
  }
  return all;
}

function* unitSpecs(o: ResolvedOptions, plan: ShapePlan, layout: Layout, next: () => Random, skip: () => boolean): Generator<UnitSpec> {
  const root = o.rootId;
  if (o.includeRoot) {
    yield { rand: next(), id: root, name: 'Ministry of Public Security (synthetic stand-in)', nameVi: 'Bộ Công an', kind: 'MINISTRY', jurisdiction: 'Viet Nam', level: 'ministry', parents: [] };
  }
  for (let i = 0; i < plan.departments; i++) {
    const d = DEPARTMENTS[i] ?? { name: `Department No. ${i + 1}`, nameVi: `Cục số ${i + 1}`, kind: 'MINISTRY_DEPARTMENT' as const };
    yield { rand: next(), id: `${o.idPrefix}dept-${String(i + 1).padStart(3, '0')}`, ...d, jurisdiction: 'Viet Nam', level: 'department',
      parents: [{ to: root, suffix: 'ministry' }] };
  }
  for (const p of layout.oldProvinces) {
    yield { rand: next(), id: p.id, ...provinceNames(p.nameVi), kind: 'PROVINCIAL_POLICE', level: 'province',
      jurisdiction: `${asciiName(p.nameVi)} (the province before ${MERGER})`, validTo: MERGER,
      parents: [{ to: root, suffix: 'ministry', validTo: MERGER, note: `until ${MERGER}, when ${asciiName(p.nameVi)} merged into the new ${asciiName(p.into.nameVi)} (${p.into.id})` }] };
  }
  for (const p of layout.newProvinces) {
    const formed = p.from.length === 1 ? `the former ${asciiName(p.nameVi)} force (${p.from[0]!.id}), not merged` : `the merger of ${p.from.map((f) => `${asciiName(f.nameVi)} (${f.id})`).join(', ')}`;
    yield { rand: next(), id: p.id, ...provinceNames(p.nameVi), kind: 'PROVINCIAL_POLICE', level: 'province',
      jurisdiction: `${asciiName(p.nameVi)} (from ${MERGER}: ${p.from.map((f) => asciiName(f.nameVi)).join(', ')})`, validFrom: MERGER,
      parents: [{ to: root, suffix: 'ministry', validFrom: MERGER, note: `from ${MERGER}; formed from ${formed}` }],
      predecessors: p.from.map((f) => ({ from: f.id, validFrom: MERGER, note: p.from.length === 1 ? `continued as ${asciiName(p.nameVi)} from ${MERGER}, not merged` : `merged into ${asciiName(p.nameVi)} on ${MERGER}` })) };
  }
  for (const d of layout.districts) {
    yield { rand: next(), id: d.id, name: `Police of ${asciiName(d.nameVi)} District`, nameVi: `Công an huyện ${d.nameVi}`, kind: 'DISTRICT_POLICE', level: 'district',
      jurisdiction: `${asciiName(d.nameVi)} district, ${asciiName(d.province.nameVi)}`, validTo: DISTRICTS_END,
      parents: [{ to: d.province.id, suffix: 'province', validTo: DISTRICTS_END, note: `until ${DISTRICTS_END}, when district-level police were abolished` }] };
  }
  let n = 0;
  for (const d of layout.districts) {
    const where = `${asciiName(d.nameVi)} district, ${asciiName(d.province.nameVi)}`;
    for (let k = 0; k < d.communes; k++) {
      n++;
      if (skip()) continue;
      const rand = next();
      yield { rand, ...commune(rand, `${o.idPrefix}commune-${String(n).padStart(7, '0')}`, where), validTo: MERGER,
        parents: [
          { to: d.id, suffix: 'district', validTo: DISTRICTS_END },
          { to: d.province.id, suffix: 'province', validFrom: DISTRICTS_END, validTo: MERGER, note: `reports directly to the province from ${DISTRICTS_END}, when district-level police were abolished` },
        ] };
    }
  }
  n = 0;
  for (const p of layout.newProvinces) {
    const where = asciiName(p.nameVi);
    for (let k = 0; k < p.communes; k++) {
      n++;
      if (skip()) continue;
      const rand = next();
      yield { rand, ...commune(rand, `${o.idPrefix}commune-new-${String(n).padStart(7, '0')}`, where), validFrom: MERGER,
        parents: [{ to: p.id, suffix: 'province', validFrom: MERGER }] };
    }
  }
}

// A commune's names depend only on its place name and whether it is a ward: made once per pair.
const communeNames = [new Map<string, CommuneNames>(), new Map<string, CommuneNames>()]; // commune, ward
type CommuneNames = { name: string; nameVi: string; where: string };

function commune(rand: Random, id: string, where: string): Omit<UnitSpec, 'rand' | 'parents'> {
  const place = placeName(rand);
  const ward = rand() < 0.2;
  const cache = communeNames[ward ? 1 : 0]!;
  let names = cache.get(place);
  if (!names) {
    names = {
      name: `Police of ${asciiName(place)} ${ward ? 'Ward' : 'Commune'}`,
      nameVi: `Công an ${ward ? 'phường' : 'xã'} ${place}`,
      where: `${asciiName(place)} ${ward ? 'ward' : 'commune'}, `,
    };
    if (cache.size < 10_000) cache.set(place, names);
  }
  return { id, kind: 'COMMUNE_POLICE', level: 'commune', name: names.name, nameVi: names.nameVi, jurisdiction: `${names.where}${where}` };
}
