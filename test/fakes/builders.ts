/** Builders for playbooks, stages and checks, with overrides; limits from the text a user writes. */
import { parseLimit, parseQuantity, type Limit, type Quantity } from "../../src/playbook/quantity.js";
import type { AlertsCheck, Check, HttpCheck, MetricCheck, Playbook, SequentialCheck, Stage } from "../../src/playbook/types.js";

/** `limit("> 5%")`. */
export function limit(text: string): Limit {
  const l = parseLimit(text);
  if (!l) throw new Error(`bad limit in a test: ${text}`);
  return l;
}

/** `quantity("1%")`. */
export function quantity(text: string): Quantity {
  const q = parseQuantity(text);
  if (!q) throw new Error(`bad quantity in a test: ${text}`);
  return q;
}

export function metricCheck(overrides: Partial<MetricCheck> & { name: string }): MetricCheck {
  return {
    kind: "metric",
    query: `sum(rate(errors_total{$selector}[5m])) / sum(rate(requests_total{$selector}[5m]))`,
    ...overrides,
  };
}

export function httpCheck(overrides: Partial<HttpCheck> & { name: string }): HttpCheck {
  return {
    kind: "http",
    url: "http://canary.internal:8401/health",
    method: "GET",
    headers: {},
    status: [200],
    json: { status: "healthy" },
    timeout: 5,
    retries: 2,
    ...overrides,
  };
}

export function alertsCheck(overrides: Partial<AlertsCheck> & { name: string }): AlertsCheck {
  return { kind: "alerts", match: { service: "log-capturer" }, severity: "fail", preflight: true, ...overrides };
}

/** Errors of canary against baseline, sequentially: max-ratio 1.5 at 99%. */
export function sequentialCheck(overrides: Partial<SequentialCheck> & { name: string }): SequentialCheck {
  return { kind: "sequential", events: 'http_requests_total{code=~"5..", $selector}', total: "http_requests_total{$selector}", maxRatio: 1.5, alpha: 0.01, ...overrides };
}

/** A two-hour canary at 5-minute rounds, the reference playbook's canary stage. */
export function stage(overrides: Partial<Stage> = {}): Stage {
  const soak = overrides.soak ?? 7200;
  return {
    name: "canary",
    weight: 10,
    soak,
    interval: 300,
    minSoak: soak,
    checks: [],
    waitFor: [],
    waitTimeout: 300,
    failureLimit: 1,
    errorLimit: 3,
    noData: "inconclusive",
    ...overrides,
  };
}

/** A playbook holding the checks given and one stage that holds them all (unless overridden). */
export function playbook(checks: readonly Check[], stageOverrides: Partial<Stage> = {}, overrides: Partial<Playbook> = {}): Playbook {
  const s = stage({ checks: checks.map((c) => c.name), ...stageOverrides });
  return {
    version: 1,
    service: "log-capturer",
    selectors: { canary: { version: "canary" }, baseline: { version: "stable" } },
    checks: Object.fromEntries(checks.map((c) => [c.name, c])),
    stages: [s],
    rollback: { on: ["no-go", "inconclusive"], verify: [], timeout: 600 },
    ...overrides,
  };
}

/** The error-rate check of the reference playbook: fail > 5%, warn > 1%. */
export const errorRate = (overrides: Partial<MetricCheck> = {}): MetricCheck =>
  metricCheck({ name: "error-rate", fail: limit("> 5%"), warn: limit("> 1%"), ...overrides });
