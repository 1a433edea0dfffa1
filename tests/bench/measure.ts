/** Shared timing for benchmarks: median of several runs, reported as JSON lines that scripts/bench.mjs tabulates. */
import { performance } from 'node:perf_hooks';

export interface Figure {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  note?: string;
}

export function report(figure: Figure): void {
  console.log(JSON.stringify(figure));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median time per call in nanoseconds over `runs` runs of `iterations` calls each (after one warm-up run). */
export function nsPerCall(fn: () => unknown, iterations: number, runs = 7): number {
  const samples: number[] = [];
  for (let r = 0; r <= runs; r++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    const elapsed = performance.now() - start;
    if (r > 0) samples.push((elapsed * 1e6) / iterations);
  }
  return median(samples);
}

export async function msPerAsyncCall(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
