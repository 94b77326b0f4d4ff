// Closed-loop load: `concurrency` workers each issue one request after another
// until the time or request budget is spent. Bounded in both, so it always stops.
export async function runLoad({ concurrency, durationMs, maxRequests, request }) {
  const latencies = [];
  let issued = 0;
  let failures = 0;
  let firstFailure;
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  async function worker(workerIndex) {
    while (performance.now() < deadline && issued < maxRequests) {
      const sequence = issued++;
      const t0 = performance.now();
      try {
        await request(sequence, workerIndex);
        latencies.push(performance.now() - t0);
      } catch (error) {
        failures++;
        firstFailure ??= String(error?.message ?? error);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  const elapsedMs = performance.now() - started;
  return summarise(latencies, failures, elapsedMs, firstFailure);
}

export function summarise(latencies, failures, elapsedMs, firstFailure) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    failures,
    firstFailure,
    seconds: round(elapsedMs / 1000),
    throughputPerSecond: round(sorted.length / (elapsedMs / 1000)),
    p50Ms: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
  };
}

export function percentile(sorted, fraction) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

const round = (value) => Math.round(value * 100) / 100;
