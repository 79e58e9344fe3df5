/**
 * Cross-request batching of reads: requests that arrive while earlier ones are being read join one
 * batch, and a batch is one transaction. The per-transaction cost (Bolt round trips, begin/commit,
 * a session) is most of what a small read costs Neo4j (bench/README.md has the measurement, taken with
 * bench/tools/coalesce-experiment.ts). A request never waits for a timer: when fewer than `maxInFlight`
 * batches run, it is sent at once (alone if it is alone), so a single client sees no added latency.
 *
 * Every batch starts after each of its requests arrived, so no answer is older than its request.
 */

/** Limits of one coalescer. */
export interface CoalesceOptions {
  /** Most requests in one batch. */
  maxBatch: number;
  /** Most batches being read at once; more requests queue and form the next batch. */
  maxInFlight: number;
}

interface Waiting<K, V> {
  key: K;
  resolve(value: V): void;
  reject(err: unknown): void;
}

/**
 * Collects `load(key)` calls into batches for `run`, which must answer one value per key, in order.
 * When `run` throws, every request of that batch gets the error.
 */
export class Coalescer<K, V> {
  private readonly queue: Waiting<K, V>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly run: (keys: K[]) => Promise<V[]>, private readonly options: CoalesceOptions) {}

  /** The value for `key`, read in the next batch that has room. */
  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      this.schedule();
    });
  }

  /** Batches being read now (for tests and metrics). */
  get running(): number {
    return this.inFlight;
  }

  // Requests parsed in the same turn of the event loop go together; setImmediate lets them all arrive.
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.drain();
    });
  }

  private drain(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight++;
      this.send(batch).finally(() => {
        this.inFlight--;
        this.drain();
      });
    }
  }

  private async send(batch: Waiting<K, V>[]): Promise<void> {
    try {
      const values = await this.run(batch.map((w) => w.key));
      if (values.length !== batch.length) throw new Error(`a batched read answered ${values.length} values for ${batch.length} requests`);
      batch.forEach((w, i) => w.resolve(values[i]!));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }
}
