/**
 * The bulk mode's CSV files of a generated structure (or of one part of it), each line made straight
 * from the generated record: the same files, byte for byte, as writeImportCsv over chunkToDataset of
 * the same chunks (seed/loader/import-csv.ts; tests/unit/generated-csv.test.ts compares them), without
 * its Dataset wrapper, row objects and property maps. The hash is the loader's own recordHash of
 * the same fields, so a normal load afterwards finds every record unchanged.
 *
 * Why a second writer: it runs for every one of millions of records in the CSV stage of a bulk load,
 * and one unit's records are written before the next unit is generated (forEachUnit), so nothing
 * outlives its unit and garbage collection stays in the young generation (bench/README.md, "Seed load").
 */
import type { ImportFiles, NodeLookup } from '../loader/import-csv';
import { cell, closeFiles, CsvFile, csvPath, nodeHeader, relHeader, textCell, zeroKindCounts, type CsvState } from '../loader/import-csv';
import type { RelationType } from '../loader/kinds';
import type { Citation, HoldingRecord, PersonRecord, PostRecord, RelationRecord, UnitRecord } from '../loader/record-schemas';
import { possibleSpan } from '../../api/src/domain/basis';
import { attestedOf, claimOf, statedFields, statedText, storedBound, toDate, type StatedBounds } from '../loader/stated-props';
import { citedOf, recordHash, searchTextOf } from '../loader/to-rows';
import { forEachUnit, type GenerateOptions, type UnitPlace } from './generate-structure';
import { GeneratedNumbers } from './node-numbers';

// Each file's properties after id, in writeImportCsv's order (to-rows.ts makers' key order).
const CITED = ['citations', 'sourceIds', 'synthetic'];
const STATED = ['validFrom', 'validTo', 'validFromText', 'validToText', 'validFromBound', 'validToBound', 'firstAttested', 'lastAttested'];
const CLAIM = ['status', 'claimRank'];
const UNIT_PROPS = ['hash', 'name', 'nameVi', 'abbreviation', 'kind', 'jurisdiction', ...STATED, 'searchText', ...CITED];
const PERSON_PROPS = ['hash', 'name', 'nameVi', 'rank', ...CITED];
const POST_PROPS = ['hash', 'title', 'titleVi', 'leads', 'collective', ...CITED];
const HOLDS_PROPS = ['hash', 'rank', ...STATED, ...CLAIM, 'note', ...CITED];
const RELATION_PROPS = ['hash', ...STATED, ...CLAIM, 'note', ...CITED];
// Generated records cite no source: their citations attest nothing.
const NO_SOURCES: ReadonlyMap<string, string> = new Map();
const UNIT_HEADER = nodeHeader(UNIT_PROPS);
const PERSON_HEADER = nodeHeader(PERSON_PROPS);
const POST_HEADER = nodeHeader(POST_PROPS);
const POST_OF_HEADER = relHeader(CITED);
const HOLDS_HEADER = relHeader(HOLDS_PROPS);
const RELATION_HEADER = relHeader(RELATION_PROPS);

/** Options of writeGeneratedCsv. */
export interface GeneratedCsvOptions {
  /** Names the files as writeImportCsv names them for this part. */
  part?: string;
  /** The node id of the structure's first unit (GeneratedNumbers); default 0. */
  first?: number;
  /** The node ids of the units outside the structure that it reports to (its root, when not generated). */
  outside?: NodeLookup;
}

/**
 * Writes the records of generateChunks(gen) (`gen.part` chooses a part) as the importer's CSV files
 * into `dir`, named as writeImportCsv names them for `opts.part`, with the node ids of
 * GeneratedNumbers from `opts.first`; every record is marked synthetic.
 * @throws RangeError for bad options (resolveOptions); Error for a value the importer cannot write (an
 * empty text) or a parent that is neither generated nor found by `opts.outside`.
 */
export function writeGeneratedCsv(dir: string, gen: GenerateOptions, opts: GeneratedCsvOptions = {}): ImportFiles {
  const w = new LineWriter(dir, new GeneratedNumbers(gen, opts.first ?? 0), opts);
  forEachUnit(gen, (c, place) => {
    for (const u of c.units) w.unit(u, place);
    for (const p of c.persons) w.person(p, place);
    for (const p of c.posts) w.post(p, place);
    for (const h of c.holdings) w.holding(h, place);
    for (const r of c.relations) w.relation(r, place);
  });
  return w.close();
}

class LineWriter {
  readonly counts = zeroKindCounts();
  private readonly state: CsvState = { multiline: false };
  private readonly files = new Map<string, CsvFile>();
  private readonly relationFiles = new Map<RelationType, CsvFile>();
  private readonly dates = new Map<string, string>();
  private readonly cited = new WeakMap<Citation[], { json: string; cells: string }>();
  // The id of the unit whose records are being written (every relation is one of its lines).
  private current = '';

  constructor(private readonly dir: string, private readonly numbers: GeneratedNumbers, private readonly opts: GeneratedCsvOptions) {}

  // Every unit of the generator brings one post, its holder and their holding, so one unit's records
  // are numbered by its ordinal (GeneratedNumbers).
  unit(u: UnitRecord, at: UnitPlace): void {
    this.current = u.id;
    const c = this.citedCells(u.citations);
    const a = attestedOf(u.citations, NO_SOURCES);
    const hash = recordHash('units', [u.id, u.name, n(u.nameVi), n(u.abbreviation), u.kind, n(u.jurisdiction), ...statedFields(u, a), c.json], true);
    this.file('nodes-Unit', UNIT_HEADER).add(`${this.numbers.unit(at.ordinal)},${this.text(u.id)},"${hash}",${this.text(u.name)},${this.opt(u.nameVi)},` +
      `${this.opt(u.abbreviation)},${this.text(u.kind)},${this.opt(u.jurisdiction)},${this.stated(u, a)},` +
      `${this.text(searchTextOf(u))},${c.cells}`);
    this.counts.units++;
  }

  person(p: PersonRecord, at: UnitPlace): void {
    const c = this.citedCells(p.citations);
    const hash = recordHash('persons', [p.id, p.name, n(p.nameVi), n(p.rank), c.json], true);
    this.file('nodes-Person', PERSON_HEADER)
      .add(`${this.numbers.person(at.ordinal)},${this.text(p.id)},"${hash}",${this.text(p.name)},${this.opt(p.nameVi)},${this.opt(p.rank)},${c.cells}`);
    this.counts.persons++;
  }

  // A post and its POST_OF line (to-rows.ts: one record, one count).
  post(p: PostRecord, at: UnitPlace): void {
    const c = this.citedCells(p.citations);
    const leads = p.leads ?? false;
    const collective = p.collective ?? false;
    const hash = recordHash('posts', [p.id, p.title, n(p.titleVi), leads, collective, p.unit, c.json], true);
    const post = this.numbers.post(at.ordinal);
    this.file('nodes-Post', POST_HEADER)
      .add(`${post},${this.text(p.id)},"${hash}",${this.text(p.title)},${this.opt(p.titleVi)},${leads},${collective},${c.cells}`);
    this.file('rels-POST_OF', POST_OF_HEADER).add(`${post},${this.numbers.unit(at.ordinal)},${this.text(`post-of:${p.id}`)},${c.cells}`);
    this.counts.posts++;
  }

  holding(h: HoldingRecord, at: UnitPlace): void {
    const c = this.citedCells(h.citations);
    const a = attestedOf(h.citations, NO_SOURCES);
    const claim = claimOf(h);
    const hash = recordHash('holdings', [h.id, n(h.rank), ...statedFields(h, a), claim.status, claim.claimRank, n(h.note), h.person, h.post, c.json], true);
    this.file('rels-HOLDS', HOLDS_HEADER).add(`${this.numbers.person(at.ordinal)},${this.numbers.post(at.ordinal)},${this.text(h.id)},"${hash}",` +
      `${this.opt(h.rank)},${this.stated(h, a)},${this.text(claim.status)},${this.text(claim.claimRank)},${this.opt(h.note)},${c.cells}`);
    this.counts.holdings++;
  }

  relation(r: RelationRecord, at: UnitPlace): void {
    const c = this.citedCells(r.citations);
    const a = attestedOf(r.citations, NO_SOURCES);
    const claim = claimOf(r);
    const hash = recordHash('relations', [r.id, ...statedFields(r, a), claim.status, claim.claimRank, n(r.note), r.from, r.to, c.json], true);
    this.relationFile(r.type).add(`${this.end(r.from, at)},${this.end(r.to, at)},` +
      `${this.text(r.id)},"${hash}",${this.stated(r, a)},${this.text(claim.status)},${this.text(claim.claimRank)},${this.opt(r.note)},${c.cells}`);
    this.counts.relations++;
  }

  close(): ImportFiles {
    return { args: closeFiles(this.files), counts: this.counts, multiline: this.state.multiline };
  }

  // An end of a line of the unit being written: the unit itself (a line's `from`, or the `to` of
  // a SUCCEEDED_BY line from an old unit), else an earlier unit (see parent).
  private end(id: string, at: UnitPlace): number {
    return id === this.current ? this.numbers.unit(at.ordinal) : this.parent(id, at);
  }

  // A generated unit's number, or that of the unit outside the structure (its root: the caller
  // checks that `outside` holds it, write-csv-parts.ts).
  private parent(id: string, at: UnitPlace): number {
    const ordinal = at.ordinalOf(id);
    if (ordinal !== undefined) return this.numbers.unit(ordinal);
    const outside = this.opts.outside?.numberOf('Unit', id);
    if (outside === undefined) throw new Error(`no node id for the unit '${id}' that the generated unit of ordinal ${at.ordinal} reports to`);
    return outside;
  }

  private file(key: string, header: string): CsvFile {
    let f = this.files.get(key);
    if (!f) this.files.set(key, (f = new CsvFile(csvPath(this.dir, key, this.opts.part), header)));
    return f;
  }

  private relationFile(type: RelationType): CsvFile {
    let f = this.relationFiles.get(type);
    if (!f) this.relationFiles.set(type, (f = this.file(`rels-${type}`, RELATION_HEADER)));
    return f;
  }

  // The cells of to-rows.ts statedProps, in its order.
  private stated(v: StatedBounds, a: { firstAttested: string | null; lastAttested: string | null }): string {
    const span = possibleSpan(v);
    return `${this.date(span.validFrom)},${this.date(span.validTo)},${this.opt(statedText(v.validFrom, v.validFromBound))},` +
      `${this.opt(statedText(v.validTo, v.validToBound))},${this.opt(storedBound(v.validFromBound))},${this.opt(storedBound(v.validToBound))},` +
      `${this.date(a.firstAttested)},${this.date(a.lastAttested)}`;
  }

  private text(s: string): string {
    return textCell(s, this.state);
  }

  private opt(s: string | undefined | null): string {
    return s == null ? '' : textCell(s, this.state);
  }

  private date(s: string | undefined | null): string {
    if (!s) return '';
    let t = this.dates.get(s);
    if (t === undefined) this.dates.set(s, (t = cell(toDate(s), this.state)));
    return t;
  }

  // The citations, sourceIds and synthetic cells of a citations list, made once per list.
  private citedCells(citations: Citation[]): { json: string; cells: string } {
    let c = this.cited.get(citations);
    if (!c) {
      const { citations: json, sourceIds } = citedOf(citations);
      c = { json, cells: `${cell(json, this.state)},${cell(sourceIds, this.state)},true` };
      this.cited.set(citations, c);
    }
    return c;
  }
}

const n = <T>(v: T | undefined): T | null => v ?? null;
