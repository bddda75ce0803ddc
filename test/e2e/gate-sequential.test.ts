/**
 * The sequential check through the built gate bundle, against a real Prometheus backfilled
 * around now: a 10x error regression ends no-go at the first decision, a healthy canary
 * ends go once min-soak has passed, and the evidence holds every round's whole counts, so
 * replaying them gives the same decision.
 */
import { describe, expect, it } from "vitest";
import { decide, replay, type RoundCounts } from "../../src/judge/sequential/rate-ratio.js";
import { openMetrics } from "../../tools/openmetrics.js";
import { usePrometheus } from "../helpers/use-prometheus.js";
import { runGate } from "./gate-world.js";

/** Requests and 5xx per second of each side, by scenario. */
const SIDES = {
  regression: { canary: { ok: 1000, errors: 50 }, stable: { ok: 1000, errors: 5 } },
  healthy: { canary: { ok: 1000, errors: 20 }, stable: { ok: 1000, errors: 20 } },
} as const;

function aroundNow(now = Date.now()): string {
  const start = new Date(Math.floor((now - 10 * 60_000) / 5000) * 5000);
  const builder = openMetrics({ start, end: new Date(now + 10 * 60_000), stepSeconds: 5 });
  for (const [scenario, sides] of Object.entries(SIDES)) {
    for (const [version, rates] of Object.entries(sides)) {
      builder.counter("http_requests_total", { scenario, version, code: "200" }, { perSecond: () => rates.ok });
      builder.counter("http_requests_total", { scenario, version, code: "500" }, { perSecond: () => rates.errors });
    }
  }
  return builder.text();
}

const prometheus = usePrometheus(() => ({ openmetrics: aroundNow() }));

const playbook = (scenario: keyof typeof SIDES, url: string) => `version: 1
service: log-capturer
prometheus: { url: "${url}" }
selectors:
  canary: { scenario: ${scenario}, version: canary }
  baseline: { scenario: ${scenario}, version: stable }
checks:
  errors:
    sequential:
      events: 'http_requests_total{code=~"5..", $selector}'
      total: 'http_requests_total{$selector}'
      max-ratio: 1.5
stages:
  - { name: canary, weight: 10, soak: 60s, interval: 5s, min-soak: 10s, checks: [errors] }
`;

/** The counts of every round of the evidence, as the statistics take them. */
function roundCounts(evidence: Record<string, any> | undefined): RoundCounts[] {
  return (evidence?.rounds ?? []).flatMap((r: { measurements: { check: string; sequential?: { counts?: RoundCounts } }[] }) => {
    const counts = r.measurements.find((m) => m.check === "errors")?.sequential?.counts;
    return counts ? [counts] : [];
  });
}

describe.concurrent("the sequential check through the gate bundle", () => {
  it("ends a 10x error regression no-go at once, with the interval above max-ratio", async () => {
    const run = await runGate(playbook("regression", prometheus().url));
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: "no-go", "failed-checks": "errors" });
    expect(run.evidence).toMatchObject({ verdict: "no-go", endedEarly: true });
    expect(run.evidence!["reason"]).toMatch(/^errors ×\d+(\.\d+)? \(99%: [\d.]+–[\d.]+\) above ×1\.5/);
    expect(run.summary).toContain("above ×1.5");
    const counts = roundCounts(run.evidence);
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) {
      expect(Number.isInteger(c.canaryEvents) && Number.isInteger(c.canaryTotal)).toBe(true);
      expect(c.canaryEvents).toBeGreaterThan(c.baselineEvents);
    }
    // Anyone can recompute the verdict from the evidence.
    expect(decide(replay(counts, { maxRatio: 1.5 }), 1.5, 0.01)).toBe("fail");
  });

  it("ends a healthy canary go after min-soak, before its soak, with the interval below max-ratio", async () => {
    const run = await runGate(playbook("healthy", prometheus().url));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: "go" });
    expect(run.evidence).toMatchObject({ verdict: "go", endedEarly: true });
    expect(run.evidence!["elapsed"]).toBeGreaterThanOrEqual(10);
    expect(run.evidence!["elapsed"]).toBeLessThan(60);
    const counts = roundCounts(run.evidence);
    expect(decide(replay(counts, { maxRatio: 1.5 }), 1.5, 0.01)).toBe("pass");
  }, 60_000);
});
