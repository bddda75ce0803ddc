import { describe, expect, it } from "vitest";
import { evaluateCheck } from "../../src/judge/evaluate.js";
import type { JudgeDeps } from "../../src/judge/types.js";
import { formatPlanText } from "../../src/report/plan-format.js";
import { findStage } from "../../src/playbook/stages.js";
import { loadPlaybookFile } from "../helpers/playbook-file.js";
import { planStage } from "../../src/playbook/plan.js";
import { fakeMetrics } from "../fakes/metrics.js";

const quiet = { debug() {}, info() {}, warning() {}, error() {} };

describe("the plan shows exactly the queries the gate sends", () => {
  it.each([
    ["examples/demo/playbook.yml", "canary"],
    ["test/fixtures/playbooks/full.yml", "canary"],
    ["test/fixtures/playbooks/full.yml", "gradual"],
  ])("%s, stage %s", async (file, stageName) => {
    const pb = loadPlaybookFile(file);
    const plan = planStage(pb, findStage(pb, stageName, "stage"));
    for (const c of plan.checks) {
      if (c.kind !== "metric") continue;
      const metrics = fakeMetrics();
      const deps: JudgeDeps = { metrics, prober: { probe: () => Promise.reject(new Error("no probes")) }, clock: { now: () => new Date("2026-01-05T10:30:00Z"), sleep: async () => {} }, log: quiet };
      await evaluateCheck(pb.checks[c.name]!, pb, deps);
      const planned = [c.canaryQuery, ...(c.baselineQuery ? [c.baselineQuery] : [])];
      expect(metrics.calls.map((call) => call.query.trim()).sort(), c.name).toEqual(planned.sort());
    }
  });

  it("prints no baseline query for the demo's p99 check, which has no baseline comparison", () => {
    const demo = loadPlaybookFile("examples/demo/playbook.yml");
    const text = formatPlanText(planStage(demo, findStage(demo, "canary", "stage")));
    const from = text.indexOf("p99-latency (");
    const p99 = text.slice(from, text.indexOf("health (", from));
    expect(p99).toContain("canary:");
    expect(p99).not.toContain("baseline:");
  });
});
