/**
 * The sequential check against a real Prometheus filled by backfill: the gate reads the raw
 * counters of each side every round and decides from whole counts. The counts are the
 * scenario's own (traffic.ts), so each round's are known exactly; the round at which the
 * check decides is the one the statistics give for those counts.
 */
import { describe, expect, it } from "vitest";
import { createRateRatio, decide, replay, update, type RoundCounts } from "../../src/judge/sequential/rate-ratio.js";
import { usePrometheus } from "../helpers/use-prometheus.js";
import { isoAfter, runScenario } from "./gate.js";
import { playbook } from "./playbooks.js";
import { scenarioTraffic, SEQUENTIAL_SERVICES } from "./traffic.js";

const prometheus = usePrometheus({ openmetrics: scenarioTraffic(SEQUENTIAL_SERVICES) });

const ERRORS = `
  errors:
    sequential:
      events: 'http_requests_total{code=~"5..", $selector}'
      total: 'http_requests_total{$selector}'
      max-ratio: 1.5`;
/** Requests slower than 200ms: every request but those in the 200ms bucket. */
const SLOW = `
  slow:
    sequential:
      good: 'http_request_duration_seconds_bucket{le="0.2", $selector}'
      total: 'http_request_duration_seconds_count{$selector}'
      max-ratio: 1.5
      confidence: 99%`;

const run = (service: string, check: string, name: string, stage = "soak: 1h, interval: 1m, min-soak: 10m") =>
  runScenario(playbook(service, check, `{ name: canary, weight: 10, ${stage}, checks: [${name}] }`), prometheus().url);

/** The first round at which the same counts, every round, decide. */
function decidedAt(counts: RoundCounts): { round: number; decision: string } {
  let state = createRateRatio({ maxRatio: 1.5 });
  for (let round = 1; round <= 120; round++) {
    state = update(state, counts).state;
    const decision = decide(state, 1.5, 0.01);
    if (decision !== "undecided") return { round, decision };
  }
  return { round: 120, decision: "undecided" };
}

describe("a 2x error regression, counted sequentially", () => {
  const perMinute = { canaryEvents: 24, canaryTotal: 60_000, baselineEvents: 12, baselineTotal: 60_000 };

  it("ends no-go as soon as the sequence lies above max-ratio, long before the soak ends", async () => {
    const expected = decidedAt(perMinute);
    expect(expected).toMatchObject({ decision: "fail" });
    const { result, measurements, sent } = await run("errors-2x", ERRORS, "errors");
    const n = expected.round;
    expect(result).toMatchObject({ verdict: "no-go", endedAt: isoAfter(n), endedEarly: true, failedChecks: ["errors"] });
    expect(result.reason).toMatch(
      new RegExp(`^errors ×2 \\(99%: 1\\.5\\d+–2\\.\\d\\) above ×1\\.5 \\(events: canary ${24 * n}/${60_000 * n}, baseline ${12 * n}/${60_000 * n}\\) in round ${n} \\(${n}m\\)\\.$`),
    );
    // Whole counts in every round, read from the raw counters: exactly the scenario's.
    for (const m of measurements("errors")) expect(m.sequential?.counts).toEqual(perMinute);
    expect(sent.slice(0, 4)).toEqual([
      { query: 'http_requests_total{code=~"5..", service="errors-2x", version="canary"}', time: isoAfter(1) },
      { query: 'http_requests_total{service="errors-2x", version="canary"}', time: isoAfter(1) },
      { query: 'http_requests_total{code=~"5..", service="errors-2x", version="stable"}', time: isoAfter(1) },
      { query: 'http_requests_total{service="errors-2x", version="stable"}', time: isoAfter(1) },
    ]);
    // The first round also read the counters at the soak's start.
    expect(sent.slice(4, 8).map((s) => s.time)).toEqual(Array(4).fill(isoAfter(0)));
  });

  it("leaves evidence whose counts, replayed, give the same decision", async () => {
    const { evidence } = await run("errors-2x", ERRORS, "errors");
    const check = evidence.checks["errors"] as unknown as { maxRatio: number; alpha: number; prior: { center: number; spread: number } };
    const readings = evidence.rounds.map((r) => r.measurements[0]!.sequential!);
    const state = replay(readings.flatMap((r) => (r.counts ? [r.counts] : [])), { maxRatio: check.maxRatio, prior: check.prior });
    expect(decide(state, check.maxRatio, check.alpha)).toBe(readings.at(-1)!.decision);
    expect(readings.at(-1)!.decision).toBe("fail");
    // One round fewer is still undecided: the gate stopped at the first decision.
    const before = replay(readings.slice(0, -1).map((r) => r.counts!), { maxRatio: check.maxRatio, prior: check.prior });
    expect(decide(before, check.maxRatio, check.alpha)).toBe("undecided");
  });
});

describe("a healthy canary, counted sequentially", () => {
  it("goes at min-soak, having passed before it, not at the end of the soak", async () => {
    const expected = decidedAt({ canaryEvents: 120, canaryTotal: 60_000, baselineEvents: 120, baselineTotal: 60_000 });
    expect(expected.decision).toBe("pass");
    expect(expected.round).toBeLessThan(10);
    const { result, measurements } = await run("healthy", ERRORS, "errors");
    expect(result).toMatchObject({ verdict: "go", endedAt: isoAfter(10), elapsed: 600, endedEarly: true });
    expect(result.reason).toMatch(/^errors passed: ×1 \(99%: 0\.\d+–1\.\d+\) below ×1\.5 \(events: canary 1200\/600000, baseline 1200\/600000\); 10 rounds; min-soak 10m reached at 10m\.$/);
    expect(measurements("errors").map((m) => m.outcome)).toEqual([...Array(expected.round - 1).fill("undecided"), ...Array(10 - expected.round + 1).fill("pass")]);
  });

  it("counts across a restart: the round of the reset counts the new value, so no request is lost", async () => {
    const { result, measurements } = await run("restarted", ERRORS, "errors", "soak: 30m, interval: 1m");
    expect(result).toMatchObject({ verdict: "go", endedAt: isoAfter(30) });
    const counts = measurements("errors").map((m) => m.sequential!.counts!);
    expect(counts).toHaveLength(30);
    for (const c of counts) expect(c).toEqual({ canaryEvents: 120, canaryTotal: 60_000, baselineEvents: 120, baselineTotal: 60_000 });
  });
});

describe("a latency regression, counted as requests above a bucket", () => {
  it("ends no-go once the canary's share of requests slower than 200ms is surely above 1.5 times the baseline's", async () => {
    const perMinute = { canaryEvents: 110, canaryTotal: 10_000, baselineEvents: 50, baselineTotal: 10_000 };
    const expected = decidedAt(perMinute);
    const { result, measurements } = await run("slow-canary", SLOW, "slow");
    expect(result).toMatchObject({ verdict: "no-go", endedAt: isoAfter(expected.round), failedChecks: ["slow"] });
    expect(result.reason).toMatch(new RegExp(`^slow ×2\\.2 \\(99%: 1\\.\\d+–\\d\\.\\d+\\) above ×1\\.5 .* in round ${expected.round} \\(${expected.round}m\\)\\.$`));
    for (const m of measurements("slow")) expect(m.sequential?.counts).toEqual(perMinute);
  });

  it("passes a canary as fast as its baseline", async () => {
    const { result, measurements } = await run("healthy", SLOW, "slow");
    expect(result).toMatchObject({ verdict: "go", endedAt: isoAfter(10) });
    for (const m of measurements("slow")) expect(m.sequential?.counts).toEqual({ canaryEvents: 20, canaryTotal: 10_000, baselineEvents: 20, baselineTotal: 10_000 });
  });
});
