/**
 * For random data, no path returns go without data behind it: whenever some check had no
 * usable reading (no data, NaN or an error) in every round, the verdict is not go.
 */
import { describe, expect, it } from "vitest";
import { runSoak } from "../../src/judge/soak.js";
import { MetricsError } from "../../src/metrics/types.js";
import type { NoDataPolicy } from "../../src/playbook/types.js";
import { errorRate, metricCheck, playbook, quantity } from "../fakes/builders.js";
import { judgeDeps } from "../fakes/deps.js";
import { fakeMetrics, when, type Answer } from "../fakes/metrics.js";

/** A small seeded generator (mulberry32), so a failure is reproducible from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

describe("never go without data", () => {
  it.each(Array.from({ length: 150 }, (_, i) => i + 1))("seed %i", async (seed) => {
    const r = random(seed);
    const healthy: Answer[] = [0.001, 0.002, 0.004];
    const missing: Answer[] = [null, NaN, new MetricsError("http", "503", 503), new MetricsError("timeout", "timed out")];
    const anything: Answer[] = [...healthy, ...missing, 0.02, 0.08];
    // Check b is the one that may never have data; a is anything at all.
    const bNeverMeasured = r() < 0.3;
    const a = errorRate({ name: "a", query: "a{$selector}" });
    const b = metricCheck({ name: "b", query: "b{$selector}", baseline: { maxIncrease: quantity("1%"), severity: pick(r, ["fail", "warn"] as const) } });
    const metrics = fakeMetrics(
      when("a{", () => pick(r, r() < 0.93 ? healthy : anything)),
      when('b{version="canary"}', () => (bNeverMeasured ? pick(r, missing) : pick(r, r() < 0.93 ? healthy : anything))),
      when('b{version="stable"}', () => (bNeverMeasured ? pick(r, missing) : pick(r, healthy))),
    );
    const { deps } = judgeDeps({ metrics });
    const p = playbook([a, b], {
      soak: 1800,
      interval: 300,
      minSoak: pick(r, [900, 1800]),
      noData: pick(r, ["inconclusive", "fail", "warn"] as NoDataPolicy[]),
      errorLimit: pick(r, [1, 3, 10]),
      failureLimit: pick(r, [1, 2]),
    });
    const result = await runSoak({ playbook: p, stage: p.stages[0]! }, deps);

    const usable = (check: string) =>
      result.rounds.some((round) => round.measurements.some((m) => m.check === check && m.outcome !== "no-data" && m.outcome !== "error"));
    if (!usable("a") || !usable("b")) expect(result.verdict).not.toBe("go");
    if (bNeverMeasured) expect(result.verdict).not.toBe("go");
    if (result.verdict === "go") {
      for (const check of ["a", "b"]) {
        const outcomes = result.rounds.flatMap((round) => round.measurements.filter((m) => m.check === check).map((m) => m.outcome));
        expect(outcomes).toContain("pass");
        expect(outcomes.every((o) => o === "pass" || o === "error")).toBe(true);
      }
    }
  });
});
