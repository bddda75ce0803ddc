import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { loadPlaybookFile } from "../helpers/playbook-file.js";
import { formatPlanMarkdown, formatPlanText } from "../../src/report/plan-format.js";
import { findStage } from "../../src/playbook/stages.js";
import { planAll, planStage, type MetricCheckPlan } from "../../src/playbook/plan.js";
import { alertsQuery } from "../../src/playbook/promql.js";

const pb = loadPlaybookFile("test/fixtures/playbooks/full.yml");

describe("planStage", () => {
  const canary = planStage(pb, findStage(pb, "canary", "stage"));

  it("resolves the stage's numbers", () => {
    expect(canary).toMatchObject({
      stage: "canary", index: 0, of: 3, weight: 10, soak: "2h", soakSeconds: 7200, interval: "5m",
      minSoak: "30m", waitTimeout: "10m", failureLimit: 1, errorLimit: 3, noData: "inconclusive",
    });
    expect(canary.checks.map((c) => c.name)).toEqual(["error-rate", "p99-latency", "memory-growth", "goroutines", "host-balance", "health", "no-alerts"]);
    expect(canary.waitFor.map((c) => c.name)).toEqual(["health"]);
  });

  it("renders the canary and baseline queries of a metric check", () => {
    const errors = canary.checks[0] as MetricCheckPlan;
    expect(errors).toMatchObject({
      kind: "metric",
      fail: "> 5%",
      warn: "> 1%",
      baseline: ["at most +1% vs baseline"],
      canaryQuery: 'sum(rate(http_requests_total{code=~"5..", version="canary"}[5m])) / sum(rate(http_requests_total{version="canary"}[5m]))',
      baselineQuery: 'sum(rate(http_requests_total{code=~"5..", version="stable"}[5m])) / sum(rate(http_requests_total{version="stable"}[5m]))',
    });
  });

  it("keeps limits as written and states the tolerances", () => {
    const byName = Object.fromEntries(canary.checks.map((c) => [c.name, c]));
    expect(byName["p99-latency"]).toMatchObject({ baseline: ["at most +1s or +10% of baseline"], baselineSeverity: "warn" });
    expect(byName["memory-growth"]).toMatchObject({ per: "1h", fail: "> 20MB", warn: "> 10MB" });
    expect(byName["host-balance"]).toMatchObject({ spread: { by: ["instance"], fail: "> 25%", warn: "> 10%" } });
    expect(byName["health"]).toMatchObject({ kind: "http", method: "GET", url: "https://canary.example.internal/health", status: [200, 204], timeout: "5s", retries: 3 });
    expect(byName["no-alerts"]).toMatchObject({ kind: "alerts", query: 'ALERTS{alertstate="firing", service="log-capturer", severity="critical"}', preflight: true });
  });

  it("has no baseline query when the query has no $selector", () => {
    const dlq = planStage(pb, findStage(pb, "gradual", "stage")).checks.find((c) => c.name === "dlq-growth") as MetricCheckPlan;
    expect(dlq.canaryQuery).toBe("sum(rate(dlq_entries_total[5m])) * 60");
    expect(dlq.baselineQuery).toBeUndefined();
  });

  it("names the stages there are when the stage is unknown", () => {
    expect(() => planStage(pb, findStage(pb, "canry", "stage"))).toThrow(ConfigurationError);
    expect(() => planStage(pb, findStage(pb, "canry", "stage"))).toThrow('no stage named "canry"; expected one of: canary, gradual, full');
  });

  it("plans every stage in order", () => {
    expect(planAll(pb).map((p) => [p.stage, p.weight])).toEqual([["canary", 10], ["gradual", 50], ["full", 100]]);
  });

  it("escapes alert labels", () => {
    expect(alertsQuery({ team: 'a"b' })).toBe('ALERTS{alertstate="firing", team="a\\"b"}');
    expect(alertsQuery({})).toBe('ALERTS{alertstate="firing"}');
  });
});

describe("plan formats", () => {
  const canary = planStage(pb, findStage(pb, "canary", "stage"));

  it("text shows both queries of each metric check", () => {
    const text = formatPlanText(canary);
    expect(text).toContain("log-capturer: stage canary (1 of 3)");
    expect(text).toContain("weight 10%, soak 2h, a round every 5m, go allowed after 30m");
    expect(text).toContain('      canary:   sum(rate(http_requests_total{code=~"5..", version="canary"}[5m]))');
    expect(text).toContain('      baseline: sum(rate(http_requests_total{code=~"5..", version="stable"}[5m]))');
    expect(text).toContain("before the soak, wait up to 10m for:");
  });

  it("markdown has the stage table, a row per check and the queries in fences", () => {
    const md = formatPlanMarkdown(canary);
    expect(md).toContain("| 10% | 2h | 5m | 30m | 1 | 3 | inconclusive |");
    expect(md).toContain("| `error-rate` | metric | fail &gt; 5%; warn &gt; 1%; baseline (fail): at most +1% vs baseline |");
    expect(md).toContain('```promql\n# canary\nsum(rate(http_requests_total{code=~"5..", version="canary"}[5m]))');
    expect(md).toContain("| `health` | http | status 200 or 204, status = \"healthy\", checks.loki.ok = true |");
  });
});
