/**
 * The resolved plan of a stage: what a run would do, with every default filled in and
 * every query rendered exactly as it would be sent. `plan` on the CLI and the actions'
 * dry runs show it; nothing here talks to the outside world.
 */
import { alertsQuery, renderQuery, usesSelector } from "./promql.js";
import { formatSeconds, type Quantity } from "./quantity.js";
import type { BaselineComparison, Check, LabelSet, NoDataPolicy, Playbook, Stage } from "./types.js";

export interface MetricCheckPlan {
  readonly kind: "metric";
  readonly name: string;
  readonly description?: string;
  /** The query as written, with `$selector`. */
  readonly query: string;
  /** The query with the canary matchers, as sent to Prometheus. */
  readonly canaryQuery: string;
  /**
   * The query with the baseline matchers, sent only for a baseline comparison; absent for
   * every other check (thresholds, trends and spread read the canary alone).
   */
  readonly baselineQuery?: string;
  readonly fail?: string;
  readonly warn?: string;
  /** Trend period, like `1h` (the slope is scaled to it). */
  readonly per?: string;
  /** Baseline tolerances in words: `at most +1% vs baseline`. */
  readonly baseline?: readonly string[];
  readonly baselineSeverity?: "fail" | "warn";
  readonly spread?: { readonly by: readonly string[]; readonly fail?: string; readonly warn?: string };
}

export interface HttpCheckPlan {
  readonly kind: "http";
  readonly name: string;
  readonly description?: string;
  readonly method: string;
  readonly url: string;
  readonly status: readonly number[];
  readonly json: Readonly<Record<string, string | number | boolean | null>>;
  readonly timeout: string;
  readonly retries: number;
}

export interface AlertsCheckPlan {
  readonly kind: "alerts";
  readonly name: string;
  readonly description?: string;
  /** `ALERTS{alertstate="firing", ...}`: none of its series may exist. */
  readonly query: string;
  readonly severity: "fail" | "warn";
  readonly preflight: boolean;
}

/** A sequential check's plan: its four counter selectors as sent, and what decides it. */
export interface SequentialCheckPlan {
  readonly kind: "sequential";
  readonly name: string;
  readonly description?: string;
  /** `events` (errors) or `good` (events are total minus good), as written. */
  readonly counts: "events" | "good";
  readonly maxRatio: number;
  readonly alpha: number;
  /** `99%`. */
  readonly confidence: string;
  /** Each side's counters as sent: `events` (or `good`) and `total`, read raw each round. */
  readonly canaryQueries: { readonly events: string; readonly total: string };
  readonly baselineQueries: { readonly events: string; readonly total: string };
}

export type CheckPlan = MetricCheckPlan | HttpCheckPlan | AlertsCheckPlan | SequentialCheckPlan;

export interface StagePlan {
  readonly service: string;
  readonly stage: string;
  /** 0-based position among the stages, and how many there are. */
  readonly index: number;
  readonly of: number;
  readonly weight: number;
  /** Durations as text (`2h`), for people; seconds alongside for programs. */
  readonly soak: string;
  readonly soakSeconds: number;
  readonly interval: string;
  readonly intervalSeconds: number;
  readonly minSoak: string;
  readonly minSoakSeconds: number;
  readonly waitTimeout: string;
  readonly failureLimit: number;
  readonly errorLimit: number;
  readonly noData: NoDataPolicy;
  readonly waitFor: readonly CheckPlan[];
  readonly checks: readonly CheckPlan[];
}

/** The plan of one stage of the playbook. */
export function planStage(pb: Playbook, stage: Stage): StagePlan {
  const index = pb.stages.indexOf(stage);
  const checkPlan = (name: string) => planCheck(pb, pb.checks[name]!);
  return {
    service: pb.service,
    stage: stage.name,
    index,
    of: pb.stages.length,
    weight: stage.weight,
    soak: formatSeconds(stage.soak),
    soakSeconds: stage.soak,
    interval: formatSeconds(stage.interval),
    intervalSeconds: stage.interval,
    minSoak: formatSeconds(stage.minSoak),
    minSoakSeconds: stage.minSoak,
    waitTimeout: formatSeconds(stage.waitTimeout),
    failureLimit: stage.failureLimit,
    errorLimit: stage.errorLimit,
    noData: stage.noData,
    waitFor: stage.waitFor.map(checkPlan),
    checks: stage.checks.map(checkPlan),
  };
}

/** The plans of every stage, in order. */
export function planAll(pb: Playbook): StagePlan[] {
  return pb.stages.map((s) => planStage(pb, s));
}

function planCheck(pb: Playbook, check: Check): CheckPlan {
  const described = check.description !== undefined ? { description: check.description } : {};
  switch (check.kind) {
    case "metric": {
      // The judge sends the baseline query for a baseline comparison only (judge/metric.ts).
      const withBaseline = check.baseline !== undefined && usesSelector(check.query);
      return {
        kind: "metric",
        name: check.name,
        ...described,
        query: check.query,
        canaryQuery: renderQuery(check.query, pb.selectors.canary).trim(),
        ...(withBaseline && { baselineQuery: renderQuery(check.query, pb.selectors.baseline).trim() }),
        ...(check.fail && { fail: check.fail.text }),
        ...(check.warn && { warn: check.warn.text }),
        ...(check.per !== undefined && { per: formatSeconds(check.per) }),
        ...(check.baseline && { baseline: tolerances(check.baseline), baselineSeverity: check.baseline.severity }),
        ...(check.spread && {
          spread: {
            by: check.spread.by,
            ...(check.spread.fail && { fail: check.spread.fail.text }),
            ...(check.spread.warn && { warn: check.spread.warn.text }),
          },
        }),
      };
    }
    case "http":
      return {
        kind: "http",
        name: check.name,
        ...described,
        method: check.method,
        url: check.url,
        status: check.status,
        json: check.json,
        timeout: formatSeconds(check.timeout),
        retries: check.retries,
      };
    case "alerts":
      return { kind: "alerts", name: check.name, ...described, query: alertsQuery(check.match), severity: check.severity, preflight: check.preflight };
    case "sequential": {
      const side = (labels: LabelSet) => ({ events: renderQuery(check.events ?? check.good!, labels).trim(), total: renderQuery(check.total, labels).trim() });
      return {
        kind: "sequential",
        name: check.name,
        ...described,
        counts: check.events !== undefined ? "events" : "good",
        maxRatio: check.maxRatio,
        alpha: check.alpha,
        confidence: `${Number(((1 - check.alpha) * 100).toPrecision(10))}%`,
        canaryQueries: side(pb.selectors.canary),
        baselineQueries: side(pb.selectors.baseline),
      };
    }
  }
}

function tolerances(b: BaselineComparison): string[] {
  const either = (abs: Quantity | undefined, ratio: Quantity | undefined, sign: string) =>
    abs && ratio ? [`at most ${sign}${abs.text} or ${sign}${ratio.text} of baseline`] : abs ? [`at most ${sign}${abs.text} vs baseline`] : ratio ? [`at most ${sign}${ratio.text} of baseline`] : [];
  return [...either(b.maxIncrease, b.maxIncreaseRatio, "+"), ...either(b.maxDecrease, b.maxDecreaseRatio, "-")];
}
