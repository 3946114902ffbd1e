/** A small closed-loop HTTP load generator: C clients each send requests back to back. */
export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export async function runLoad(options: {
  requests: number;
  concurrency: number;
  send: (i: number) => Promise<boolean>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  const client = async () => {
    while (next < options.requests) {
      const i = next++;
      const t0 = process.hrtime.bigint();
      const ok = await options.send(i).catch(() => false);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p: number): number => {
    const value = latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    if (value === undefined)
      throw new Error('runLoad: no request was measured (requests must be at least 1)');
    return value;
  };
  return {
    requests: latencies.length,
    errors,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50Ms: pct(50),
    p95Ms: pct(95),
    p99Ms: pct(99),
  };
}
