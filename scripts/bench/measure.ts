// autocannon runs: the shared load shape and the median of repeated runs.
import autocannon, { type Options } from 'autocannon';

// BENCH_QUICK=1 runs everything once for a second: for trying the bench out, not for numbers.
export const LOAD =
  process.env.BENCH_QUICK === '1'
    ? { connections: 20, seconds: 1, warmupSeconds: 1, runs: 1 }
    : { connections: 20, seconds: 10, warmupSeconds: 3, runs: 3 };

export type Sample = {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
};

/** One autocannon run at the shared concurrency. */
export async function measure(options: Options, seconds = LOAD.seconds): Promise<Sample> {
  const result = await autocannon({
    connections: LOAD.connections,
    duration: seconds,
    timeout: 10,
    ...options,
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]),
  );
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses,
  };
}

const middle = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Median of each figure over the runs; error counts are summed so none hides. */
export function median(samples: Sample[]): Sample {
  const statuses: Record<string, number> = {};
  for (const s of samples)
    for (const [code, n] of Object.entries(s.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return {
    rps: middle(samples.map((s) => s.rps)),
    p50: middle(samples.map((s) => s.p50)),
    p99: middle(samples.map((s) => s.p99)),
    non2xx: samples.reduce((n, s) => n + s.non2xx, 0),
    errors: samples.reduce((n, s) => n + s.errors, 0),
    statuses,
  };
}
