/**
 * Instances of the canary compared with each other (the runbooks' "all hosts within
 * 10%"): each instance's relative distance from the median of all of them.
 */
import { crosses, formatValue, type Dimension } from "../playbook/quantity.js";
import type { SpreadComparison } from "../playbook/types.js";
import type { Component, Series } from "./types.js";
import type { Outcome } from "./types.js";

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * |v − median| / |median|. With a median of 0 a relative distance has no scale: an
 * instance at 0 is 0 away, any other is infinitely far (and crosses any limit), which is
 * what "all hosts within 10%" means when most hosts read 0.
 */
export function deviation(value: number, med: number): number {
  if (med === 0) return value === 0 ? 0 : Infinity;
  return Math.abs(value - med) / Math.abs(med);
}

/** Groups series into instances by the `by` labels and judges the largest deviation. */
export function judgeSpread(
  spread: SpreadComparison,
  series: readonly Series[],
  dimension: Dimension,
  warnings: string[],
): Component {
  const limit = spread.fail?.text ?? spread.warn?.text;
  const instances: Record<string, number> = {};
  for (const s of series) {
    const key = spread.by.map((label) => s.labels[label] ?? "").join("/") || "(no labels)";
    const seen = instances[key];
    // Several series for one instance means the query did not aggregate by these labels;
    // the largest is kept so a bad series is never averaged away.
    if (seen !== undefined) warnings.push(`several series for instance ${key}; the largest is used`);
    instances[key] = seen === undefined ? s.value : Math.max(seen, s.value);
  }
  const entries = Object.entries(instances);
  if (entries.length < 2) {
    return {
      outcome: "no-data",
      ...(limit && { limit }),
      detail: `no data: spread needs at least 2 instances by ${spread.by.join(", ")}, found ${entries.length}`,
      instances,
    };
  }
  const med = median(entries.map(([, v]) => v));
  const [outlier, value] = entries.reduce((a, b) => (deviation(b[1], med) > deviation(a[1], med) ? b : a));
  const dev = deviation(value, med);
  const outcome: Outcome = spread.fail && crosses(spread.fail, dev) ? "fail" : spread.warn && crosses(spread.warn, dev) ? "warn" : "pass";
  const decided = outcome === "fail" ? spread.fail : outcome === "warn" ? spread.warn : undefined;
  const devText = Number.isFinite(dev) ? formatValue(dev, "ratio") : "infinitely far";
  const detail =
    `${outlier} at ${formatValue(value, dimension)} is ${devText} from the median ${formatValue(med, dimension)} of ${entries.length} instances` +
    (decided ? `, crossed ${decided.text}${outcome === "warn" ? " (warn)" : ""}` : "");
  return {
    outcome,
    ...((decided?.text ?? limit) !== undefined && { limit: `spread ${decided?.text ?? limit}` }),
    detail,
    canary: value,
    instances,
  };
}
