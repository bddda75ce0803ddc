/**
 * The traffic behind every scenario, as one OpenMetrics backfill: each scenario is a
 * `service` label of its own, with a canary (`version="canary"`) and a baseline
 * (`version="stable"`), so one Prometheus serves them all.
 *
 * Every number is chosen so the expected answer can be worked out by hand:
 * - requests: 1000 per second a side, `errors` of them with code 500; whole numbers, so
 *   `rate()` over 5m is exact and an error ratio of 2/1000 is exactly 0.2%;
 * - latency: a classic histogram whose p99 (`histogram_quantile` interpolates linearly
 *   inside a bucket) lands exactly on the value asked for;
 * - memory: a gauge; a straight line, so `deriv()` returns its slope.
 *
 * A change "at minute 20" applies to the steps that end after 20:00, so the first 5m
 * window that ends after it sees it, and a window ending at 20:00 does not.
 */
import { minutesAfter, openMetrics, SCENARIO_START, type Labels, type OpenMetricsBuilder } from "../../tools/openmetrics.js";

export { SCENARIO_START };

/** Seconds between samples: 60 keeps the backfill small; every 5m window holds 6 samples. */
const STEP_SECONDS = 60;

/** The backfill covers the longest soak (2h) and a round past it. */
const SCENARIO_MINUTES = 125;

/** Upper bounds of the latency histogram, seconds. */
const LATENCY_BUCKETS = [0.05, 0.1, 0.2, 0.3, 0.5, 1, 2.5] as const;

const REQUESTS_PER_SECOND = 1000;
/** Observations per step, enough that a p99 between bucket bounds is whole counts. */
const OBSERVATIONS_PER_STEP = 10_000;

/** A value that may change over the scenario, by seconds since its start. */
type OverTime = number | ((t: number) => number);
const at = (v: OverTime, t: number) => (typeof v === "number" ? v : v(t));

export interface Side {
  /** The series' labels besides `service`: `version`, and `instance` for a fleet. */
  readonly labels: Labels;
  /** Requests with code 500 per second, of 1000; 0 with `idle`. */
  readonly errors?: OverTime;
  /** No requests at all: both counters flat. */
  readonly idle?: boolean;
  /** Seconds after the start at which the process restarts and its counters reset. */
  readonly resetsAt?: readonly number[];
  /** The p99 latency, seconds. */
  readonly p99?: number;
  /** Resident memory, bytes. */
  readonly memory?: OverTime;
}

/**
 * Observations of one step whose p99 is exactly `p99`: of 10000, 100 inside the bucket
 * holding it, and `100·f` above it, so that the 9900th falls the share `f` of the way
 * through the bucket.
 */
function p99Observations(p99: number): [value: number, count: number][] {
  const upperIndex = LATENCY_BUCKETS.findIndex((le) => p99 <= le);
  if (upperIndex < 1) throw new Error(`p99 ${p99} must lie above the first bucket and within the last`);
  const lower = LATENCY_BUCKETS[upperIndex - 1]!;
  const upper = LATENCY_BUCKETS[upperIndex]!;
  const inside = 100;
  const share = ((p99 - lower) / (upper - lower)) * inside;
  const above = Math.round(share);
  // On a bound, rounding in PromQL may put the rank in either bucket: keep clear of bounds.
  if (Math.abs(above - share) > 1e-9 || above <= 0 || above >= inside) {
    throw new Error(`p99 ${p99} must be a whole hundredth of the way into its bucket (${lower}, ${upper}), not on a bound`);
  }
  const below = OBSERVATIONS_PER_STEP * 0.99 - above;
  return [
    [lower / 2, below],
    [(lower + upper) / 2, inside],
    [upper * 1.5, OBSERVATIONS_PER_STEP - below - inside],
  ];
}

/** Adds one side of a service: requests by code, the latency histogram, resident memory. */
function addSide(om: OpenMetricsBuilder, service: string, side: Side): void {
  const labels = { service, ...side.labels };
  if (side.errors !== undefined || side.idle) {
    const errors = (t: number) => (side.idle ? 0 : at(side.errors ?? 0, t));
    const resets = side.resetsAt ? { resetsAt: side.resetsAt } : {};
    om.counter("http_requests_total", { ...labels, code: "200" }, { perSecond: (t) => (side.idle ? 0 : REQUESTS_PER_SECOND - errors(t)), ...resets });
    om.counter("http_requests_total", { ...labels, code: "500" }, { perSecond: errors, ...resets });
  }
  if (side.p99 !== undefined) {
    const observations = p99Observations(side.p99);
    om.histogram("http_request_duration_seconds", labels, { buckets: LATENCY_BUCKETS, observe: () => observations });
  }
  if (side.memory !== undefined) {
    const memory = side.memory;
    om.gauge("process_resident_memory_bytes", labels, (t) => at(memory, t));
  }
}

const MB = 1e6;
const canary = { version: "canary" };
const stable = { version: "stable" };
/** A healthy side: 0.2% errors, p99 120ms, memory flat at 200MB. */
const healthy = { errors: 2, p99: 0.12, memory: 200 * MB };
/** Memory growing by `perHour` bytes an hour from 200MB. */
const growing = (perHour: number) => (t: number) => 200 * MB + (perHour * t) / 3600;

/** The scenarios by service name: what each side does. */
export const SERVICES: Readonly<Record<string, readonly Side[]>> = {
  healthy: [{ labels: canary, ...healthy }, { labels: stable, ...healthy }],
  // 50% of requests fail from minute 20 on.
  "error-spike": [{ labels: canary, ...healthy, errors: (t) => (t > 20 * 60 ? 500 : 2) }, { labels: stable, ...healthy }],
  // 3%: above warn (1%), below fail (5%).
  "error-warn": [{ labels: canary, ...healthy, errors: 30 }, { labels: stable, ...healthy }],
  // p99 210ms against the baseline's 150ms: 40% and 60ms slower, far below 500ms.
  "slow-canary": [{ labels: canary, errors: 2, p99: 0.21 }, { labels: stable, errors: 2, p99: 0.15 }],
  "leak-15mb": [{ labels: canary, memory: growing(15 * MB) }, { labels: stable, memory: 200 * MB }],
  "leak-30mb": [{ labels: canary, memory: growing(30 * MB) }, { labels: stable, memory: 200 * MB }],
  // Three canary hosts; the third is 40% slower than the median of 150ms.
  fleet: [
    { labels: { ...canary, instance: "10.0.1.1:8080" }, p99: 0.15 },
    { labels: { ...canary, instance: "10.0.1.2:8080" }, p99: 0.15 },
    { labels: { ...canary, instance: "10.0.1.3:8080" }, p99: 0.21 },
  ],
  // The healthy canary, restarted at minute 17: its counters fall back to 0.
  restarted: [{ labels: canary, ...healthy, resetsAt: [17 * 60] }, { labels: stable, ...healthy }],
  // A canary that serves nothing: error ratio 0/0.
  idle: [{ labels: canary, idle: true }, { labels: stable, ...healthy }],
  // The design sketch's service over 2h: 0.3% errors against 0.2%, memory +2MB/h.
  "log-capturer": [
    { labels: canary, errors: 3, p99: 0.12, memory: growing(2 * MB) },
    { labels: stable, errors: 2, p99: 0.15, memory: 200 * MB },
  ],
  // A label value that must be escaped in PromQL.
  'shop "eu\\north"': [{ labels: canary, ...healthy }, { labels: stable, ...healthy }],
};

/**
 * The sequential check's scenarios: counts rather than rates, so fewer errors than the
 * others (whole counts a minute) and the services whose counters it reads.
 */
export const SEQUENTIAL_SERVICES: Readonly<Record<string, readonly Side[]>> = {
  // 0.2% errors on both sides (120 a minute each); p99 120ms: 20 of 10000 requests a minute above 200ms.
  healthy: SERVICES["healthy"]!,
  // 24 errors a minute on the canary against the baseline's 12: a ratio of 2.
  "errors-2x": [{ labels: canary, errors: 0.4 }, { labels: stable, errors: 0.2 }],
  // Above 200ms: 110 of 10000 requests a minute on the canary, 50 on the baseline (ratio 2.2).
  "slow-canary": SERVICES["slow-canary"]!,
  // The healthy canary, restarted at minute 17.
  restarted: SERVICES["restarted"]!,
};

/** The whole backfill: every service given, by default the threshold scenarios'. */
export function scenarioTraffic(services: Readonly<Record<string, readonly Side[]>> = SERVICES): string {
  const om = openMetrics({ start: SCENARIO_START, end: minutesAfter(SCENARIO_START, SCENARIO_MINUTES), stepSeconds: STEP_SECONDS });
  for (const [service, sides] of Object.entries(services)) for (const side of sides) addSide(om, service, side);
  return om.text();
}
