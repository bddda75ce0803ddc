/**
 * The full evidence of a gate as JSON: every round, every value, the queries as sent, the
 * stage's settings and each check's limits. It is what an incident review reads, so it
 * holds numbers exactly (NaN and ±Inf as strings, since JSON has no such numbers) and
 * nothing secret: no headers of any kind, no user-info in URLs.
 */
import { metricDimension } from "../judge/metric.js";
import { redactUrl } from "../judge/probe.js";
import { sequentialQueries } from "../judge/sequential-check.js";
import { defaultPrior } from "../judge/sequential/prior.js";
import type { GateResult, Measurement, Round, SequentialReading } from "../judge/types.js";
import { alertsQuery, renderQuery } from "../playbook/promql.js";
import type { Limit, Quantity } from "../playbook/quantity.js";
import type { Check, Playbook, Selectors, Stage } from "../playbook/types.js";

/** The evidence file's name when none is given: under RUNNER_TEMP in a workflow, the working directory on the CLI. */
export const DEFAULT_EVIDENCE = "deploy-playbook-evidence.json";

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const EVIDENCE_SCHEMA_VERSION = 1;

/** A number as JSON can hold it: NaN and ±Inf as Prometheus writes them. */
export type JsonNumber = number | "NaN" | "+Inf" | "-Inf";

/** Where and by what the gate ran; all optional but the time it was written. */
export interface EvidenceMeta {
  readonly generatedAt: string;
  readonly toolVersion?: string;
  readonly repository?: string;
  readonly runId?: string;
  readonly runAttempt?: string;
  readonly sha?: string;
  readonly ref?: string;
  readonly version?: string;
}

/** A sequential reading with its interval's bounds as JSON numbers (the upper one may be +Inf). */
export interface EvidenceSequential extends Omit<SequentialReading, "interval"> {
  readonly interval: { readonly estimate?: JsonNumber; readonly lower: JsonNumber; readonly upper: JsonNumber };
}

export interface EvidenceMeasurement extends Omit<Measurement, "canary" | "baseline" | "delta" | "instances" | "sequential"> {
  /** The round's counts and the decision after it: `replay` of every round's counts recomputes it. */
  readonly sequential?: EvidenceSequential;
  readonly canary?: JsonNumber;
  readonly baseline?: JsonNumber;
  readonly delta?: JsonNumber;
  readonly instances?: Readonly<Record<string, JsonNumber>>;
}

export interface EvidenceRound extends Omit<Round, "measurements"> {
  readonly measurements: readonly EvidenceMeasurement[];
}

export interface EvidenceLimit {
  readonly text: string;
  readonly op: Limit["op"];
  readonly value: number;
  readonly dimension: Quantity["dimension"];
}

export type EvidenceCheck = Readonly<Record<string, unknown>> & { readonly kind: Check["kind"] };

export interface Evidence {
  readonly schemaVersion: typeof EVIDENCE_SCHEMA_VERSION;
  readonly service: string;
  /** The stage as the playbook declares it; name and weight only when it is not there. */
  readonly stage: Stage;
  readonly verdict: GateResult["verdict"];
  readonly reason: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly soak: number;
  readonly elapsed: number;
  readonly endedEarly: boolean;
  readonly cancelled: boolean;
  readonly failedChecks: readonly string[];
  readonly conditionalChecks: readonly string[];
  readonly prometheus?: { readonly url: string };
  readonly selectors: Selectors;
  readonly checks: Readonly<Record<string, EvidenceCheck>>;
  readonly preconditions: readonly EvidenceMeasurement[];
  readonly rounds: readonly EvidenceRound[];
  readonly meta: EvidenceMeta;
}

/** NaN and ±Inf survive JSON as strings; every other number as itself. */
export function jsonNumber(v: number): JsonNumber {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return v;
}

function measurement(m: Measurement): EvidenceMeasurement {
  const { canary, baseline, delta, instances, sequential, ...rest } = m;
  return {
    ...rest,
    ...(sequential && {
      sequential: {
        ...sequential,
        interval: {
          ...(sequential.interval.estimate !== undefined && { estimate: jsonNumber(sequential.interval.estimate) }),
          lower: jsonNumber(sequential.interval.lower),
          upper: jsonNumber(sequential.interval.upper),
        },
      },
    }),
    ...(canary !== undefined && { canary: jsonNumber(canary) }),
    ...(baseline !== undefined && { baseline: jsonNumber(baseline) }),
    ...(delta !== undefined && { delta: jsonNumber(delta) }),
    ...(instances && { instances: Object.fromEntries(Object.entries(instances).map(([k, v]) => [k, jsonNumber(v)])) }),
  };
}

const limit = (l: Limit | undefined): EvidenceLimit | undefined =>
  l && { text: l.text, op: l.op, value: l.quantity.value, dimension: l.quantity.dimension };
const quantity = (q: Quantity | undefined) => q && { text: q.text, value: q.value, dimension: q.dimension };

/** A check's definition and limits, with the queries it sends; never its headers. */
function describeCheck(check: Check, selectors: Selectors): EvidenceCheck {
  switch (check.kind) {
    case "metric":
      return {
        kind: "metric",
        query: check.query,
        canaryQuery: renderQuery(check.query, selectors.canary),
        ...(check.baseline && { baselineQuery: renderQuery(check.query, selectors.baseline) }),
        dimension: metricDimension(check),
        fail: limit(check.fail),
        warn: limit(check.warn),
        per: check.per,
        baseline: check.baseline && {
          maxIncrease: quantity(check.baseline.maxIncrease),
          maxDecrease: quantity(check.baseline.maxDecrease),
          maxIncreaseRatio: quantity(check.baseline.maxIncreaseRatio),
          maxDecreaseRatio: quantity(check.baseline.maxDecreaseRatio),
          severity: check.baseline.severity,
        },
        spread: check.spread && { by: check.spread.by, fail: limit(check.spread.fail), warn: limit(check.spread.warn) },
      };
    case "http":
      return { kind: "http", url: redactUrl(check.url), method: check.method, status: check.status, json: check.json, timeout: check.timeout, retries: check.retries };
    case "alerts":
      return { kind: "alerts", query: alertsQuery(check.match), match: check.match, severity: check.severity, preflight: check.preflight };
    case "sequential":
      return {
        kind: "sequential",
        events: check.events,
        good: check.good,
        total: check.total,
        ...((q) => ({ canaryQueries: q.canary, baselineQueries: q.baseline }))(sequentialQueries(check, { selectors })),
        maxRatio: check.maxRatio,
        alpha: check.alpha,
        // What `createRateRatio` needs to replay the rounds: the prior is fixed by max-ratio.
        prior: defaultPrior(check.maxRatio),
      };
  }
}

/** Builds the evidence; the result is plain data, ready for `JSON.stringify`. */
export function buildEvidence(result: GateResult, playbook: Playbook, stage: Stage, meta: EvidenceMeta): Evidence {
  const names = new Set([...stage.checks, ...stage.waitFor, ...(result.preconditions ?? []).map((m) => m.check)]);
  const checks: Record<string, EvidenceCheck> = {};
  for (const name of names) {
    const check = playbook.checks[name];
    if (check) checks[name] = describeCheck(check, playbook.selectors);
  }
  // JSON round trip drops undefined fields, so the object is exactly what gets written.
  return JSON.parse(
    JSON.stringify({
      schemaVersion: EVIDENCE_SCHEMA_VERSION,
      service: result.service,
      stage,
      verdict: result.verdict,
      reason: result.reason,
      startedAt: result.startedAt,
      endedAt: result.endedAt,
      soak: result.soak,
      elapsed: result.elapsed,
      endedEarly: result.endedEarly,
      cancelled: result.cancelled,
      failedChecks: result.failedChecks,
      conditionalChecks: result.conditionalChecks,
      ...(playbook.prometheus && { prometheus: { url: redactUrl(playbook.prometheus.url) } }),
      selectors: playbook.selectors,
      checks,
      preconditions: (result.preconditions ?? []).map(measurement),
      rounds: result.rounds.map((r) => ({ ...r, measurements: r.measurements.map(measurement) })),
      meta,
    } satisfies Evidence),
  ) as Evidence;
}
