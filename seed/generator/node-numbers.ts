/**
 * The importer's node ids (`--id-type=actual`; seed/loader/import-csv.ts NodeNumbers) of a generated
 * structure written in parts (write-csv-parts.ts). They ascend through the node files in the order of
 * the importer's arguments: from `first` on, part after part, and within a part its units, then their
 * persons, then their posts, each in ordinal order.
 *
 * Every unit brings exactly one person and one post, so each number is arithmetic on the unit's
 * ordinal: a part's writer numbers the units of other parts (a commune's district) without seeing them.
 */
import { planShape } from './plan';
import { resolveOptions, type GenerateOptions } from './generate-structure';

/** The node ids of one generated structure, whatever part is asked for (GenerateOptions `part` is ignored). */
export class GeneratedNumbers {
  /** Units in the whole structure (its ordinals are 0 to units - 1). */
  readonly units: number;
  /** One past the last number given. */
  readonly end: number;
  private readonly chunk: number;
  private readonly parts: number;
  private readonly bases: number[] = [];
  private readonly sizes: number[] = [];

  /** @throws RangeError for bad options (resolveOptions). */
  constructor(gen: GenerateOptions, first: number) {
    const o = resolveOptions(gen);
    this.units = planShape(o.units).total + (o.includeRoot ? 1 : 0);
    this.chunk = o.chunkUnits;
    this.parts = o.part.of;
    const fullChunks = Math.floor(this.units / this.chunk);
    const rest = this.units % this.chunk;
    let base = first;
    for (let p = 0; p < this.parts; p++) {
      const chunks = fullChunks > p ? Math.floor((fullChunks - 1 - p) / this.parts) + 1 : 0;
      const size = chunks * this.chunk + (rest && fullChunks % this.parts === p ? rest : 0);
      this.bases.push(base);
      this.sizes.push(size);
      base += 3 * size;
    }
    this.end = base;
  }

  /** The node id of the unit of `ordinal`. */
  unit(ordinal: number): number {
    return this.numberOf(ordinal, 0);
  }

  /** The node id of the person holding the post of the unit of `ordinal`. */
  person(ordinal: number): number {
    return this.numberOf(ordinal, 1);
  }

  /** The node id of the leading post of the unit of `ordinal`. */
  post(ordinal: number): number {
    return this.numberOf(ordinal, 2);
  }

  // Chunk c of the structure is in part c % parts, as the floor(c / parts)-th chunk of that part.
  private numberOf(ordinal: number, block: 0 | 1 | 2): number {
    if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= this.units) throw new RangeError(`no generated unit has the ordinal ${ordinal} (the structure has ${this.units})`);
    const c = Math.floor(ordinal / this.chunk);
    const p = c % this.parts;
    const index = Math.floor(c / this.parts) * this.chunk + (ordinal % this.chunk);
    return this.bases[p]! + block * this.sizes[p]! + index;
  }
}
