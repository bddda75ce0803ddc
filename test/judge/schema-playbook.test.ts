/** The judge on a playbook parsed by the real schema, as the loader hands it over. */
import { describe, expect, it } from "vitest";
import { runSoak } from "../../src/judge/soak.js";
import { playbookSchema, toPlaybook } from "../../src/playbook/schema.js";
import { judgeDeps } from "../fakes/deps.js";
import { fakeMetrics, sample, when } from "../fakes/metrics.js";
import { fakeProber } from "../fakes/prober.js";

const playbook = toPlaybook(
  playbookSchema.parse({
    version: 1,
    service: "log-capturer",
    selectors: { canary: { track: "canary" }, baseline: { track: "stable" } },
    checks: {
      "error-rate": { query: "sum(rate(failed_total{$selector}[5m])) / sum(rate(processed_total{$selector}[5m]))", fail: "> 5%", warn: "> 1%" },
      "memory-growth": { query: "max(deriv(memory_bytes{$selector}[30m]))", per: "1h", fail: "> 20MB", warn: "> 10MB" },
      goroutines: { query: "avg(goroutines{$selector})", fail: "> 1000", baseline: { "max-increase": 100 } },
      "host-spread": { query: "sum by (instance) (rate(processed_total{$selector}[5m]))", spread: { warn: "> 10%" } },
      "canary-health": { http: "http://canary:8401/health", expect: { status: 200, json: { status: "healthy" } } },
      "critical-alerts": { alerts: { match: { service: "log-capturer", severity: "critical" } } },
    },
    stages: [
      {
        name: "canary",
        weight: 10,
        soak: "2h",
        interval: "5m",
        "wait-for": ["canary-health"],
        checks: ["error-rate", "memory-growth", "goroutines", "host-spread", "canary-health", "critical-alerts"],
      },
    ],
  }),
);

describe("a playbook from the schema", () => {
  it("holds the canary stage to a go on healthy data", async () => {
    const metrics = fakeMetrics(
      when("ALERTS", null),
      when('failed_total{track="canary"}', 0.004),
      when('memory_bytes{track="canary"}', 500),
      when('goroutines{track="canary"}', 320),
      when('goroutines{track="stable"}', 300),
      when('by (instance) (rate(processed_total{track="canary"}', [sample({ instance: "a" }, 120), sample({ instance: "b" }, 118)]),
    );
    const { deps } = judgeDeps({ metrics, prober: fakeProber() });
    const result = await runSoak({ playbook, stage: playbook.stages[0]! }, deps);
    expect(result.verdict).toBe("go");
    expect(result.rounds).toHaveLength(24);
    expect(result.rounds[0]!.measurements.map((m) => [m.check, m.outcome])).toEqual([
      ["error-rate", "pass"],
      ["memory-growth", "pass"],
      ["goroutines", "pass"],
      ["host-spread", "pass"],
      ["canary-health", "pass"],
      ["critical-alerts", "pass"],
    ]);
    expect(result.rounds[0]!.measurements[1]).toMatchObject({ canary: 1_800_000, dimension: "bytes" });
    expect(result.rounds[0]!.measurements[2]).toMatchObject({ canary: 320, baseline: 300, delta: 20 });
  });
});
