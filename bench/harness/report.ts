/** The markdown of the benchmark: the latency/throughput table with ratios, memory and subtree notes. */
import type { Cell } from './measure';
import type { Client } from './spawn-server';

/** One measured cell with what it was. */
export interface Row extends Cell {
  workload: string; size: number; client: Client; connections: number;
  /** req/s of every round when the cell was measured several times (the cell is the median round). */
  rounds?: number[];
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/**
 * The table: one line per cell (by workload, size, connections, then raw, ours, peer, whatever order they ran in); on ours' lines, ours/raw and ours/peer as p50 / p99 / req/s ratios
 * (below 1× is better for latency, above 1× is better for req/s).
 */
export function formatTable(rows: Row[]): string {
  const lines = [
    '| workload | size | client | conns | p50 ms | p99 ms | req/s | failed | ours/raw p50 · p99 · req/s | ours/peer p50 · p99 · req/s |',
    '|---|---:|---|---:|---:|---:|---:|---:|---|---|',
  ];
  const find = (r: Row, client: Client) => rows.find((x) => x.workload === r.workload && x.size === r.size && x.connections === r.connections && x.client === client);
  const workloads = [...new Set(rows.map((r) => r.workload))];
  const order: Client[] = ['raw', 'ours', 'peer'];
  const sorted = [...rows].sort((a, b) => workloads.indexOf(a.workload) - workloads.indexOf(b.workload) || a.size - b.size
    || a.connections - b.connections || order.indexOf(a.client) - order.indexOf(b.client));
  for (const r of sorted) {
    let vsRaw = '';
    let vsPeer = '';
    if (r.client === 'ours') {
      const raw = find(r, 'raw');
      const peer = find(r, 'peer');
      if (raw) vsRaw = `${ratio(r.p50, raw.p50)} · ${ratio(r.p99, raw.p99)} · ${ratio(r.rps, raw.rps)}`;
      if (peer) vsPeer = `${ratio(r.p50, peer.p50)} · ${ratio(r.p99, peer.p99)} · ${ratio(r.rps, peer.rps)}`;
    }
    lines.push(`| ${r.workload} | ${r.size.toLocaleString('en')} | ${r.client} | ${r.connections} | ${ms(r.p50)} | ${ms(r.p99)} | ${Math.round(r.rps).toLocaleString('en')}${r.rounds && r.rounds.length > 1 ? ` (${r.rounds.map((x) => Math.round(x)).join(', ')})` : ''} | ${r.failures} | ${vsRaw} | ${vsPeer} |`);
  }
  return lines.join('\n');
}
