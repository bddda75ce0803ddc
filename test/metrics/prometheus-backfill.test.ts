import { beforeAll, describe, expect, it } from "vitest";
import { fakeClock } from "../fakes/clock.js";
import { memoryLogger } from "../fakes/log.js";
import { createPrometheusClient } from "../../src/metrics/prometheus.js";
import { MetricsError, type MetricsSource } from "../../src/metrics/types.js";
import { minutesAfter, openMetrics, SCENARIO_START } from "../../tools/openmetrics.js";
import { usePrometheus } from "../helpers/use-prometheus.js";

// Thirty minutes of known series, sampled every 15 s. Every expected value below follows
// from these functions by hand.
const scenario = openMetrics({ start: SCENARIO_START, end: minutesAfter(SCENARIO_START, 30), stepSeconds: 15 })
  .counter("http_requests_total", { version: "canary", code: "200" }, { perSecond: () => 9 })
  .counter("http_requests_total", { version: "canary", code: "500" }, { perSecond: () => 1 })
  .counter("http_requests_total", { version: "stable", code: "200" }, { perSecond: () => 10 })
  .counter("http_requests_total", { version: "stable", code: "500" }, { perSecond: () => 0 })
  .counter("http_requests_total", { version: "idle", code: "200" }, { perSecond: () => 0 })
  .counter("http_requests_total", { version: "idle", code: "500" }, { perSecond: () => 0 })
  // The process restarts 15 minutes in.
  .counter("http_requests_total", { version: "restarted", code: "200" }, { perSecond: () => 5, resetsAt: [900] })
  .gauge("process_resident_memory_bytes", { version: "canary" }, (t) => 100e6 + t * 1000)
  .histogram("http_request_duration_seconds", { version: "canary" }, {
    buckets: [0.1, 0.5, 1],
    observe: () => [
      [0.05, 90],
      [0.3, 10],
    ],
  })
  .text();

const errorRatio = (version: string) =>
  `sum(rate(http_requests_total{code="500", version="${version}"}[5m])) / sum(rate(http_requests_total{version="${version}"}[5m]))`;

describe("Prometheus client against a real Prometheus with backfilled data", () => {
  const prometheus = usePrometheus({ openmetrics: scenario });
  let client: MetricsSource;
  const log = memoryLogger();
  const at = minutesAfter(SCENARIO_START, 20);

  beforeAll(() => {
    client = createPrometheusClient({ url: prometheus().url, timeoutSeconds: 10 }, { clock: fakeClock(), log });
  });

  it("reads the rate of a counter", async () => {
    const result = await client.instant(`sum(rate(http_requests_total{version="canary"}[5m]))`, at);
    expect(result.resultType).toBe("vector");
    expect(result.samples).toEqual([{ labels: {}, value: 10 }]);
    expect(result.time).toEqual(at);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ["canary", 0.1],
    ["stable", 0],
  ])("reads the error ratio of %s", async (version, expected) => {
    const result = await client.instant(errorRatio(version), at);
    expect(result.samples).toEqual([{ labels: {}, value: expected }]);
  });

  it("keeps NaN from 0/0 as NaN", async () => {
    const result = await client.instant(errorRatio("idle"), at);
    expect(result.samples).toHaveLength(1);
    expect(result.samples[0]!.value).toBeNaN();
  });

  it.each([
    ["1/0", Number.POSITIVE_INFINITY],
    ["-1/0", Number.NEGATIVE_INFINITY],
  ])("keeps %s as an infinity, as a scalar sample without labels", async (query, expected) => {
    const result = await client.instant(query, at);
    expect(result.resultType).toBe("scalar");
    expect(result.samples).toEqual([{ labels: {}, value: expected }]);
  });

  it("reads a gauge with its labels", async () => {
    const result = await client.instant(`process_resident_memory_bytes{version="canary"}`, minutesAfter(SCENARIO_START, 10));
    expect(result.samples).toEqual([
      { labels: { __name__: "process_resident_memory_bytes", version: "canary" }, value: 100e6 + 600 * 1000 },
    ]);
  });

  it.each([
    [0.5, 0.1 * (50 / 90)],
    [0.95, 0.3],
  ])("computes histogram_quantile(%s) from cumulative buckets", async (q, expected) => {
    const query = `histogram_quantile(${q}, sum by (le) (rate(http_request_duration_seconds_bucket{version="canary"}[5m])))`;
    const result = await client.instant(query, at);
    expect(result.samples).toHaveLength(1);
    expect(result.samples[0]!.value).toBeCloseTo(expected, 9);
  });

  it("returns an empty vector for a selector that matches nothing", async () => {
    const result = await client.instant(`sum(rate(http_requests_total{version="canray"}[5m]))`, at);
    expect(result.samples).toEqual([]);
  });

  it("returns an empty vector once the data is older than the lookback delta", async () => {
    const result = await client.instant(`process_resident_memory_bytes`, minutesAfter(SCENARIO_START, 36));
    expect(result.samples).toEqual([]);
  });

  it("lets rate() see through a counter reset", async () => {
    // The 5m window ending 17 minutes in spans the restart at 15 minutes.
    const query = `sum(rate(http_requests_total{version="restarted"}[5m]))`;
    const across = await client.instant(query, minutesAfter(SCENARIO_START, 17));
    expect(across.samples).toEqual([{ labels: {}, value: 5 }]);
    const raw = await client.instant(`resets(http_requests_total{version="restarted"}[5m])`, minutesAfter(SCENARIO_START, 17));
    expect(raw.samples.map((s) => s.value)).toEqual([1]);
  });

  it("reads a range query as points per series", async () => {
    const result = await client.range(
      `sum by (version) (rate(http_requests_total{code="500", version=~"canary|stable"}[5m]))`,
      minutesAfter(SCENARIO_START, 10),
      minutesAfter(SCENARIO_START, 20),
      300,
    );
    const t0 = minutesAfter(SCENARIO_START, 10).getTime() / 1000;
    const byVersion = Object.fromEntries(result.series.map((s) => [s.labels.version, s.points]));
    expect(byVersion).toEqual({
      canary: [[t0, 1], [t0 + 300, 1], [t0 + 600, 1]],
      stable: [[t0, 0], [t0 + 300, 0], [t0 + 600, 0]],
    });
  });

  it("rejects a bad query without retrying, with Prometheus's message", async () => {
    const error = await client.instant(`sum(rate(http_requests_total[5m]`, at).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetricsError);
    expect((error as MetricsError).kind).toBe("query");
    expect((error as MetricsError).status).toBe(400);
    expect((error as MetricsError).message).toMatch(/bad_data.*parse error/);
    expect(log.lines.filter((l) => l.includes("retrying"))).toEqual([]);
  });

  it("refuses a range vector from an instant query", async () => {
    const error = await client.instant(`http_requests_total{version="canary"}[1m]`, at).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "response", message: expect.stringContaining("range vector") });
  });

  it("sends the same query through GET", async () => {
    const get = createPrometheusClient({ url: prometheus().url, method: "GET" }, { clock: fakeClock(), log });
    const result = await get.instant(`sum(rate(http_requests_total{version="canary"}[5m]))`, at);
    expect(result.samples).toEqual([{ labels: {}, value: 10 }]);
  });
});
