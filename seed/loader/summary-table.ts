/**
 * What the loader prints: the summary table at the end and the progress counter while it writes.
 */
import { KINDS } from './kinds';
import type { LoadSummary } from './write-dataset';

/** Rows per second, rounded, for `rows` done in `ms`. */
export function rate(rows: number, ms: number): number {
  return Math.round(rows / Math.max(ms, 1) * 1000);
}

/** The table of created / updated / unchanged per kind, a total row, and one line on time and rate. */
export function formatSummary(s: LoadSummary): string {
  const head = ['kind', 'created', 'updated', 'unchanged'];
  const total = { created: 0, updated: 0, unchanged: 0 };
  const body = KINDS.map((k) => {
    const c = s.counts[k];
    total.created += c.created;
    total.updated += c.updated;
    total.unchanged += c.unchanged;
    return [k, String(c.created), String(c.updated), String(c.unchanged)];
  });
  const rows = [head, ...body, ['total', String(total.created), String(total.updated), String(total.unchanged)]];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const verb = s.dryRun ? 'Dry run: nothing was written; this is what a load would do' : 'Loaded';
  const reset = s.reset ? (s.dryRun ? ' after a reset' : ' after emptying the database') : '';
  lines.push(`${verb}${reset}: ${s.rows} records in ${(s.ms / 1000).toFixed(1)} s (${rate(s.rows, s.ms)} rows/s).`);
  return lines.join('\n');
}

/**
 * A progress counter for `stream`: on a terminal one line rewritten in place, otherwise a new line
 * each time; at most one update per `intervalMs`. `done()` ends the line.
 */
export function progressPrinter(stream: NodeJS.WritableStream & { isTTY?: boolean }, intervalMs = 250) {
  const started = Date.now();
  let last = 0;
  let printed = false;
  const tty = stream.isTTY === true;
  return {
    update(done: number, total: number): void {
      const now = Date.now();
      if (now - last < intervalMs && done < total) return;
      last = now;
      printed = true;
      const text = `Writing: ${done}/${total} records (${Math.round((done / Math.max(total, 1)) * 100)}%, ${rate(done, now - started)} rows/s)`;
      stream.write(tty ? `\r${text}\x1b[K` : `${text}\n`);
    },
    done(): void {
      if (printed && tty) stream.write('\n');
    },
  };
}
