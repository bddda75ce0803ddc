import { describe, expect, it } from "vitest";
import { alertsQuery } from "../../src/playbook/promql.js";
import { evaluateCheck } from "../../src/judge/evaluate.js";
import { MetricsError } from "../../src/metrics/types.js";
import { alertsCheck, httpCheck, playbook } from "../fakes/builders.js";
import { judgeDeps } from "../fakes/deps.js";
import { fakeMetrics, sample, when } from "../fakes/metrics.js";
import { fakeProber } from "../fakes/prober.js";

describe("http", () => {
  const health = httpCheck({ name: "canary-health", headers: { Authorization: "Bearer s3cret-probe-token" } });

  it.each([
    ["healthy", {}, "pass", 'status 200, status = "healthy"'],
    ["degraded", { ok: false, status: 200, detail: 'status: "degraded", expected "healthy"' }, "fail", 'status: "degraded", expected "healthy"'],
    ["503 after retries", { ok: false, status: 503, detail: "status 503, expected 200", attempts: 3 }, "fail", "status 503, expected 200 after 3 attempts"],
    [
      "unreachable",
      { ok: false, status: undefined, unreachable: true, detail: "connect ECONNREFUSED 10.0.0.7:8401", attempts: 3 },
      "fail",
      "unreachable after 3 attempts: connect ECONNREFUSED 10.0.0.7:8401",
    ],
  ] as const)("%s → %s", async (_, result, outcome, detail) => {
    const prober = fakeProber(() => result);
    const { deps } = judgeDeps({ prober });
    const m = await evaluateCheck(health, playbook([health]), deps);
    expect(m).toMatchObject({ outcome, detail, check: "canary-health" });
    expect(prober.requests[0]).toMatchObject({ url: health.url, status: [200], json: { status: "healthy" }, retries: 2, timeout: 5 });
  });

  it("passes headers to the probe but never records them", async () => {
    const prober = fakeProber();
    const { deps } = judgeDeps({ prober });
    const m = await evaluateCheck(health, playbook([health]), deps);
    expect(prober.requests[0]!.headers.Authorization).toBe("Bearer s3cret-probe-token");
    expect(JSON.stringify(m)).not.toContain("s3cret");
    expect(m.queries).toEqual(["GET http://canary.internal:8401/health"]);
  });

  it("drops a password written into the URL from the record", async () => {
    const check = httpCheck({ name: "h", url: "https://user:hunter2@canary.internal/health" });
    const { deps } = judgeDeps();
    const m = await evaluateCheck(check, playbook([check]), deps);
    expect(JSON.stringify(m)).not.toContain("hunter2");
  });

  it("turns a thrown probe into an error outcome", async () => {
    const prober = fakeProber(() => new Error("socket hang up"));
    const { deps } = judgeDeps({ prober });
    const m = await evaluateCheck(health, playbook([health]), deps);
    expect(m).toMatchObject({ outcome: "error", detail: "canary-health: socket hang up" });
  });
});

describe("alerts", () => {
  const critical = alertsCheck({ name: "critical-alerts", match: { service: "log-capturer", severity: "critical" } });
  const firing = [
    sample({ alertname: "HighErrorRate", alertstate: "firing" }, 1),
    sample({ alertname: "DLQGrowing", alertstate: "firing" }, 1),
    sample({ alertname: "HighErrorRate", alertstate: "firing", pod: "b" }, 1),
  ];

  it("asks for firing alerts with the labels escaped", () => {
    expect(alertsQuery(critical.match)).toBe('ALERTS{alertstate="firing", service="log-capturer", severity="critical"}');
    expect(alertsQuery(alertsCheck({ name: "any", match: {} }).match)).toBe('ALERTS{alertstate="firing"}');
  });

  it.each([
    ["none firing", null, "fail", "pass", "no matching alert firing"],
    ["two firing, severity fail", firing, "fail", "fail", "firing: DLQGrowing, HighErrorRate"],
    ["two firing, severity warn", firing, "warn", "warn", "firing: DLQGrowing, HighErrorRate"],
  ] as const)("%s", async (_, answer, severity, outcome, detail) => {
    const check = { ...critical, severity };
    const { deps } = judgeDeps({ metrics: fakeMetrics(when("ALERTS", answer)) });
    const m = await evaluateCheck(check, playbook([check]), deps);
    expect(m).toMatchObject({ outcome, detail, queries: [alertsQuery(check.match)] });
  });

  it("reports an unreadable ALERTS as an error", async () => {
    const { deps } = judgeDeps({ metrics: fakeMetrics(when("ALERTS", new MetricsError("network", "connect ECONNREFUSED 127.0.0.1:9090"))) });
    const m = await evaluateCheck(critical, playbook([critical]), deps);
    expect(m).toMatchObject({ outcome: "error", detail: "critical-alerts: Prometheus could not be reached: connect ECONNREFUSED 127.0.0.1:9090" });
  });
});
