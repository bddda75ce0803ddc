/**
 * The schemas of the four kinds of check (PromQL, HTTP probe, firing alerts, sequential), part of
 * the playbook schema in `schema.ts`.
 */
import { HEADER_NAME } from "../http-headers.js";
import { z } from "zod";
import { describeValue } from "../errors.js";
import { duration, forms, labelName, labelSet, limit, quantity } from "./fields.js";
import type { AlertsCheck, HttpCheck, MetricCheck, SequentialCheck } from "./types.js";

/** An HTTP header name: RFC 9110 token characters. */
export const headerName = z.string().regex(HEADER_NAME, {
  error: (i) => `expected an HTTP header name like X-Scope-OrgID, found ${describeValue(i.input)}`,
});

const baseline = z
  .strictObject({
    "max-increase": quantity("Canary may exceed baseline by at most this much, in the check's units.").optional(),
    "max-decrease": quantity("Canary may fall below baseline by at most this much, in the check's units.").optional(),
    "max-increase-ratio": quantity("Canary may exceed baseline by at most this share of the baseline (10%).", ["ratio"]).optional(),
    "max-decrease-ratio": quantity("Canary may fall below baseline by at most this share of the baseline (10%).", ["ratio"]).optional(),
    severity: z.enum(["fail", "warn"]).optional().meta({ description: "Outcome when out of tolerance. Default fail." }),
  })
  .meta({
    description:
      "Compare canary with baseline. When both an absolute and a ratio tolerance are given for one direction, the canary is out of tolerance only when it exceeds both (\"within 1s or 10%\").",
  });

const spread = z
  .strictObject({
    by: z.union([labelName, z.array(labelName).min(1)]).optional().meta({ description: "Labels telling instances apart. Default instance." }),
    fail: limit("Limit on the largest relative deviation of an instance from the median, e.g. \"> 10%\".").optional(),
    warn: limit("Warning limit on the same deviation.").optional(),
  })
  .meta({ description: "Compare instances of the canary with each other (all hosts within 10%)." });

const metricCheck = z
  .strictObject({
    description: z.string().optional(),
    query: z.string().min(1).meta({
      description: "PromQL. Write $selector inside braces where the canary or baseline label matchers go: rate(x_total{code=~\"5..\", $selector}[5m]).",
    }).register(forms, { expected: "a PromQL query" }),
    fail: limit("The check fails (IMMEDIATE rollback) when the value crosses this limit.").optional(),
    warn: limit("The check warns (CONSIDER rollback; the verdict becomes conditional) when the value crosses this limit.").optional(),
    per: duration("Trend: the query returns a per-second slope (deriv, rate); it is scaled to this period before the limits apply, e.g. 1h for MB/hour.").optional(),
    baseline: baseline.optional(),
    spread: spread.optional(),
  })
  .transform((c): Omit<MetricCheck, "name"> => ({
    kind: "metric",
    ...(c.description !== undefined && { description: c.description }),
    query: c.query,
    ...(c.fail && { fail: c.fail }),
    ...(c.warn && { warn: c.warn }),
    ...(c.per !== undefined && { per: c.per }),
    ...(c.baseline && {
      baseline: {
        ...(c.baseline["max-increase"] && { maxIncrease: c.baseline["max-increase"] }),
        ...(c.baseline["max-decrease"] && { maxDecrease: c.baseline["max-decrease"] }),
        ...(c.baseline["max-increase-ratio"] && { maxIncreaseRatio: c.baseline["max-increase-ratio"] }),
        ...(c.baseline["max-decrease-ratio"] && { maxDecreaseRatio: c.baseline["max-decrease-ratio"] }),
        severity: c.baseline.severity ?? "fail",
      },
    }),
    ...(c.spread && {
      spread: {
        by: c.spread.by === undefined ? ["instance"] : typeof c.spread.by === "string" ? [c.spread.by] : c.spread.by,
        ...(c.spread.fail && { fail: c.spread.fail }),
        ...(c.spread.warn && { warn: c.spread.warn }),
      },
    }),
  }));

const jsonScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const httpCheck = z
  .strictObject({
    description: z.string().optional(),
    http: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).meta({ description: "URL to probe, like the runbooks' curl /health." }).register(forms, { expected: "an http(s) URL" }),
    method: z.enum(["GET", "HEAD", "POST"]).optional(),
    headers: z.record(headerName, z.string()).optional(),
    expect: z
      .strictObject({
        status: z.union([z.number().int().min(100).max(599), z.array(z.number().int().min(100).max(599)).min(1)]).optional()
          .meta({ description: "Expected status code or codes. Default 200." }),
        json: z.record(z.string(), jsonScalar).optional()
          .meta({ description: "JSON fields by dotted path and the value each must equal: { status: healthy, checks.db.ok: true }." }),
      })
      .optional(),
    timeout: duration("Timeout of one request. Default 10s.").optional(),
    retries: z.number().int().min(0).max(10).optional().meta({ description: "Retries after a failed attempt within one round. Default 2." }),
  })
  .transform((c): Omit<HttpCheck, "name"> => ({
    kind: "http",
    ...(c.description !== undefined && { description: c.description }),
    url: c.http,
    method: c.method ?? "GET",
    headers: c.headers ?? {},
    status: c.expect?.status === undefined ? [200] : typeof c.expect.status === "number" ? [c.expect.status] : c.expect.status,
    json: c.expect?.json ?? {},
    timeout: c.timeout ?? 10,
    retries: c.retries ?? 2,
  }));

const alertsCheck = z
  .strictObject({
    description: z.string().optional(),
    alerts: z
      .strictObject({
        match: labelSet("Labels an alert must carry to count, e.g. { service: log-capturer }."),
        severity: z.enum(["fail", "warn"]).optional().meta({ description: "Outcome while a matching alert fires. Default fail." }),
        preflight: z.boolean().optional().meta({ description: "Also check before the stage moves traffic. Default true." }),
      })
      .meta({ description: "No alert matching these labels may be firing (ALERTS{alertstate=\"firing\"})." })
      .register(forms, { expected: "a mapping with match: { label: value }" }),
  })
  .transform((c): Omit<AlertsCheck, "name"> => ({
    kind: "alerts",
    ...(c.description !== undefined && { description: c.description }),
    match: c.alerts.match,
    severity: c.alerts.severity ?? "fail",
    preflight: c.alerts.preflight ?? true,
  }));

const counter = (description: string) =>
  z.string().min(1).meta({ description }).register(forms, { expected: 'a counter selector like http_requests_total{code=~"5..", $selector}' });

/** The default confidence of a sequential check: a wrong decision at most 1% of the time. */
export const DEFAULT_ALPHA = 0.01;

const sequentialCheck = z
  .strictObject({
    description: z.string().optional(),
    sequential: z
      .strictObject({
        events: counter('Counter of the events (errors): a selector with $selector, like http_requests_total{code=~"5..", $selector}. Give events or good.').optional(),
        good: counter('Counter of the requests that are not events, like http_request_duration_seconds_bucket{le="0.5", $selector} (requests within 500ms); the events are total minus good. Give events or good.').optional(),
        total: counter("Counter of every request: a selector with $selector, like http_requests_total{$selector}."),
        "max-ratio": z
          .number()
          .gt(1, { error: (i) => `expected a ratio above 1 like 1.5 (the canary may have up to 1.5 times the baseline's event rate), found ${JSON.stringify(i.input)}` })
          .refine(Number.isFinite, { error: "expected a finite ratio like 1.5" })
          .meta({ description: "The largest tolerated ratio of the canary's event rate to the baseline's, above 1: 1.5 fails a canary surely 50% worse." })
          .register(forms, { expected: "a ratio above 1 like 1.5" }),
        confidence: quantity("Confidence of each decision, above 50% and below 100%. Default 99%. Give confidence or alpha.", ["ratio"])
          .superRefine((q, ctx) => {
            if (!(q.value > 0.5 && q.value < 1)) ctx.addIssue({ code: "custom", input: q.text, message: `expected a confidence above 50% and below 100% like 99%, found ${JSON.stringify(q.text)}` });
          })
          .optional(),
        alpha: z.number().gt(0).lt(0.5).optional()
          .meta({ description: "1 - confidence: the chance of a wrong decision, however often the gate looks, like 0.01. Give confidence or alpha." })
          .register(forms, { expected: "a number between 0 and 0.5 like 0.01" }),
      })
      .meta({ description: "Canary against baseline on counts, anytime-valid: fails once the canary's event rate is surely above max-ratio times the baseline's, passes once surely below." })
      .register(forms, { expected: "a mapping with events (or good), total and max-ratio" }),
  })
  // Events or good, and the counters' form, are checked on the raw document (semantics.ts).
  .transform((c, ctx): Omit<SequentialCheck, "name"> => {
    const s = c.sequential;
    if (s.confidence && s.alpha !== undefined) {
      ctx.addIssue({ code: "custom", path: ["sequential", "alpha"], input: s.alpha, message: `expected confidence or alpha, found both (confidence ${s.confidence.text}, alpha ${s.alpha}); alpha is 1 - confidence` });
    }
    const confidence = s.confidence?.value;
    return {
      kind: "sequential",
      ...(c.description !== undefined && { description: c.description }),
      ...(s.events !== undefined && { events: s.events }),
      ...(s.good !== undefined && { good: s.good }),
      total: s.total,
      maxRatio: s["max-ratio"],
      alpha: s.alpha ?? (confidence !== undefined ? roundAlpha(1 - confidence) : DEFAULT_ALPHA),
    };
  });

/** 1 - 0.99 is 0.010000000000000009 in binary: keep the alpha the user meant. */
function roundAlpha(alpha: number): number {
  return Number(alpha.toPrecision(12));
}

/**
 * A check's kind is told by the key it carries (`query`, `http`, `alerts` or `sequential`), as the
 * reference playbooks read. A plain union keeps all three shapes visible in the JSON
 * Schema; the loader reports only the issues of the branch whose key is present, not
 * every branch's complaints.
 */
export const check = z
  .union([metricCheck, httpCheck, alertsCheck, sequentialCheck])
  .meta({ description: "A check: a PromQL query with limits, an HTTP probe, firing alerts, or a sequential comparison of counts." });
