/** Timing figures: repeated samples summarized as min / median / p90, and printed as a table. */

export interface Summary {
  readonly runs: number;
  readonly min: number;
  readonly median: number;
  readonly p90: number;
}

/** Summarizes samples (any unit); nearest-rank percentiles, so every figure is a measured value. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("no samples to summarize");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { runs: sorted.length, min: sorted[0]!, median: rank(0.5), p90: rank(0.9) };
}

/** Milliseconds, with as many decimals as a small figure needs. */
export function ms(value: number): string {
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${(value * 1000).toFixed(0)} µs`;
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}x`;
}

export function bytes(value: number): string {
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MiB`;
  return `${(value / 1024).toFixed(0)} KiB`;
}

/** A plain-text table, first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The row of a summary: runs, min, median, p90. */
export function summaryRow(name: string, s: Summary): string[] {
  return [name, String(s.runs), ms(s.min), ms(s.median), ms(s.p90)];
}
