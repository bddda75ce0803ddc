import { describe, expect, it } from "vitest";
import { runSoak } from "../../src/judge/soak.js";
import { confidenceSequence, createRateRatio, decide, replay, update, type RoundCounts, type SequentialDecision } from "../../src/judge/sequential/rate-ratio.js";
import type { Measurement, Outcome, Round } from "../../src/judge/types.js";
import { judgeRounds } from "../../src/judge/verdict.js";
import { formatInterval } from "../../src/judge/sequential/words.js";
import { MetricsError } from "../../src/metrics/types.js";
import type { Check, Stage } from "../../src/playbook/types.js";
import { buildEvidence } from "../../src/report/evidence.js";
import { errorRate, playbook, sequentialCheck, stage } from "../fakes/builders.js";
import { counterRules, side, steady, type SideCounters } from "../fakes/counters.js";
import { judgeDeps } from "../fakes/deps.js";
import { overTime } from "../fakes/gate.js";
import { fakeMetrics, when, type Rule } from "../fakes/metrics.js";

const errors = sequentialCheck({ name: "errors" });
/** Half an hour at a round a minute; a go may end it after 15 minutes. */
const STAGE: Partial<Stage> = { soak: 1800, interval: 60, minSoak: 900 };
/** The baseline: 9000 requests a minute, 1% errors; the canary serves 1000 a minute. */
const BASELINE = side(9000, 90);
/** A baseline without a single error: rounds with no events on either side tell nothing. */
const FLAWLESS: SideCounters = { events: () => null, total: steady(9000) };

async function gate(sides: { canary: SideCounters; baseline?: SideCounters }, settings: Partial<Stage> = {}, checks: Check[] = [errors], extra: Rule[] = []) {
  const metrics = fakeMetrics(...extra, ...counterRules({ canary: sides.canary, baseline: sides.baseline ?? BASELINE }));
  const { deps, log } = judgeDeps({ metrics });
  const p = playbook(checks, { ...STAGE, ...settings });
  const result = await runSoak({ playbook: p, stage: p.stages[0]! }, deps);
  const of = (name: string) => result.rounds.map((r) => r.measurements.find((m) => m.check === name)!);
  return { result, log, metrics, playbook: p, measurements: of("errors") };
}

/** The first round at which the statistics alone decide, for the same counts: the gate must stop there. */
function firstDecision(counts: RoundCounts, rounds: number): { round: number; decision: string } {
  let state = createRateRatio({ maxRatio: 1.5 });
  for (let r = 1; r <= rounds; r++) {
    state = update(state, counts).state;
    const decision = decide(state, 1.5, 0.01);
    if (decision !== "undecided") return { round: r, decision };
  }
  return { round: rounds, decision: "undecided" };
}

const counts = (m: Measurement) => m.sequential?.counts;

describe("the sequential check in a soak", () => {
  it("ends a 2x error regression as no-go at the round the sequence lies above max-ratio, whatever min-soak says", async () => {
    const expected = firstDecision({ canaryEvents: 20, canaryTotal: 1000, baselineEvents: 90, baselineTotal: 9000 }, 30);
    expect(expected.decision).toBe("fail");
    const { result, measurements } = await gate({ canary: side(1000, 20) }, { minSoak: 1800, failureLimit: 3 });
    expect(result).toMatchObject({ verdict: "no-go", endedEarly: true, failedChecks: ["errors"], elapsed: expected.round * 60 });
    expect(result.rounds).toHaveLength(expected.round);
    expect(result.reason).toMatch(
      new RegExp(`^errors ×2 \\(99%: 1\\.\\d+–2\\.\\d+\\) above ×1\\.5 \\(events: canary ${20 * expected.round}/${1000 * expected.round}, baseline ${90 * expected.round}/${9000 * expected.round}\\) in round ${expected.round} \\(${expected.round}m\\)\\.$`),
    );
    expect(measurements.slice(0, -1).every((m) => m.outcome === "undecided")).toBe(true);
    expect(measurements.at(-1)).toMatchObject({ outcome: "fail", canary: 0.02, baseline: 0.01, limit: "max-ratio ×1.5 at 99%" });
    for (const m of measurements) expect(counts(m)).toEqual({ canaryEvents: 20, canaryTotal: 1000, baselineEvents: 90, baselineTotal: 9000 });
  });

  it("ends a healthy canary as go once min-soak is reached, having passed before it", async () => {
    const passed = firstDecision({ canaryEvents: 10, canaryTotal: 1000, baselineEvents: 90, baselineTotal: 9000 }, 30);
    expect(passed.decision).toBe("pass");
    expect(passed.round).toBeLessThan(15);
    const { result, measurements } = await gate({ canary: side(1000, 10) }, {}, [errors, errorRate()], [when("errors_total", 0.01)]);
    expect(result).toMatchObject({ verdict: "go", endedEarly: true, elapsed: 900, failedChecks: [], conditionalChecks: [] });
    expect(result.reason).toMatch(/^errors passed: ×1 \(99%: 0\.\d+–1\.\d+\) below ×1\.5 \(events: canary 150\/15000, baseline 1350\/135000\); the other check passed in every one of 15 rounds; min-soak 15m reached at 15m\.$/);
    expect(measurements.map((m) => m.outcome)).toEqual([...Array(passed.round - 1).fill("undecided"), ...Array(15 - passed.round + 1).fill("pass")]);
  });

  it("ends a healthy canary as go once it passes, when min-soak is already behind", async () => {
    const passed = firstDecision({ canaryEvents: 10, canaryTotal: 1000, baselineEvents: 90, baselineTotal: 9000 }, 30);
    const { result } = await gate({ canary: side(1000, 10) }, { minSoak: 120 });
    expect(result).toMatchObject({ verdict: "go", endedEarly: true, elapsed: passed.round * 60 });
    expect(result.reason).toMatch(new RegExp(`; ${passed.round} rounds; min-soak 2m reached at ${passed.round}m\\.$`));
  });

  it("never goes early without min-soak: a pass holds until the soak ends, then goes", async () => {
    const { result } = await gate({ canary: side(1000, 10) }, { minSoak: 1800 });
    expect(result).toMatchObject({ verdict: "go", endedEarly: false, elapsed: 1800 });
    expect(result.reason).toMatch(/^All 1 checks passed in every counted round: 30 rounds over 30m; errors passed: ×1 \(99%: /);
  });

  it("does not go early while another check has warned, and ends conditional", async () => {
    const { result } = await gate({ canary: side(1000, 10) }, {}, [errors, errorRate()], [when("errors_total", overTime((m) => (m === 3 ? 0.02 : 0.01)))]);
    expect(result).toMatchObject({ verdict: "conditional", endedEarly: false, conditionalChecks: ["error-rate"] });
  });

  it("is conditional, never go, when still undecided at the end of the soak, with its interval", async () => {
    const { result, measurements } = await gate({ canary: side(1000, 15) }, { soak: 600, minSoak: 300 });
    expect(measurements.every((m) => m.outcome === "undecided")).toBe(true);
    expect(result).toMatchObject({ verdict: "conditional", conditionalChecks: ["errors"], failedChecks: [] });
    expect(result.reason).toMatch(/^errors undecided: ×1\.5 \(99%: \d(\.\d+)?–\d(\.\d+)?\) includes ×1\.5 \(events: canary 150\/10000, baseline 900\/90000\) when the soak ended \(round 10 \(10m\)\): never a go\.$/);
  });

  it("lets a fail after a held pass win: fail closed", async () => {
    // Healthy until minute 10 (a pass comes before then), then 20 times the baseline's rate.
    const { result, measurements } = await gate({ canary: side(1000, (m) => (m <= 10 ? 10 : 200)) }, { minSoak: 1800 });
    const outcomes = measurements.map((m) => m.outcome);
    expect(outcomes).toContain("pass");
    expect(result).toMatchObject({ verdict: "no-go", failedChecks: ["errors"], endedEarly: true });
    expect(outcomes.at(-1)).toBe("fail");
    expect(outcomes.indexOf("pass")).toBeLessThan(outcomes.indexOf("fail"));
  });
});

describe("reading counts", () => {
  it("takes its first reading at the soak's start, so round 1 already counts", async () => {
    const { metrics, measurements } = await gate({ canary: side(1000, 20) });
    const start = metrics.calls.filter((c) => c.time.getTime() === new Date("2026-01-05T10:00:00Z").getTime()).map((c) => c.query);
    expect(start).toEqual([
      'http_requests_total{code=~"5..", version="canary"}',
      'http_requests_total{version="canary"}',
      'http_requests_total{code=~"5..", version="stable"}',
      'http_requests_total{version="stable"}',
    ]);
    expect(counts(measurements[0]!)).toEqual({ canaryEvents: 20, canaryTotal: 1000, baselineEvents: 90, baselineTotal: 9000 });
    // Four queries a round after that, the same four.
    expect(metrics.calls).toHaveLength(4 * (measurements.length + 1));
  });

  it("counts a reset counter's new value as its increase", async () => {
    // The canary restarts at minute 4: its counters fall back to 0 and count 1000 (10 errors) a minute again.
    const restarted = (perMinute: number) => (minute: number) => [{ labels: { code: "x" }, value: perMinute * (minute < 4 ? minute : minute - 3.5) }];
    const { measurements } = await gate({ canary: { events: restarted(10), total: restarted(1000) } }, { soak: 360 });
    expect(measurements.map((m) => counts(m)?.canaryTotal)).toEqual([1000, 1000, 1000, 500, 1000, 1000]);
    expect(measurements.map((m) => counts(m)?.canaryEvents)).toEqual([10, 10, 10, 5, 10, 10]);
  });

  it("keeps a missing series' last reading and counts its increments when it comes back", async () => {
    // Two canary pods; pod b's series are missing from the round at minute 3.
    const pods = (perMinute: number) => (minute: number) => [
      { labels: { pod: "a" }, value: perMinute * minute },
      ...(minute === 3 ? [] : [{ labels: { pod: "b" }, value: perMinute * minute }]),
    ];
    const { measurements } = await gate({ canary: { events: pods(5), total: pods(500) } }, { soak: 300 });
    expect(measurements.map((m) => counts(m)?.canaryTotal)).toEqual([1000, 1000, 500, 1500, 1000]);
    expect(measurements.map((m) => counts(m)?.canaryEvents)).toEqual([10, 10, 5, 15, 10]);
  });

  it("counts a series first seen mid-soak from zero: the first error of a new code", async () => {
    const late = (minute: number) => (minute >= 2 ? [{ labels: { code: "503" }, value: 7 * (minute - 1) }] : []);
    const { measurements } = await gate({ canary: { events: late, total: steady(1000) } }, { soak: 180 });
    expect(measurements.map((m) => counts(m)?.canaryEvents)).toEqual([0, 7, 7]);
    expect(measurements.map((m) => m.outcome)).not.toContain("no-data");
  });

  it("reads no events counter at all (no error yet) as zero events, not as missing data; no events on either side is undecided", async () => {
    const { measurements } = await gate({ canary: { events: () => null, total: steady(1000) }, baseline: FLAWLESS }, { soak: 180 });
    expect(measurements.map((m) => counts(m)?.canaryEvents)).toEqual([0, 0, 0]);
    expect(measurements.map((m) => m.outcome)).toEqual(["undecided", "undecided", "undecided"]);
  });

  it("counts latency events as total minus good (requests above a bucket)", async () => {
    const bucket = sequentialCheck({ name: "errors", events: undefined, good: 'http_request_duration_seconds_bucket{le="0.5", $selector}', total: "http_request_duration_seconds_count{$selector}" });
    const rules = [
      when((q) => q.includes('le="0.5", version="canary"'), (ctx) => steady(960)(minutesOf(ctx.time))),
      when((q) => q.includes('le="0.5", version="stable"'), (ctx) => steady(8910)(minutesOf(ctx.time))),
      when((q) => q.includes('_count{version="canary"}'), (ctx) => steady(1000)(minutesOf(ctx.time))),
      when((q) => q.includes('_count{version="stable"}'), (ctx) => steady(9000)(minutesOf(ctx.time))),
    ];
    const metrics = fakeMetrics(...rules);
    const { deps } = judgeDeps({ metrics });
    const p = playbook([bucket], { ...STAGE, minSoak: 1800 });
    const result = await runSoak({ playbook: p, stage: p.stages[0]! }, deps);
    const first = result.rounds[0]!.measurements[0]!;
    expect(counts(first)).toEqual({ canaryEvents: 40, canaryTotal: 1000, baselineEvents: 90, baselineTotal: 9000 });
    expect(result.verdict).toBe("no-go");
    expect(result.reason).toMatch(/^errors ×4 \(99%: \d\.\d+–\d\.\d+\) above ×1\.5 \(events: canary 40\/1000, baseline 90\/9000\) in round 1 \(1m\)\.$/);
  });
});

describe("no data and errors are never a pass", () => {
  it("makes a round in which the canary served nothing no-data, and the verdict inconclusive", async () => {
    const idle = (minute: number) => [{ labels: {}, value: minute < 3 ? 1000 * minute : 3000 }];
    const { result, measurements } = await gate({ canary: { events: () => null, total: idle }, baseline: FLAWLESS }, { soak: 300, minSoak: 60 });
    // Serving until minute 3, idle after.
    expect(measurements.map((m) => m.outcome)).toEqual(["undecided", "undecided", "undecided", "no-data", "no-data"]);
    expect(measurements[3]!.detail).toBe("no data: the canary served no requests in this round");
    expect(result).toMatchObject({ verdict: "inconclusive" });
    expect(result.reason).toMatch(/^errors had no data in 2 of 5 rounds \(first in round 4 \(4m\): no data: the canary served no requests in this round\)\.$/);
  });

  it("makes a baseline without traffic no-data too", async () => {
    const { measurements } = await gate({ canary: side(1000, 10), baseline: { events: () => null, total: () => [{ labels: {}, value: 5 }] } }, { soak: 120 });
    expect(measurements.map((m) => m.detail)).toEqual(["no data: the baseline served no requests in this round", "no data: the baseline served no requests in this round"]);
  });

  it("makes a total counter that matches no series no-data, and counts across it once it is back", async () => {
    const gap = (minute: number) => (minute === 2 ? null : [{ labels: {}, value: 1000 * minute }]);
    const { measurements } = await gate({ canary: { events: () => null, total: gap }, baseline: FLAWLESS }, { soak: 240 });
    expect(measurements.map((m) => m.outcome)).toEqual(["undecided", "no-data", "undecided", "undecided"]);
    expect(measurements[1]!.detail).toBe("no data: the canary's total counter matched no series");
    expect(measurements.map((m) => counts(m)?.canaryTotal)).toEqual([1000, undefined, 2000, 1000]);
  });

  it("makes a failed read an error, and the next round's counts cover the round it missed", async () => {
    const flaky = (minute: number) => (minute === 2 ? new MetricsError("timeout", "Prometheus did not answer within 10s") : [{ labels: {}, value: 1000 * minute }]);
    const { measurements } = await gate({ canary: { events: () => null, total: flaky }, baseline: FLAWLESS }, { soak: 240 });
    expect(measurements.map((m) => m.outcome)).toEqual(["undecided", "error", "undecided", "undecided"]);
    expect(measurements[1]!.detail).toBe("errors: Prometheus did not answer within 10s");
    expect(measurements.map((m) => counts(m)?.canaryTotal)).toEqual([1000, undefined, 2000, 1000]);
  });

  it("gives the last counted round's interval in the verdict, not a later error's words", async () => {
    const flaky = (minute: number) => (minute === 30 ? new MetricsError("timeout", "Prometheus did not answer within 10s") : [{ labels: {}, value: 1000 * minute }]);
    const { result, measurements } = await gate({ canary: { events: steady(10), total: flaky } }, { minSoak: 1800 });
    expect(measurements.at(-1)!.outcome).toBe("error");
    expect(result.verdict).toBe("go");
    expect(result.reason).toMatch(/\(1 errored reading not counted\); errors passed: ×1 \(99%: [\d.]+–[\d.]+\) below ×1\.5 \(events: canary 290\/29000, baseline 2610\/261000\)\.$/);
  });

  it("makes a counter that is not a whole count an error", async () => {
    const { measurements } = await gate({ canary: { events: () => null, total: (minute) => [{ labels: { __name__: "latency_seconds_sum", pod: "a" }, value: 0.25 * minute }] } }, { soak: 60 });
    expect(measurements[0]).toMatchObject({ outcome: "error" });
    expect(measurements[0]!.detail).toBe('errors: latency_seconds_sum{pod="a"} reads 0.25, not a whole count: expected a counter of requests or events');
  });

  it("makes events above the total an error: the counters do not count the same requests", async () => {
    const { measurements } = await gate({ canary: { events: steady(2000), total: steady(1000) } }, { soak: 60 });
    expect(measurements[0]).toMatchObject({ outcome: "error" });
    expect(measurements[0]!.detail).toBe("errors: on the canary, events 2000 against total 1000: the counters do not count the same requests");
  });
});

describe("the evidence", () => {
  it("holds every round's counts: replaying them gives the gate's decision and interval", async () => {
    const { result, playbook: p } = await gate({ canary: side(1000, 20) });
    const evidence = JSON.parse(JSON.stringify(buildEvidence(result, p, p.stages[0]!, { generatedAt: result.endedAt }))) as ReturnType<typeof buildEvidence>;
    const check = evidence.checks["errors"] as unknown as { maxRatio: number; alpha: number; prior: { center: number; spread: number } };
    const rounds = evidence.rounds.map((r) => r.measurements.find((m) => m.check === "errors")!.sequential!);
    const state = replay(rounds.flatMap((r) => (r.counts ? [r.counts] : [])), { maxRatio: check.maxRatio, prior: check.prior });
    expect(decide(state, check.maxRatio, check.alpha)).toBe("fail");
    expect(rounds.at(-1)!.decision).toBe("fail");
    expect(evidence.verdict).toBe("no-go");
    const interval = confidenceSequence(state, check.alpha);
    expect(rounds.at(-1)!.interval).toEqual({ estimate: interval.estimate, lower: interval.lower, upper: interval.upper });
  });

  it("writes an infinite upper bound as +Inf", async () => {
    const { result, playbook: p } = await gate({ canary: { events: steady(5), total: steady(1000) }, baseline: { events: () => null, total: steady(9000) } }, { soak: 60 });
    const evidence = buildEvidence(result, p, p.stages[0]!, { generatedAt: result.endedAt });
    expect(evidence.rounds[0]!.measurements[0]!.sequential!.interval).toMatchObject({ estimate: "+Inf", upper: "+Inf" });
  });
});

describe("the round log", () => {
  it("shows each side's events, the ratio and its interval", async () => {
    const { log } = await gate({ canary: side(1000, 20) }, { soak: 120 });
    const line = log.lines.find((l) => l.startsWith("round 2/2"))!.split("\n")[1]!;
    expect(line).toMatch(/^ {2}errors {2}canary 2% \(40\/2000\) {2}baseline 1% \(180\/18000\) {2}ratio ×2 \(99%: \d(\.\d+)?–\d(\.\d+)?\) {2}undecided {2}\(max-ratio ×1\.5 at 99%\) {2}undecided: ×2 /);
  });
});

function minutesOf(time: Date): number {
  return (time.getTime() - new Date("2026-01-05T10:00:00Z").getTime()) / 60_000;
}

/**
 * Rounds from one outcome string per check: p pass, w warn, f fail, n no-data, e error,
 * u undecided. A check named `seq…` is sequential: its measurements carry the decision.
 */
function rounds(perCheck: Record<string, string>): Round[] {
  const codes: Record<string, Outcome> = { p: "pass", w: "warn", f: "fail", n: "no-data", e: "error", u: "undecided" };
  const length = Math.max(...Object.values(perCheck).map((s) => s.length));
  let held: Record<string, SequentialDecision> = {};
  return Array.from({ length }, (_, i) => ({
    index: i + 1,
    at: new Date(Date.UTC(2026, 0, 5, 10, 5 * (i + 1))).toISOString(),
    elapsed: 300 * (i + 1),
    measurements: Object.entries(perCheck).map(([check, s]): Measurement => {
      const outcome = codes[s[i]!]!;
      const base = { check, outcome, dimension: "ratio" as const, detail: `${outcome} detail`, queries: [], warnings: [] };
      if (!check.startsWith("seq")) return base;
      if (outcome === "pass" || outcome === "fail" || outcome === "undecided") held = { ...held, [check]: outcome };
      const decision = held[check] ?? "undecided";
      return { ...base, sequential: { maxRatio: 1.5, alpha: 0.01, decision, interval: { lower: 0, upper: Infinity }, canaryEvents: 0, canaryTotal: 0, baselineEvents: 0, baselineTotal: 0 } };
    }),
  }));
}

describe("the verdict with sequential checks", () => {
  // Rounds every 5m; min-soak 15m (round 3) of a 1h soak unless said otherwise.
  const minSoak = stage({ soak: 3600, minSoak: 900 });
  it.each([
    ["a sequential pass and another check passing every round, at min-soak", { seq: "uup", a: "ppp" }, minSoak, "go", true],
    ["a sequential pass before min-soak waits for it", { seq: "up", a: "pp" }, minSoak, "inconclusive", false],
    ["still undecided at min-soak", { seq: "uuu", a: "ppp" }, minSoak, "inconclusive", false],
    ["another check that warned once", { seq: "uup", a: "pwp" }, minSoak, "inconclusive", false],
    ["another check with an errored round", { seq: "uup", a: "pep" }, minSoak, "inconclusive", false],
    ["a sequential no-data round before its pass", { seq: "unp", a: "ppp" }, minSoak, "inconclusive", false],
    ["two sequential checks, one still undecided", { seq1: "uup", seq2: "uuu" }, minSoak, "inconclusive", false],
    ["a sequential fail under failure-limit 3", { seq: "uf", a: "pp" }, stage({ soak: 3600, minSoak: 900, failureLimit: 3 }), "no-go", true],
    ["a sequential pass without min-soak", { seq: "uup", a: "ppp" }, stage({ soak: 3600 }), "inconclusive", false],
  ] as const)("during the soak: %s → %s", (_, outcomes, settings, verdict, stop) => {
    const j = judgeRounds(rounds(outcomes), Object.keys(outcomes), settings, { final: false });
    expect({ verdict: j.verdict, stop: j.stop }).toEqual({ verdict, stop });
  });

  it.each([
    ["passed after undecided rounds", { seq: "uuup", a: "pppp" }, "go", []],
    ["undecided at the end", { seq: "uuuu", a: "pppp" }, "conditional", ["seq"]],
    ["undecided, with a no-data round", { seq: "uunu", a: "pppp" }, "inconclusive", ["seq"]],
    ["passed, with a no-data round", { seq: "upnp", a: "pppp" }, "inconclusive", []],
    ["passed, another check warned", { seq: "uupp", a: "ppwp" }, "conditional", ["a"]],
    ["only errored", { seq: "eeee" }, "inconclusive", []],
  ] as const)("at the end: %s → %s", (_, outcomes, verdict, conditional) => {
    const j = judgeRounds(rounds(outcomes), Object.keys(outcomes), stage({ errorLimit: 10 }), { final: true });
    expect(j.verdict).toBe(verdict);
    expect(j.conditionalChecks).toEqual(conditional);
  });
});

describe("an interval in words", () => {
  it.each([
    [{ estimate: 2.04, lower: 1.6, upper: 2.81 }, "×2 (99%: 1.6–2.8)"],
    [{ estimate: 2, lower: 1.5011, upper: 2.61 }, "×2 (99%: 1.501–2.6)"],
    [{ estimate: 1, lower: 0.64, upper: 1.4913 }, "×1 (99%: 0.64–1.49)"],
    [{ estimate: 1.5, lower: 1.1, upper: 2.04 }, "×1.5 (99%: 1.1–2)"],
    [{ estimate: Infinity, lower: 3.2, upper: Infinity }, "×∞ (99%: 3.2–∞)"],
    [{ lower: 0, upper: Infinity }, "no events yet (99%: 0–∞)"],
  ])("keeps each bound on its side of max-ratio 1.5: %o", (interval, text) => {
    expect(formatInterval(interval, 0.01, 1.5)).toBe(text);
  });
});
