/**
 * Canary against baseline. Tolerances are absolute (in the check's units) or relative (a
 * share of the baseline). When both are given for a direction, the canary is out of
 * tolerance only when it exceeds both: the runbooks' "latency within 1s or 10%".
 */
import { formatValue, type Dimension, type Quantity } from "../playbook/quantity.js";
import type { BaselineComparison } from "../playbook/types.js";
import type { Component, Series } from "./types.js";

/** `max-increase 1s or 10%, max-decrease 20%`: the tolerances as the playbook set them. */
export function describeBaseline(cmp: BaselineComparison, dimension: Dimension): string {
  const parts = [
    describeSide("max-increase", cmp.maxIncrease, cmp.maxIncreaseRatio, dimension),
    describeSide("max-decrease", cmp.maxDecrease, cmp.maxDecreaseRatio, dimension),
  ].filter((p): p is string => p !== undefined);
  return parts.length ? parts.join(", ") : "baseline (no tolerance set)";
}

function describeSide(name: string, abs: Quantity | undefined, rel: Quantity | undefined, dimension: Dimension): string | undefined {
  const texts = [abs && formatValue(abs.value, dimension), rel?.text].filter((t): t is string => t !== undefined);
  return texts.length ? `${name} ${texts.join(" or ")}` : undefined;
}

/** Change relative to the baseline; any change from a zero baseline is infinitely large. */
export function relativeChange(delta: number, baseline: number): number {
  if (baseline === 0) return delta === 0 ? 0 : delta > 0 ? Infinity : -Infinity;
  return delta / Math.abs(baseline);
}

/** Which direction is out of tolerance, if any. */
function violated(cmp: BaselineComparison, canary: number, baseline: number): "increase" | "decrease" | undefined {
  const delta = canary - baseline;
  const ratio = relativeChange(delta, baseline);
  const beyond = (amount: number, r: number, abs?: Quantity, rel?: Quantity) =>
    (abs !== undefined || rel !== undefined) && (!abs || amount > abs.value) && (!rel || r > rel.value);
  if (delta > 0 && beyond(delta, ratio, cmp.maxIncrease, cmp.maxIncreaseRatio)) return "increase";
  if (delta < 0 && beyond(-delta, -ratio, cmp.maxDecrease, cmp.maxDecreaseRatio)) return "decrease";
  return undefined;
}

/** `+0.1%`, `-40`: a delta with its sign. */
export function signed(value: number, dimension: Dimension): string {
  const text = formatValue(value, dimension);
  return value > 0 || (value === 0 && !Object.is(value, -0)) ? `+${text}` : text;
}

/**
 * Judges canary series against baseline series. One series a side are compared directly;
 * several are paired by their labels once the selector labels are set aside, and the
 * worst pair decides.
 */
export function judgeBaseline(
  cmp: BaselineComparison,
  canary: readonly Series[],
  baseline: readonly Series[],
  dimension: Dimension,
  selectorLabels: readonly string[] = [],
): Component {
  const limit = describeBaseline(cmp, dimension);
  const pairs: [Series, Series][] = [];
  if (canary.length === 1 && baseline.length === 1) pairs.push([canary[0]!, baseline[0]!]);
  else {
    const key = (s: Series) =>
      JSON.stringify(Object.entries(s.labels).filter(([k]) => k !== "__name__" && !selectorLabels.includes(k)).sort());
    const byKey = new Map(baseline.map((b) => [key(b), b]));
    for (const c of canary) {
      const b = byKey.get(key(c));
      if (b) pairs.push([c, b]);
    }
  }
  if (pairs.length === 0) {
    return { outcome: "no-data", limit, detail: "no data: no baseline series has the same labels as a canary series" };
  }
  const judged = pairs.map(([c, b]) => ({ c: c.value, b: b.value, dir: violated(cmp, c.value, b.value) }));
  const worst = judged.reduce((x, y) => {
    if (!!x.dir !== !!y.dir) return y.dir ? y : x;
    return Math.abs(y.c - y.b) > Math.abs(x.c - x.b) ? y : x;
  });
  const delta = worst.c - worst.b;
  const change = relativeChange(delta, worst.b);
  const changeText = Number.isFinite(change) ? signed(change, "ratio") : change > 0 ? "+Inf%" : "-Inf%";
  const base = { canary: worst.c, baseline: worst.b, delta };
  const shown = `${signed(delta, dimension)} (${changeText}) vs baseline ${formatValue(worst.b, dimension)}`;
  if (!worst.dir) return { ...base, outcome: "pass", limit, detail: shown };
  const sideLimit =
    worst.dir === "increase"
      ? describeSide("max-increase", cmp.maxIncrease, cmp.maxIncreaseRatio, dimension)!
      : describeSide("max-decrease", cmp.maxDecrease, cmp.maxDecreaseRatio, dimension)!;
  return {
    ...base,
    outcome: cmp.severity,
    limit: sideLimit,
    detail: `${shown} exceeds ${sideLimit}${cmp.severity === "warn" ? " (warn)" : ""}`,
  };
}
