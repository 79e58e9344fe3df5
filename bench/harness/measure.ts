/**
 * One cell of the benchmark: `connections` clients POSTing the same body to one API for `duration`
 * seconds with autocannon (latencies in ms as autocannon reports them, 2xx only counted as answers).
 */
import autocannon from 'autocannon';

/** What one cell measured. */
export interface Cell { p50: number; p99: number; rps: number; requests: number; failures: number }

/** Sends one request and checks the answer is 200 with data and no errors. @throws Error with the answer otherwise. */
export async function checkOnce(url: string, body: string): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || json.errors || !json.data) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 400)}`);
  return text.length;
}

/** Runs autocannon; `duration` in seconds. */
export async function measure(url: string, body: string, connections: number, duration: number): Promise<Cell> {
  const r = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration });
  return {
    p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average,
    requests: r['2xx'], failures: r.non2xx + r.errors + r.timeouts,
  };
}
