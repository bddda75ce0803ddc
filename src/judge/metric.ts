/**
 * One round of a PromQL check: threshold (`fail`/`warn`), trend (`per`), canary against
 * baseline, and spread across instances, combined into one outcome (the worst component).
 */
import type { InstantResult, Sample } from "../metrics/types.js";
import { renderQuery } from "../playbook/promql.js";
import { crosses, formatSeconds, formatValue, type Dimension, type Limit } from "../playbook/quantity.js";
import type { MetricCheck } from "../playbook/types.js";
import { describeBaseline, judgeBaseline } from "./baseline.js";
import { describeReadError, outcomeRank, worstOutcome } from "./outcome.js";
import { judgeSpread } from "./spread.js";
import type { Component, EvaluationContext, JudgeDeps, Measurement, Outcome, Series } from "./types.js";


/** The unit a metric check's values are shown in: its limits say it, else a plain number. */
export function metricDimension(check: MetricCheck): Dimension {
  const b = check.baseline;
  return (check.fail ?? check.warn)?.quantity.dimension ?? b?.maxIncrease?.dimension ?? b?.maxDecrease?.dimension ?? "number";
}

/** Evaluates a metric check once, at `deps.clock.now()`. */
export async function evaluateMetric(
  check: MetricCheck,
  ctx: EvaluationContext,
  deps: JudgeDeps,
  signal?: AbortSignal,
): Promise<Measurement> {
  const at = deps.clock.now();
  const dimension = metricDimension(check);
  const canaryQuery = renderQuery(check.query, ctx.selectors.canary);
  const baselineQuery = check.baseline ? renderQuery(check.query, ctx.selectors.baseline) : undefined;
  const queries = baselineQuery === undefined ? [canaryQuery] : [canaryQuery, baselineQuery];

  // Both sides at once: a round costs one round trip, and both read the same instant.
  const [canaryRead, baselineRead] = await Promise.allSettled([
    deps.metrics.instant(canaryQuery, at, signal),
    baselineQuery === undefined ? Promise.resolve(undefined) : deps.metrics.instant(baselineQuery, at, signal),
  ]);
  if (signal?.aborted) throw signal.reason ?? new Error("aborted");

  const warnings: string[] = [];
  const base = { check: check.name, dimension, queries, warnings };
  if (canaryRead.status === "rejected") {
    return { ...base, outcome: "error", detail: describeReadError(check.name, canaryRead.reason) };
  }
  warnings.push(...canaryRead.value.warnings);
  const canary = usable(canaryRead.value, check.per, "canary", warnings);
  if (!Array.isArray(canary)) return { ...base, outcome: "no-data", detail: canary.detail };

  const components: Component[] = [];
  const threshold = judgeThreshold(check, canary, dimension);
  if (threshold) components.push(threshold);
  if (check.baseline && baselineRead) {
    if (baselineRead.status === "rejected") {
      components.push({ outcome: "error", limit: describeBaseline(check.baseline, dimension), detail: describeReadError(check.name, baselineRead.reason) });
    } else if (baselineRead.value) {
      warnings.push(...baselineRead.value.warnings);
      const baseline = usable(baselineRead.value, check.per, "baseline", warnings);
      components.push(
        Array.isArray(baseline)
          ? judgeBaseline(check.baseline, canary, baseline, dimension, selectorLabels(ctx))
          : { outcome: "no-data", limit: describeBaseline(check.baseline, dimension), detail: baseline.detail },
      );
    }
  }
  if (check.spread) components.push(judgeSpread(check.spread, canary, dimension, warnings));
  if (components.length === 0) components.push(measureOnly(canary, dimension, check.per));

  return { ...base, ...combine(components) };
}

function selectorLabels(ctx: EvaluationContext): string[] {
  return [...Object.keys(ctx.selectors.canary), ...Object.keys(ctx.selectors.baseline)];
}

/** The worst component decides; the values shown come from it, the baseline from the baseline part. */
function combine(components: readonly Component[]): Omit<Measurement, "check" | "dimension" | "queries" | "warnings"> {
  const outcome = worstOutcome(components.map((c) => c.outcome));
  const decisive = components.find((c) => c.outcome === outcome)!;
  const baselinePart = components.find((c) => c.baseline !== undefined);
  const canary = decisive.canary ?? components.find((c) => c.canary !== undefined)?.canary;
  const baseline = baselinePart?.baseline;
  const delta =
    decisive.delta ?? (canary !== undefined && baseline !== undefined ? canary - baseline : undefined);
  const detail =
    outcome === "pass" ? components.map((c) => c.detail).join("; ") : decisive.detail;
  const instances = components.find((c) => c.instances)?.instances;
  return {
    outcome,
    ...(canary !== undefined && { canary }),
    ...(baseline !== undefined && { baseline }),
    ...(delta !== undefined && { delta }),
    ...(decisive.limit !== undefined && { limit: decisive.limit }),
    detail,
    ...(instances && { instances }),
  };
}

/**
 * The series a side can be judged on, scaled by `per`, or why there is none. NaN is no
 * data, never zero: a ratio of two zero rates is NaN when there is no traffic. ±Inf is a
 * real reading (histogram_quantile above the largest bucket) and is compared.
 */
function usable(
  result: InstantResult,
  per: number | undefined,
  side: "canary" | "baseline",
  warnings: string[],
): Series[] | { detail: string } {
  if (result.samples.length === 0) return { detail: `no data: the ${side} query returned no series` };
  const real = result.samples.filter((s) => !Number.isNaN(s.value));
  if (real.length === 0) {
    return { detail: `no data: ${side} is NaN (0/0: no traffic?)` };
  }
  if (real.length < result.samples.length) {
    warnings.push(`${result.samples.length - real.length} of ${result.samples.length} ${side} series were NaN and were left out`);
  }
  return real.map((s) => ({ labels: s.labels, value: per === undefined ? s.value : s.value * per }));
}

/** Each series against the limits; the worst series decides and is reported. */
function judgeThreshold(check: MetricCheck, series: readonly Series[], dimension: Dimension): Component | undefined {
  const { fail, warn } = check;
  if (!fail && !warn) return undefined;
  const higherIsWorse = (fail ?? warn)!.op.startsWith(">");
  const judged = series.map((s) => {
    const hit: { outcome: Outcome; limit: Limit } | undefined =
      fail && crosses(fail, s.value)
        ? { outcome: "fail", limit: fail }
        : warn && crosses(warn, s.value)
          ? { outcome: "warn", limit: warn }
          : undefined;
    return { s, outcome: hit?.outcome ?? ("pass" as Outcome), limit: hit?.limit ?? (fail ?? warn)! };
  });
  const worst = judged.reduce((a, b) => {
    const byOutcome = outcomeRank(b.outcome) - outcomeRank(a.outcome);
    if (byOutcome !== 0) return byOutcome > 0 ? b : a;
    return (higherIsWorse ? b.s.value > a.s.value : b.s.value < a.s.value) ? b : a;
  });
  const value = showValue(worst.s.value, dimension, check.per);
  const where = series.length > 1 ? ` (${describeLabels(worst.s.labels)})` : "";
  const detail =
    worst.outcome === "pass"
      ? `${value}${where} within ${[fail?.text, warn && `warn ${warn.text}`].filter(Boolean).join(", ")}`
      : `${value}${where} crossed ${worst.limit.text}${worst.outcome === "warn" ? " (warn)" : ""}`;
  return { outcome: worst.outcome, limit: worst.limit.text, detail, canary: worst.s.value };
}

/** A check with no limits only records its value (the largest series). */
function measureOnly(series: readonly Series[], dimension: Dimension, per: number | undefined): Component {
  const top = series.reduce((a, b) => (b.value > a.value ? b : a));
  return { outcome: "pass", detail: `${showValue(top.value, dimension, per)} (no limits)`, canary: top.value };
}

/** `12MB per 1h` for trends, the plain value otherwise. */
export function showValue(value: number, dimension: Dimension, per?: number): string {
  return `${formatValue(value, dimension)}${per === undefined ? "" : ` per ${formatSeconds(per)}`}`;
}

/** `pod="a", zone="x"`, without the metric name; `no labels` for a bare value. */
export function describeLabels(labels: Sample["labels"]): string {
  const parts = Object.entries(labels)
    .filter(([k]) => k !== "__name__")
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return parts.length ? parts.join(", ") : "no labels";
}
