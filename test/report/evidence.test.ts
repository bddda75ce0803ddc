import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { diskFiles } from "../../src/files.js";
import { buildEvidence, type Evidence } from "../../src/report/evidence.js";
import { renderSummary } from "../../src/report/summary.js";
import { alertsCheck, errorRate, httpCheck, limit, metricCheck, quantity } from "../fakes/builders.js";
import { overTime, runScenario } from "../fakes/gate.js";
import { sample, when } from "../fakes/metrics.js";
import { fakeProber } from "../fakes/prober.js";

const CANARY = 'version="canary"';
const STABLE = 'version="stable"';
const META = { generatedAt: "2026-01-05T12:00:00Z", repository: "acme/log-capturer", runId: "42", sha: "abc123" };

describe("buildEvidence", () => {
  it("holds every round, every measurement and the queries as sent", async () => {
    const check = errorRate({ baseline: { maxIncrease: quantity("1%"), severity: "fail" } });
    const { result, playbook, metrics } = await runScenario([check], [when(CANARY, overTime((m) => (m >= 20 ? 0.072 : 0.004))), when(STABLE, 0.003)]);
    const e = buildEvidence(result, playbook, playbook.stages[0]!, META);
    expect(e).toMatchObject({
      schemaVersion: 1,
      service: "log-capturer",
      verdict: "no-go",
      reason: "error-rate 7.2% crossed > 5% in round 4 (20m).",
      startedAt: "2026-01-05T10:00:00.000Z",
      endedAt: "2026-01-05T10:20:00.000Z",
      elapsed: 1200,
      endedEarly: true,
      cancelled: false,
      failedChecks: ["error-rate"],
      meta: META,
      stage: { name: "canary", weight: 10, soak: 7200, interval: 300, minSoak: 7200, failureLimit: 1, errorLimit: 3, noData: "inconclusive", checks: ["error-rate"] },
    });
    expect(e.rounds).toHaveLength(4);
    expect(e.rounds[3]!.measurements[0]).toMatchObject({ check: "error-rate", outcome: "fail", canary: 0.072, baseline: 0.003, limit: "> 5%" });
    expect(e.rounds[3]!.measurements[0]!.delta).toBeCloseTo(0.069, 12);
    const sent = metrics.calls.map((c) => c.query);
    expect(e.rounds.flatMap((r) => r.measurements.flatMap((m) => m.queries))).toEqual(sent);
    expect(e.checks["error-rate"]).toMatchObject({
      kind: "metric",
      canaryQuery: sent[0],
      baselineQuery: sent[1],
      dimension: "ratio",
      fail: { text: "> 5%", op: ">", value: 0.05, dimension: "ratio" },
      warn: { text: "> 1%", value: 0.01 },
      baseline: { maxIncrease: { text: "1%", value: 0.01 }, severity: "fail" },
    });
  });

  it("keeps NaN and ±Inf through JSON as strings, and instances of a spread", async () => {
    const p99 = metricCheck({ name: "p99", query: "hq(x{$selector})", fail: limit("> 1s") });
    const spread = metricCheck({ name: "hosts", query: "h{$selector}", spread: { by: ["instance"], warn: limit("> 10%") } });
    const { result, playbook } = await runScenario(
      [p99, spread],
      [when("hq(", Infinity), when("h{", [sample({ instance: "a" }, 1), sample({ instance: "b" }, 1)])],
      { soak: 300, minSoak: 300 },
    );
    const e: Evidence = JSON.parse(JSON.stringify(buildEvidence(result, playbook, playbook.stages[0]!, META)));
    expect(e.rounds[0]!.measurements[0]).toMatchObject({ check: "p99", outcome: "fail", canary: "+Inf" });
    expect(e.rounds[0]!.measurements[1]).toMatchObject({ check: "hosts", instances: { a: 1, b: 1 } });
  });

  it("records wait-for and preflight checks and their definitions", async () => {
    const health = httpCheck({ name: "canary-health" });
    const alerts = alertsCheck({ name: "critical-alerts" });
    const { result, playbook } = await runScenario([errorRate(), alerts], [when(CANARY, 0.004)], { soak: 300, minSoak: 300, waitFor: ["canary-health"] }, {
      playbook: { checks: { "error-rate": errorRate(), "critical-alerts": alerts, "canary-health": health } },
    });
    const e = buildEvidence(result, playbook, playbook.stages[0]!, META);
    expect(e.preconditions.map((m) => [m.check, m.outcome])).toEqual([["critical-alerts", "pass"], ["canary-health", "pass"]]);
    expect(e.checks["canary-health"]).toEqual({ kind: "http", url: health.url, method: "GET", status: [200], json: { status: "healthy" }, timeout: 5, retries: 2 });
    expect(e.checks["critical-alerts"]).toMatchObject({ kind: "alerts", query: 'ALERTS{alertstate="firing", service="log-capturer"}' });
  });

  it("never carries a token put in the playbook's headers, into the evidence or the summary", async () => {
    const token = "glsa_S3CRET-TOKEN-VALUE";
    const health = httpCheck({ name: "canary-health", headers: { Authorization: `Bearer ${token}` }, url: `https://probe:${token}@canary.internal/health` });
    const { result, playbook, log } = await runScenario(
      [errorRate(), health],
      [when(CANARY, overTime((m) => (m >= 10 ? new Error("boom") : 0.004)))],
      { soak: 1800, minSoak: 1800 },
      {
        playbook: { prometheus: { url: `https://user:${token}@prom.internal`, headers: { Authorization: `Bearer ${token}`, "X-Scope-OrgID": "tenant-1" }, timeout: 30 } },
        prober: fakeProber(() => ({ ok: false, status: 503, detail: "status 503, expected 200" })),
      },
    );
    const evidence = JSON.stringify(buildEvidence(result, playbook, playbook.stages[0]!, META));
    const summary = renderSummary(result, playbook, playbook.stages[0]!);
    expect(evidence).not.toContain(token);
    expect(evidence).not.toContain("tenant-1");
    expect(summary).not.toContain(token);
    expect(log.lines.join("\n")).not.toContain(token);
    expect(evidence).toContain("prom.internal");
  });
});

describe("the evidence as written", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("writes the JSON, creating the directory", async () => {
    dir = await mkdtemp(join(tmpdir(), "evidence-"));
    const { result, playbook } = await runScenario([errorRate()], [when(CANARY, NaN)], { soak: 600, minSoak: 600 });
    const evidence = buildEvidence(result, playbook, playbook.stages[0]!, META);
    const path = join(dir, "deep", "gate-canary.json");
    await diskFiles.writeText(path, `${JSON.stringify(evidence, null, 2)}\n`);
    const back = JSON.parse(await readFile(path, "utf8"));
    expect(back).toEqual(evidence);
    expect(back.verdict).toBe("inconclusive");
    expect(back.rounds[0].measurements[0].detail).toBe("no data: canary is NaN (0/0: no traffic?)");
  });
});
