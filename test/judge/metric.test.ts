import { describe, expect, it } from "vitest";
import { evaluateCheck } from "../../src/judge/evaluate.js";
import { MetricsError } from "../../src/metrics/types.js";
import type { MetricCheck } from "../../src/playbook/types.js";
import { errorRate, limit, metricCheck, playbook, quantity } from "../fakes/builders.js";
import { judgeDeps } from "../fakes/deps.js";
import { fakeMetrics, sample, when, type Answer } from "../fakes/metrics.js";

const CANARY = 'version="canary"';
const STABLE = 'version="stable"';

async function evaluate(check: MetricCheck, canary: Answer, baseline: Answer = null) {
  const metrics = fakeMetrics(when(CANARY, canary), when(STABLE, baseline));
  const { deps } = judgeDeps({ metrics });
  const m = await evaluateCheck(check, playbook([check]), deps);
  return { m, metrics };
}

describe("threshold", () => {
  it.each([
    [0.004, "pass", "> 5%", "0.4% within > 5%, warn > 1%"],
    [0.02, "warn", "> 1%", "2% crossed > 1% (warn)"],
    [0.072, "fail", "> 5%", "7.2% crossed > 5%"],
    [0.05, "warn", "> 1%", "5% crossed > 1% (warn)"],
  ] as const)("%s → %s", async (value, outcome, decidedBy, detail) => {
    const { m } = await evaluate(errorRate(), value);
    expect(m).toMatchObject({ outcome, limit: decidedBy, detail, canary: value, dimension: "ratio" });
  });

  it("reads an empty vector as no data, never as zero", async () => {
    const { m } = await evaluate(errorRate(), null);
    expect(m.outcome).toBe("no-data");
    expect(m.detail).toBe("no data: the canary query returned no series");
    expect(m.canary).toBeUndefined();
  });

  it("reads NaN as no data and says why", async () => {
    const { m } = await evaluate(errorRate(), NaN);
    expect(m.outcome).toBe("no-data");
    expect(m.detail).toContain("NaN (0/0: no traffic?)");
  });

  it.each([
    [Infinity, "fail"],
    [-Infinity, "pass"],
  ] as const)("compares %s as a real value (histogram_quantile above the largest bucket)", async (value, outcome) => {
    const check = metricCheck({ name: "p99", query: "histogram_quantile(0.99, x{$selector})", fail: limit("> 1s"), warn: limit("> 500ms") });
    const { m } = await evaluate(check, value);
    expect(m.outcome).toBe(outcome);
    expect(m.canary).toBe(value);
  });

  it("judges every series and reports the worst", async () => {
    const { m } = await evaluate(errorRate(), [sample({ pod: "a" }, 0.01), sample({ pod: "b" }, 0.08), sample({ pod: "c" }, NaN)]);
    expect(m.outcome).toBe("fail");
    expect(m.canary).toBe(0.08);
    expect(m.detail).toBe('8% (pod="b") crossed > 5%');
    expect(m.warnings).toContain("1 of 3 canary series were NaN and were left out");
  });

  it("for a lower limit, the lowest series is the worst", async () => {
    const check = metricCheck({ name: "throughput", query: "sum(rate(x{$selector}[5m]))", fail: limit("< 10"), warn: limit("< 50") });
    const { m } = await evaluate(check, [sample({ pod: "a" }, 80), sample({ pod: "b" }, 30), sample({ pod: "c" }, 60)]);
    expect(m).toMatchObject({ outcome: "warn", canary: 30, limit: "< 50" });
  });

  it("scales a trend by per before the limits: 4kB/s is 14.4MB per hour", async () => {
    const check = metricCheck({ name: "memory-growth", query: "max(deriv(mem{$selector}[30m]))", per: 3600, fail: limit("> 20MB"), warn: limit("> 10MB") });
    const { m } = await evaluate(check, 4000);
    expect(m).toMatchObject({ outcome: "warn", canary: 14_400_000, dimension: "bytes", limit: "> 10MB" });
    expect(m.detail).toBe("14.4MB per 1h crossed > 10MB (warn)");
  });

  it("keeps Prometheus warnings", async () => {
    const { m } = await evaluate(errorRate(), { samples: [sample({}, 0.001)], warnings: ["partial response: store b down"] });
    expect(m.outcome).toBe("pass");
    expect(m.warnings).toEqual(["partial response: store b down"]);
  });

  it("turns a rejected query into an error naming the check and Prometheus's message", async () => {
    const { m } = await evaluate(errorRate(), new MetricsError("query", 'parse error at char 12: unexpected "}"', 400));
    expect(m.outcome).toBe("error");
    expect(m.detail).toBe('error-rate: Prometheus rejected the query: parse error at char 12: unexpected "}"');
    expect(m.queries).toEqual(['sum(rate(errors_total{version="canary"}[5m])) / sum(rate(requests_total{version="canary"}[5m]))']);
  });

  it("sends the query with the selector escaped, exactly as recorded", async () => {
    const check = errorRate();
    const p = playbook([check], {}, { selectors: { canary: { version: 'ca"na\\ry' }, baseline: { version: "stable" } } });
    const metrics = fakeMetrics();
    const { deps } = judgeDeps({ metrics });
    const m = await evaluateCheck(check, p, deps);
    expect(metrics.calls.map((c) => c.query)).toEqual(m.queries);
    expect(m.queries[0]).toContain('version="ca\\"na\\\\ry"');
  });
});

describe("baseline", () => {
  const errorsVsBaseline = metricCheck({ name: "errors-vs-baseline", baseline: { maxIncrease: quantity("1%"), severity: "fail" } });
  const latency = metricCheck({
    name: "p95-vs-baseline",
    query: "histogram_quantile(0.95, x{$selector})",
    baseline: { maxIncrease: quantity("1s"), maxIncreaseRatio: quantity("10%"), severity: "fail" },
  });
  const ratioOnly = metricCheck({ name: "ratio", baseline: { maxIncreaseRatio: quantity("10%"), severity: "warn" } });
  const throughput = metricCheck({ name: "throughput", query: "sum(rate(x{$selector}[5m]))", baseline: { maxDecreaseRatio: quantity("20%"), severity: "warn" } });

  it.each([
    ["error rate within 1 point", errorsVsBaseline, 0.005, 0.004, "pass"],
    ["error rate 1.6 points up", errorsVsBaseline, 0.02, 0.004, "fail"],
    ["latency +0.2s (5%)", latency, 4.2, 4.0, "pass"],
    ["latency +1.5s (37%): beyond both", latency, 5.5, 4.0, "fail"],
    ["latency +150ms (75%): within 1s, so within tolerance", latency, 0.35, 0.2, "pass"],
    ["latency +1.2s on 20s (6%): within 10%", latency, 21.2, 20, "pass"],
    ["20% up with a 10% tolerance", ratioOnly, 12, 10, "warn"],
    ["baseline 0: any increase is an infinite ratio", ratioOnly, 0.001, 0, "warn"],
    ["baseline 0 and canary 0", ratioOnly, 0, 0, "pass"],
    ["throughput down 20%: at the tolerance", throughput, 80, 100, "pass"],
    ["throughput down 30%", throughput, 70, 100, "warn"],
    ["throughput up 50%: decreases only", throughput, 150, 100, "pass"],
  ] as const)("%s", async (_, check, canary, baseline, outcome) => {
    const { m } = await evaluate(check, canary, baseline);
    expect(m.outcome).toBe(outcome);
    expect(m.canary).toBe(canary);
    expect(m.baseline).toBe(baseline);
    expect(m.delta).toBeCloseTo(canary - baseline, 12);
  });

  it("names the tolerance that decided and the numbers", async () => {
    const { m } = await evaluate(latency, 5.5, 4.0);
    expect(m.limit).toBe("max-increase 1s or 10%");
    expect(m.detail).toBe("+1.5s (+37.5%) vs baseline 4s exceeds max-increase 1s or 10%");
  });

  it("sends both queries, canary first", async () => {
    const { m, metrics } = await evaluate(errorsVsBaseline, 0.005, 0.004);
    expect(m.queries).toEqual([
      'sum(rate(errors_total{version="canary"}[5m])) / sum(rate(requests_total{version="canary"}[5m]))',
      'sum(rate(errors_total{version="stable"}[5m])) / sum(rate(requests_total{version="stable"}[5m]))',
    ]);
    expect(metrics.calls.map((c) => c.query).sort()).toEqual([...m.queries].sort());
  });

  it("reads a missing baseline as no data", async () => {
    const { m } = await evaluate(errorsVsBaseline, 0.005, null);
    expect(m).toMatchObject({ outcome: "no-data", detail: "no data: the baseline query returned no series" });
  });

  it.each([
    ["threshold passes, baseline fails: baseline decides", 0.02, 0.004, "fail", "max-increase 1%"],
    ["threshold fails, baseline missing: the fail decides", 0.08, null, "fail", "> 5%"],
    ["threshold passes, baseline missing: no data", 0.004, null, "no-data", "max-increase 1%"],
    ["threshold warns, baseline passes: warn", 0.02, 0.015, "warn", "> 1%"],
  ] as const)("combined: %s", async (_, canary, baseline, outcome, decidedBy) => {
    const check = errorRate({ baseline: { maxIncrease: quantity("1%"), severity: "fail" } });
    const { m } = await evaluate(check, canary, baseline);
    expect(m.outcome).toBe(outcome);
    expect(m.limit).toBe(decidedBy);
  });

  it("pairs several series by their labels without the selector labels", async () => {
    const check = metricCheck({ name: "per-route", baseline: { maxIncrease: quantity("1%"), severity: "fail" } });
    const { m } = await evaluate(
      check,
      [sample({ route: "/a", version: "canary" }, 0.01), sample({ route: "/b", version: "canary" }, 0.05)],
      [sample({ route: "/a", version: "stable" }, 0.01), sample({ route: "/b", version: "stable" }, 0.01)],
    );
    expect(m).toMatchObject({ outcome: "fail", canary: 0.05, baseline: 0.01 });
  });
});

describe("spread", () => {
  const hosts = metricCheck({
    name: "host-spread",
    query: "sum by (instance) (rate(x{$selector}[5m]))",
    spread: { by: ["instance"], fail: limit("> 20%"), warn: limit("> 10%") },
  });
  const at = (values: Record<string, number>) => Object.entries(values).map(([instance, v]) => sample({ instance }, v));

  it.each([
    [{ a: 100, b: 102, c: 98 }, "pass"],
    [{ a: 100, b: 102, c: 115 }, "warn"],
    [{ a: 100, b: 102, c: 130 }, "fail"],
    [{ a: 0, b: 0, c: 0 }, "pass"],
    [{ a: 0, b: 0, c: 5 }, "fail"],
  ] as const)("%o → %s", async (values, outcome) => {
    const { m } = await evaluate(hosts, at(values));
    expect(m.outcome).toBe(outcome);
    expect(m.instances).toEqual(values);
  });

  it("names the outlier and its distance from the median", async () => {
    const { m } = await evaluate(hosts, at({ a: 100, b: 102, c: 130 }));
    expect(m.detail).toBe("c at 130 is 27.5% from the median 102 of 3 instances, crossed > 20%");
    expect(m).toMatchObject({ canary: 130, limit: "spread > 20%" });
  });

  it("needs two instances", async () => {
    const { m } = await evaluate(hosts, at({ a: 100 }));
    expect(m.outcome).toBe("no-data");
    expect(m.detail).toBe("no data: spread needs at least 2 instances by instance, found 1");
  });
});
