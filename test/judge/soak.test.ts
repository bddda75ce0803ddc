import { describe, expect, it } from "vitest";
import { runSoak } from "../../src/judge/soak.js";
import type { Check, Stage } from "../../src/playbook/types.js";
import { MetricsError } from "../../src/metrics/types.js";
import { alertsCheck, errorRate, httpCheck, limit, metricCheck, playbook, quantity } from "../fakes/builders.js";
import { judgeDeps, START } from "../fakes/deps.js";
import { overTime as over } from "../fakes/gate.js";
import { fakeMetrics, sample, when, type Rule } from "../fakes/metrics.js";
import { fakeProber } from "../fakes/prober.js";

const CANARY = 'version="canary"';
const STABLE = 'version="stable"';


async function gate(checks: Check[], rules: Rule[], settings: Partial<Stage> = {}, signal?: AbortSignal) {
  const metrics = fakeMetrics(...rules);
  const { deps, log } = judgeDeps({ metrics });
  const p = playbook(checks, settings);
  const result = await runSoak({ playbook: p, stage: p.stages[0]!, ...(signal && { signal }) }, deps);
  return { result, log, metrics };
}

const memoryGrowth = metricCheck({ name: "memory-growth", query: "max(deriv(mem_bytes{$selector}[30m]))", per: 3600, fail: limit("> 20MB"), warn: limit("> 10MB") });
const latencyVsBaseline = metricCheck({
  name: "p95-vs-baseline",
  query: "histogram_quantile(0.95, sum by (le) (rate(d_bucket{$selector}[5m])))",
  baseline: { maxIncrease: quantity("1s"), maxIncreaseRatio: quantity("10%"), severity: "fail" },
});
const hostSpread = metricCheck({ name: "host-spread", query: "sum by (instance) (rate(x{$selector}[5m]))", spread: { by: ["instance"], fail: limit("> 10%") } });
const hosts = (c: number) => [sample({ instance: "a" }, 100), sample({ instance: "b" }, 101), sample({ instance: "c" }, c)];

describe("runSoak verdicts", () => {
  it.each([
    ["healthy canary", [errorRate()], [when(CANARY, 0.004)], {}, "go", 24, 7200, "All 1 checks passed in every counted round: 24 rounds over 2h."],
    [
      "error spike above fail in round 4",
      [errorRate()],
      [when(CANARY, over((m) => (m >= 20 ? 0.072 : 0.004)))],
      {},
      "no-go",
      4,
      1200,
      "error-rate 7.2% crossed > 5% in round 4 (20m).",
    ],
    [
      "errors between warn and fail",
      [errorRate()],
      [when(CANARY, over((m) => (m >= 60 && m < 75 ? 0.02 : 0.004)))],
      {},
      "conditional",
      24,
      7200,
      "error-rate 2% crossed > 1% (warn) in 3 of 24 rounds (first in round 12 (1h)).",
    ],
    [
      "latency regression against baseline only",
      [latencyVsBaseline],
      [when(CANARY, over((m) => (m >= 30 ? 5.5 : 4.1))), when(STABLE, 4.0)],
      {},
      "no-go",
      6,
      1800,
      "p95-vs-baseline +1.5s (+37.5%) vs baseline 4s exceeds max-increase 1s or 10% in round 6 (30m).",
    ],
    ["slow memory leak: 14.4MB an hour", [memoryGrowth], [when(CANARY, 4000)], {}, "conditional", 24, 7200, undefined],
    ["fast memory leak: 36MB an hour", [memoryGrowth], [when(CANARY, over((m) => (m >= 45 ? 10_000 : 100)))], {}, "no-go", 9, 2700, "memory-growth 36MB per 1h crossed > 20MB in round 9 (45m)."],
    ["one host out of line", [hostSpread], [when(CANARY, over((m) => hosts(m >= 15 ? 140 : 99)))], {}, "no-go", 3, 900, undefined],
    ["no data for the canary (selector typo)", [errorRate()], [], {}, "inconclusive", 24, 7200, undefined],
    ["NaN every round (no traffic)", [errorRate()], [when(CANARY, NaN)], {}, "inconclusive", 24, 7200, undefined],
    ["no data counted as fail", [errorRate()], [], { noData: "fail" }, "no-go", 1, 300, undefined],
    ["no data counted as warn", [errorRate()], [], { noData: "warn" }, "conditional", 24, 7200, undefined],
    [
      "errors below the limit",
      [errorRate()],
      [when(CANARY, over((m) => (m === 20 || m === 25 ? new MetricsError("http", "503 Service Unavailable", 503) : 0.004)))],
      {},
      "go",
      24,
      7200,
      "All 1 checks passed in every counted round: 24 rounds over 2h (2 errored readings not counted).",
    ],
    [
      "errors at the limit",
      [errorRate()],
      [when(CANARY, over((m) => (m >= 20 ? new MetricsError("timeout", "query timed out after 30s") : 0.004)))],
      {},
      "inconclusive",
      6,
      1800,
      "3 consecutive rounds had errors, up to round 6 (30m): error-rate: the query timed out: query timed out after 30s.",
    ],
    ["a lone fail under failure-limit 2", [errorRate()], [when(CANARY, over((m) => (m === 20 ? 0.08 : 0.004)))], { failureLimit: 2 }, "conditional", 24, 7200, undefined],
    [
      "two fails in a row under failure-limit 2",
      [errorRate()],
      [when(CANARY, over((m) => (m >= 20 ? 0.08 : 0.004)))],
      { failureLimit: 2 },
      "no-go",
      5,
      1500,
      "error-rate 8% crossed > 5% in rounds 4-5 (25m).",
    ],
    [
      "early go once min-soak passed",
      [errorRate()],
      [when(CANARY, 0.004)],
      { minSoak: 1800 },
      "go",
      6,
      1800,
      "All 1 checks passed in every one of 6 rounds; min-soak 30m reached at 30m.",
    ],
  ] as const)("%s → %s", async (_, checks, rules, settings, verdict, roundCount, elapsed, reason) => {
    const { result } = await gate([...checks], [...rules], settings);
    expect(result.verdict).toBe(verdict);
    expect(result.rounds).toHaveLength(roundCount);
    expect(result.elapsed).toBe(elapsed);
    expect(result.endedEarly).toBe(elapsed < 7200);
    if (reason) expect(result.reason).toBe(reason);
    if (verdict === "no-go") expect(result.failedChecks).toEqual([checks[0]!.name]);
    if (verdict === "conditional") expect(result.conditionalChecks).toEqual([checks[0]!.name]);
  });

  it("takes the first round one interval in, and every interval after", async () => {
    const { result, metrics } = await gate([errorRate()], [when(CANARY, 0.004)], { soak: 1800, minSoak: 1800 });
    expect(result.rounds.map((r) => r.elapsed)).toEqual([300, 600, 900, 1200, 1500, 1800]);
    expect(metrics.calls[0]!.time.toISOString()).toBe("2026-01-05T10:05:00.000Z");
    expect(result.startedAt).toBe("2026-01-05T10:00:00.000Z");
    expect(result.endedAt).toBe("2026-01-05T10:30:00.000Z");
  });

  it("evaluates every check of a round against the same instant", async () => {
    const { result, metrics } = await gate([errorRate(), latencyVsBaseline], [when(CANARY, 0.004), when(STABLE, 0.004)], { soak: 600, minSoak: 600 });
    expect(result.rounds[0]!.measurements.map((m) => m.check)).toEqual(["error-rate", "p95-vs-baseline"]);
    expect(new Set(metrics.calls.slice(0, 3).map((c) => c.time.getTime())).size).toBe(1);
  });

  it("logs one progress block per round with each check's values", async () => {
    const check = errorRate({ baseline: { maxIncrease: quantity("1%"), severity: "fail" } });
    const { log, result } = await gate([check], [when(CANARY, 0.004), when(STABLE, 0.003)]);
    const blocks = log.lines.filter((l) => l.startsWith("round "));
    expect(blocks).toHaveLength(24);
    expect(blocks[2]).toBe(
      "round 3/24 · elapsed 15m · remaining 1h45m\n  error-rate  canary 0.4%  baseline 0.3%  Δ +0.1%  pass  (fail > 5%, warn > 1%, max-increase 1%)",
    );
    expect(log.lines.at(-1)).toBe(`verdict: go: ${result.reason}`);
  });

  it("logs an alerts check that could not be read as not read, with its rule, never as none firing", async () => {
    const alerts = alertsCheck({ name: "critical-alerts", preflight: false });
    const { log } = await gate([alerts], [when("ALERTS", new MetricsError("network", "connect ECONNREFUSED"))], { errorLimit: 1 });
    const line = log.lines.find((l) => l.startsWith("round 1/"))!.split("\n")[1]!;
    expect(line).toMatch(/^  critical-alerts {2}not read {2}error {2}\(fail if a matching alert fires\) {2}\S/);
    expect(line).not.toContain("none firing");
  });

  it("stops promptly when aborted and returns the partial rounds", async () => {
    const controller = new AbortController();
    const abortAt35 = over((m) => {
      if (m >= 35) controller.abort(new Error("SIGTERM"));
      return 0.004;
    });
    const { result, metrics } = await gate([errorRate()], [when(CANARY, abortAt35)], {}, controller.signal);
    expect(result).toMatchObject({ verdict: "inconclusive", cancelled: true, endedEarly: false });
    expect(result.rounds).toHaveLength(6);
    expect(metrics.calls).toHaveLength(7);
    expect(result.reason).toBe("Cancelled after 6 rounds (30m of 2h); a partial soak is never a go.");
  });

  it("resumes a soak that began earlier, from startedAt", async () => {
    const metrics = fakeMetrics(when(CANARY, 0.004));
    const { deps, clock } = judgeDeps({ metrics });
    clock.advance(62 * 60_000);
    const p = playbook([errorRate()]);
    const result = await runSoak({ playbook: p, stage: p.stages[0]!, startedAt: START }, deps);
    expect(result.rounds.map((r) => r.elapsed)).toEqual([65, 70, 75, 80, 85, 90, 95, 100, 105, 110, 115, 120].map((m) => m * 60));
    expect(result).toMatchObject({ verdict: "go", elapsed: 7200, startedAt: START.toISOString() });
  });

  it("never returns go for a stage without checks", async () => {
    const { result } = await gate([], []);
    expect(result.verdict).toBe("inconclusive");
  });
});

describe("before the soak", () => {
  const health = httpCheck({ name: "canary-health" });

  it("waits for wait-for checks, then starts the soak", async () => {
    const prober = fakeProber((_, call) => (call < 3 ? { ok: false, status: 503, detail: "status 503, expected 200" } : {}));
    const { deps, log } = judgeDeps({ metrics: fakeMetrics(when(CANARY, 0.004)), prober });
    const p = playbook([errorRate()], { waitFor: ["canary-health"], soak: 600, minSoak: 600 }, { checks: { "error-rate": errorRate(), "canary-health": health } });
    const result = await runSoak({ playbook: p, stage: p.stages[0]! }, deps);
    expect(result.verdict).toBe("go");
    expect(prober.requests).toHaveLength(4);
    // Three failed attempts 10s apart, then the soak's first round one interval later.
    expect(result.rounds[0]!.at).toBe("2026-01-05T10:05:30.000Z");
    expect(result.preconditions?.map((m) => [m.check, m.outcome])).toEqual([["canary-health", "pass"]]);
    expect(log.lines).toContain("wait-for: waiting for canary-health: fail: status 503, expected 200 (attempt 1)");
  });

  it("gives no-go when wait-for never passes within its timeout", async () => {
    const prober = fakeProber(() => ({ ok: false, status: 503, detail: "status 503, expected 200" }));
    const { deps, clock } = judgeDeps({ prober });
    const p = playbook([errorRate()], { waitFor: ["canary-health"] }, { checks: { "error-rate": errorRate(), "canary-health": health } });
    const result = await runSoak({ playbook: p, stage: p.stages[0]! }, deps);
    expect(result.verdict).toBe("no-go");
    expect(result.reason).toBe("wait-for canary-health did not pass within 5m: status 503, expected 200.");
    expect(result.rounds).toHaveLength(0);
    expect(prober.requests).toHaveLength(31);
    expect(clock.now().toISOString()).toBe("2026-01-05T10:05:00.000Z");
  });

  it("gives no-go without a soak when a preflight alert fires", async () => {
    const alerts = alertsCheck({ name: "critical-alerts" });
    const { result, metrics } = await gate([errorRate(), alerts], [when("ALERTS", [sample({ alertname: "HighErrorRate" }, 1)]), when(CANARY, 0.004)]);
    expect(result.verdict).toBe("no-go");
    expect(result.reason).toBe("critical-alerts firing: HighErrorRate before the soak began (preflight).");
    expect(result.failedChecks).toEqual(["critical-alerts"]);
    expect(result.rounds).toHaveLength(0);
    expect(metrics.calls.map((c) => c.query)).toEqual(['ALERTS{alertstate="firing", service="log-capturer"}']);
  });

  it("fails closed when the preflight cannot be read", async () => {
    const alerts = alertsCheck({ name: "critical-alerts" });
    const { result } = await gate([alerts], [when("ALERTS", new MetricsError("network", "connect ECONNREFUSED"))]);
    expect(result.verdict).toBe("inconclusive");
    expect(result.rounds).toHaveLength(0);
  });

  it("rejects a stage naming an unknown check, with its path", async () => {
    const { deps } = judgeDeps();
    const p = playbook([errorRate()], { checks: ["error-rate", "eror-rate"] });
    await expect(runSoak({ playbook: p, stage: p.stages[0]! }, deps)).rejects.toThrow('stages[0].checks: names check "eror-rate"');
  });
});
