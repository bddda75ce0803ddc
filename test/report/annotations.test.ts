import { describe, expect, it } from "vitest";
import { gateAnnotations } from "../../src/report/annotations.js";
import { alertsCheck, errorRate } from "../fakes/builders.js";
import { overTime, runScenario } from "../fakes/gate.js";
import { sample, when } from "../fakes/metrics.js";

const CANARY = 'version="canary"';

describe("gateAnnotations", () => {
  it("names a failing check with its value, round and limit", async () => {
    const { result } = await runScenario([errorRate()], [when(CANARY, overTime((m) => (m >= 20 ? 0.072 : 0.004)))]);
    expect(gateAnnotations(result)).toEqual([
      { level: "error", title: "error-rate failed (stage canary: no-go)", message: "error-rate: 7.2% crossed > 5% in round 4 (20m). Limit: > 5%." },
    ]);
  });

  it("warns for a check that only warned", async () => {
    const { result } = await runScenario([errorRate()], [when(CANARY, overTime((m) => (m === 30 ? 0.02 : 0.004)))], { soak: 3600, minSoak: 3600 });
    expect(result.verdict).toBe("conditional");
    expect(gateAnnotations(result)).toEqual([
      { level: "warning", title: "error-rate warned (stage canary)", message: "error-rate: 2% crossed > 1% (warn) in round 6 (30m)." },
    ]);
  });

  it("says why an inconclusive gate is not a go", async () => {
    const { result } = await runScenario([errorRate()], [], { soak: 600, minSoak: 600 });
    expect(gateAnnotations(result)).toEqual([{ level: "error", title: "Gate inconclusive (stage canary)", message: result.reason }]);
  });

  it("names a preflight alert", async () => {
    const alerts = alertsCheck({ name: "critical-alerts" });
    const { result } = await runScenario([alerts], [when("ALERTS", [sample({ alertname: "HighErrorRate" }, 1)])]);
    expect(gateAnnotations(result)).toEqual([
      { level: "error", title: "critical-alerts failed (stage canary: no-go)", message: "critical-alerts: firing: HighErrorRate before the soak. Limit: fail if a matching alert fires." },
    ]);
  });

  it("has nothing to say about a go", async () => {
    const { result } = await runScenario([errorRate()], [when(CANARY, 0.004)], { soak: 600, minSoak: 600 });
    expect(gateAnnotations(result)).toEqual([]);
  });
});
