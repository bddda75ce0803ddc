import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openMetrics, SCENARIO_START } from "../../tools/openmetrics.js";

const T0 = SCENARIO_START.getTime() / 1000;
const oneMinute = { start: SCENARIO_START, end: new Date(SCENARIO_START.getTime() + 60_000), stepSeconds: 30 };

describe("OpenMetrics scenario builder", () => {
  it("writes typed families, timestamps in seconds and # EOF", () => {
    const text = openMetrics(oneMinute)
      .gauge("queue_depth", { topic: 'a"b' }, (t) => t / 10, "messages waiting")
      .counter("requests", { code: "200" }, { perSecond: () => 2 })
      .counter("requests_total", { code: "500" }, { perSecond: (t) => (t === 30 ? undefined : 1) })
      .text();
    expect(text).toBe(
      [
        "# TYPE queue_depth gauge",
        "# HELP queue_depth messages waiting",
        `queue_depth{topic="a\\"b"} 0 ${T0}`,
        `queue_depth{topic="a\\"b"} 3 ${T0 + 30}`,
        `queue_depth{topic="a\\"b"} 6 ${T0 + 60}`,
        "# TYPE requests counter",
        `requests_total{code="200"} 0 ${T0}`,
        `requests_total{code="200"} 60 ${T0 + 30}`,
        `requests_total{code="200"} 120 ${T0 + 60}`,
        `requests_total{code="500"} 0 ${T0}`,
        `requests_total{code="500"} 30 ${T0 + 60}`,
        "# EOF",
        "",
      ].join("\n"),
    );
  });

  it("restarts a counter without losing increase", () => {
    const text = openMetrics({ ...oneMinute, end: new Date(SCENARIO_START.getTime() + 120_000) })
      .counter("jobs", {}, { perSecond: () => 1, initial: 1000, resetsAt: [60] })
      .text();
    expect(text.split("\n").filter((l) => l.startsWith("jobs_total")).map((l) => Number(l.split(" ")[1]))).toEqual([1000, 1030, 30, 60, 90]);
  });

  it("refuses a counter that decreases unless the scenario allows resets", () => {
    const drop = (t: number) => (t < 30 ? 10 : 5);
    expect(() => openMetrics(oneMinute).counter("jobs", {}, { total: drop })).toThrow(/jobs_total decreases at t=30 \(10 -> 5\)/);
    expect(openMetrics(oneMinute).counter("jobs", {}, { total: drop, allowResets: true }).text()).toContain(`jobs_total 5 ${T0 + 30}`);
  });

  it("writes cumulative histogram buckets with +Inf, _sum and _count per timestamp", () => {
    const text = openMetrics({ ...oneMinute, end: new Date(SCENARIO_START.getTime() + 30_000) })
      .histogram("latency_seconds", { version: "canary" }, { buckets: [0.1, 1], observe: () => [[0.05, 3], [0.5, 1], [2, 1]] })
      .text();
    const at = (s: number) => T0 + s;
    expect(text).toBe(
      [
        "# TYPE latency_seconds histogram",
        ...[0, 30].flatMap((s) => {
          const [b1, b2, inf, sum, count] = s === 0 ? [0, 0, 0, 0, 0] : [3, 4, 5, 2.65, 5];
          return [
            `latency_seconds_bucket{version="canary",le="0.1"} ${b1} ${at(s)}`,
            `latency_seconds_bucket{version="canary",le="1"} ${b2} ${at(s)}`,
            `latency_seconds_bucket{version="canary",le="+Inf"} ${inf} ${at(s)}`,
            `latency_seconds_sum{version="canary"} ${sum} ${at(s)}`,
            `latency_seconds_count{version="canary"} ${count} ${at(s)}`,
          ];
        }),
        "# EOF",
        "",
      ].join("\n"),
    );
  });

  it.each([
    [() => openMetrics(oneMinute).gauge("x", {}, () => 1).counter("x", {}, { perSecond: () => 1 }), /x is already a gauge/],
    [() => openMetrics(oneMinute).gauge("bad-name", {}, () => 1), /invalid metric name/],
    [() => openMetrics(oneMinute).gauge("x", { "bad-label": "v" }, () => 1), /invalid label name/],
    [() => openMetrics(oneMinute).histogram("h", {}, { buckets: [1, 0.5], observe: () => [] }), /ascending/],
    [() => openMetrics({ ...oneMinute, stepSeconds: 0 }), /stepSeconds must be positive/],
  ])("refuses a malformed scenario (%#)", (build, message) => {
    expect(build).toThrow(message);
  });

  it("writes text that promtool backfills: NaN, infinities, escaped labels", async () => {
    const text = openMetrics(oneMinute)
      .gauge("odd_values", { path: 'C:\\tmp "x"\nnext' }, (t) => (t === 0 ? Number.NaN : t === 30 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY))
      .counter("c", { a: "1" }, { perSecond: () => 0.5 })
      .histogram("h", {}, { buckets: [1], observe: () => [[0.5, 1]] })
      .text();
    const dir = await mkdtemp(join(tmpdir(), "openmetrics-test-"));
    try {
      await writeFile(join(dir, "in.om"), text);
      const { stdout } = await promisify(execFile)("promtool", ["tsdb", "create-blocks-from", "openmetrics", join(dir, "in.om"), join(dir, "data")]);
      // 1 gauge + 1 counter + 3 buckets/sum/count... : 1 + 1 + (2 + 2) = 6 series, 3 samples each.
      expect(stdout).toMatch(/\s18\s+\d+\s+6\s/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
