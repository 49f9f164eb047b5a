// How a bench file reports a figure: one JSON line per metric on stdout, read by scripts/bench.ts.
export interface Metric {
  metric: string;
  value: number;
  unit: string;
  /** e.g. '<= 50' or '>= 10'; omitted for figures without a target */
  target?: string;
  note?: string;
}

export function report(metric: Metric): void {
  process.stdout.write(`BENCH ${JSON.stringify(metric)}\n`);
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
