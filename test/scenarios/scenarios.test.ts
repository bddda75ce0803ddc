/**
 * Scenarios with known answers: the real gate, reading a real Prometheus filled by
 * backfill (traffic.ts holds the numbers), decides each stage as worked out by hand. One
 * Prometheus serves every scenario; each reads its own `service` label.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { playbookSchema, toPlaybook } from "../../src/playbook/schema.js";
import { diskFiles } from "../../src/files.js";
import type { Evidence } from "../../src/report/evidence.js";
import { sendJson, startHttpServer, type TestServer } from "../helpers/http-server.js";
import { usePrometheus } from "../helpers/use-prometheus.js";
import { isoAfter, runScenario } from "./gate.js";
import { ERROR_RATE, errorRate, errorRateVsBaseline, memoryGrowth, p99Latency, playbook } from "./playbooks.js";
import { scenarioTraffic } from "./traffic.js";

const prometheus = usePrometheus({ openmetrics: scenarioTraffic() });
const run = (yaml: string) => runScenario(yaml, prometheus().url);
/** Values come back from PromQL arithmetic: equal to the hand-worked value to 12 digits. */
const near = (value: number) => expect.closeTo(value, 12);

describe("1. a healthy canary", () => {
  const healthy = (minSoak = "") =>
    run(
      playbook(
        "healthy",
        errorRateVsBaseline + p99Latency + memoryGrowth,
        `{ name: canary, weight: 10, soak: 1h, interval: 5m${minSoak}, checks: [error-rate, p99-latency, memory-growth] }`,
      ),
    );

  it("goes after the whole soak, every round within every limit", async () => {
    const { result, measurements, log } = await healthy();
    expect(result).toMatchObject({ verdict: "go", endedAt: isoAfter(60), elapsed: 3600, endedEarly: false, failedChecks: [], conditionalChecks: [] });
    expect(result.reason).toBe("All 3 checks passed in every counted round: 12 rounds over 1h.");
    expect(result.rounds).toHaveLength(12);
    for (const m of measurements("error-rate")) {
      expect(m).toMatchObject({ outcome: "pass", canary: near(0.002), baseline: near(0.002), delta: near(0), limit: "> 5%" });
    }
    for (const m of measurements("p99-latency")) expect(m).toMatchObject({ outcome: "pass", canary: near(0.12), limit: "> 1s" });
    for (const m of measurements("memory-growth")) expect(m).toMatchObject({ outcome: "pass", canary: 0, limit: "> 20MB" });
    expect(log).toContain(
      [
        "round 12/12 · elapsed 1h · remaining 0s",
        "  error-rate     canary 0.2%  baseline 0.2%  Δ +0%  pass  (fail > 5%, warn > 1%, max-increase 1%)",
        "  p99-latency    canary 120ms  pass  (fail > 1s, warn > 500ms)",
        "  memory-growth  canary 0B/h  pass  (fail > 20MB, warn > 10MB (per 1h))",
      ].join("\n"),
    );
  });

  it("goes early, once min-soak is reached with every round clean", async () => {
    const { result } = await healthy(", min-soak: 20m");
    expect(result).toMatchObject({ verdict: "go", endedAt: isoAfter(20), elapsed: 1200, endedEarly: true });
    expect(result.reason).toBe("All 3 checks passed in every one of 4 rounds; min-soak 20m reached at 20m.");
  });
});

describe("2. an error spike above fail at minute 20", () => {
  it("is a no-go in the first round whose window holds it, naming the check and the value", async () => {
    const { result, measurements } = await run(
      playbook("error-spike", errorRateVsBaseline + p99Latency, "{ name: canary, weight: 10, soak: 1h, interval: 1m, checks: [error-rate, p99-latency] }"),
    );
    // Round 21 (21m) reads 20:16-21:00: four minutes at 0.2% and one at 50%, so 10.16%.
    expect(result).toMatchObject({ verdict: "no-go", endedAt: isoAfter(21), elapsed: 1260, endedEarly: true, failedChecks: ["error-rate"] });
    expect(result.reason).toBe("error-rate 10.2% crossed > 5% in round 21 (21m).");
    expect(result.rounds).toHaveLength(21);
    const rates = measurements("error-rate");
    expect(rates.slice(0, 20).map((m) => m.outcome)).toEqual(Array(20).fill("pass"));
    expect(rates[20]).toMatchObject({ outcome: "fail", canary: near(0.1016), baseline: near(0.002), delta: near(0.0996), limit: "> 5%" });
  });
});

describe("3. errors between warn and fail", () => {
  it("is conditional, listing the check that warned", async () => {
    const { result, measurements } = await run(
      playbook("error-warn", errorRate + p99Latency, "{ name: canary, weight: 10, soak: 30m, interval: 5m, checks: [error-rate, p99-latency] }"),
    );
    expect(result).toMatchObject({ verdict: "conditional", endedAt: isoAfter(30), endedEarly: false, failedChecks: [], conditionalChecks: ["error-rate"] });
    expect(result.reason).toBe("error-rate 3% crossed > 1% (warn) in 6 of 6 rounds (first in round 1 (5m)).");
    for (const m of measurements("error-rate")) expect(m).toMatchObject({ outcome: "warn", canary: near(0.03), limit: "> 1%" });
    for (const m of measurements("p99-latency")) expect(m.outcome).toBe("pass");
  });
});

describe("4. a latency regression against the baseline only", () => {
  it("is a no-go from the baseline comparison while the threshold passes", async () => {
    const checks = `${p99Latency}
    baseline: { max-increase: 50ms, max-increase-ratio: 10% }`;
    const { result, measurements } = await run(
      playbook("slow-canary", checks, "{ name: canary, weight: 10, soak: 30m, interval: 5m, checks: [p99-latency] }"),
    );
    // 210ms is well within fail > 1s and warn > 500ms, but 60ms and 40% above 150ms.
    expect(result).toMatchObject({ verdict: "no-go", endedAt: isoAfter(5), failedChecks: ["p99-latency"] });
    expect(result.reason).toBe("p99-latency +60ms (+40%) vs baseline 150ms exceeds max-increase 50ms or 10% in round 1 (5m).");
    expect(measurements("p99-latency")).toEqual([
      expect.objectContaining({ outcome: "fail", canary: near(0.21), baseline: near(0.15), delta: near(0.06), limit: "max-increase 50ms or 10%" }),
    ]);
  });
});

describe("5. a slow memory leak", () => {
  const leak = (service: string) =>
    run(playbook(service, memoryGrowth, "{ name: canary, weight: 10, soak: 1h, interval: 5m, checks: [memory-growth] }"));

  it("of 15MB an hour is conditional (above warn 10MB, below fail 20MB)", async () => {
    const { result, measurements } = await leak("leak-15mb");
    expect(result).toMatchObject({ verdict: "conditional", endedAt: isoAfter(60), conditionalChecks: ["memory-growth"], failedChecks: [] });
    expect(result.reason).toBe("memory-growth 15MB per 1h crossed > 10MB (warn) in 12 of 12 rounds (first in round 1 (5m)).");
    for (const m of measurements("memory-growth")) {
      expect(m).toMatchObject({ outcome: "warn", limit: "> 10MB" });
      expect(m.canary! / 15e6).toBeCloseTo(1, 9);
    }
  });

  it("of 30MB an hour is a no-go at the first round", async () => {
    const { result, measurements } = await leak("leak-30mb");
    expect(result).toMatchObject({ verdict: "no-go", endedAt: isoAfter(5), failedChecks: ["memory-growth"] });
    expect(result.reason).toBe("memory-growth 30MB per 1h crossed > 20MB in round 1 (5m).");
    expect(measurements("memory-growth")[0]!.canary! / 30e6).toBeCloseTo(1, 9);
  });
});

describe("6. one host out of line", () => {
  it("is a no-go naming the instance 40% above the median", async () => {
    const checks = `
  p99-by-host:
    query: histogram_quantile(0.99, sum by (le, instance) (rate(http_request_duration_seconds_bucket{$selector}[5m])))
    fail: "> 1s"
    spread: { by: instance, fail: "> 10%" }`;
    const { result, measurements } = await run(playbook("fleet", checks, "{ name: canary, weight: 10, soak: 30m, interval: 5m, checks: [p99-by-host] }"));
    expect(result).toMatchObject({ verdict: "no-go", endedAt: isoAfter(5), failedChecks: ["p99-by-host"] });
    expect(result.reason).toBe("p99-by-host 10.0.1.3:8080 at 210ms is 40% from the median 150ms of 3 instances, crossed > 10% in round 1 (5m).");
    expect(measurements("p99-by-host")[0]).toMatchObject({
      outcome: "fail",
      canary: near(0.21),
      limit: "spread > 10%",
      instances: { "10.0.1.1:8080": near(0.15), "10.0.1.2:8080": near(0.15), "10.0.1.3:8080": near(0.21) },
    });
  });
});

describe("7. no data for the canary (a typo in its selector)", () => {
  const typo = (noData = "") =>
    run(
      playbook(
        "healthy",
        errorRateVsBaseline + p99Latency,
        `{ name: canary, weight: 10, soak: 30m, interval: 5m, checks: [error-rate, p99-latency]${noData} }`,
        "canry",
      ),
    );

  it("is inconclusive under the default policy, never a go", async () => {
    const { result, measurements, sent } = await typo();
    expect(result).toMatchObject({ verdict: "inconclusive", endedAt: isoAfter(30), failedChecks: [], conditionalChecks: [] });
    expect(result.reason).toBe(
      "error-rate had no data in 6 of 6 rounds (first in round 1 (5m): no data: the canary query returned no series).",
    );
    for (const m of [...measurements("error-rate"), ...measurements("p99-latency")]) {
      expect(m.outcome).toBe("no-data");
      expect(m.canary).toBeUndefined();
    }
    expect(sent[0]!.query).toContain('version="canry"');
  });

  it("is a no-go at the first round with no-data: fail", async () => {
    const { result } = await typo(", no-data: fail");
    expect(result).toMatchObject({ verdict: "no-go", endedAt: isoAfter(5), failedChecks: ["error-rate", "p99-latency"] });
    expect(result.reason).toBe("error-rate no data: the canary query returned no series (no-data counts as fail) in round 1 (5m).");
  });
});

describe("8. a counter reset in the canary mid-soak", () => {
  it("is seen through by rate(): a go with the values of the same traffic without the reset", async () => {
    const checks = `${errorRateVsBaseline}
  throughput:
    query: sum(rate(http_requests_total{$selector}[5m]))
    fail: "< 500"
    baseline: { max-decrease-ratio: 20% }`;
    const stage = "{ name: canary, weight: 10, soak: 30m, interval: 5m, checks: [error-rate, throughput] }";
    const [restarted, steady] = await Promise.all([run(playbook("restarted", checks, stage)), run(playbook("healthy", checks, stage))]);
    expect(restarted.result).toMatchObject({ verdict: "go", endedAt: isoAfter(30) });
    expect(restarted.result.rounds).toHaveLength(6);
    for (const check of ["error-rate", "throughput"]) {
      expect(restarted.measurements(check).map((m) => [m.outcome, m.canary])).toEqual(steady.measurements(check).map((m) => [m.outcome, m.canary]));
    }
    // Round 4 (20m) reads 15m-20m, across the restart at 17m.
    expect(restarted.measurements("throughput")[3]).toMatchObject({ canary: near(1000), baseline: near(1000) });
    const resets = await fetch(
      `${prometheus().url}/api/v1/query?${new URLSearchParams({ query: 'resets(http_requests_total{service="restarted",version="canary",code="200"}[5m])', time: String(Date.parse(isoAfter(20)) / 1000) })}`,
    ).then((r) => r.json() as Promise<{ data: { result: { value: [number, string] }[] } }>);
    expect(resets.data.result.map((r) => r.value[1])).toEqual(["1"]);
  });
});

describe("9. NaN from a division by zero (a canary with no traffic)", () => {
  it("is no data, so inconclusive", async () => {
    const { result, measurements } = await run(
      playbook("idle", errorRateVsBaseline, "{ name: canary, weight: 10, soak: 30m, interval: 5m, checks: [error-rate] }"),
    );
    expect(result).toMatchObject({ verdict: "inconclusive", endedAt: isoAfter(30) });
    expect(result.reason).toBe("error-rate had no data in 6 of 6 rounds (first in round 1 (5m): no data: canary is NaN (0/0: no traffic?)).");
    for (const m of measurements("error-rate")) expect(m).toMatchObject({ outcome: "no-data" });
    expect(measurements("error-rate").some((m) => m.canary !== undefined)).toBe(false);
  });
});

describe("10. the design sketch's playbook over a two-hour soak", () => {
  let health: TestServer;
  beforeAll(async () => {
    health = await startHttpServer((_req, res) => sendJson(res, 200, { status: "healthy" }));
  });
  afterAll(() => health.close());

  it("goes after 24 rounds, every check passing every 5 minutes", async () => {
    const { result, evidence, measurements } = await run(`
version: 1
service: log-capturer
selectors:
  canary:   { service: log-capturer, version: canary }
  baseline: { service: log-capturer, version: stable }
checks:
  error-rate:
    query: sum(rate(http_requests_total{code=~"5..", $selector}[5m])) / sum(rate(http_requests_total{$selector}[5m]))
    fail: "> 5%"
    warn: "> 1%"
    baseline: { max-increase: "1%" }
  p99-latency:
    query: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{$selector}[5m])))
    fail: "> 1s"
    warn: "> 500ms"
  memory-growth: { query: 'deriv(process_resident_memory_bytes{$selector}[30m])', per: 1h, fail: "> 20MB", warn: "> 10MB" }
  health: { http: "${health.url}/health", expect: { status: 200, json: { status: healthy } } }
stages:
  - { name: canary,  weight: 10,  soak: 2h,  interval: 5m, checks: [error-rate, p99-latency, memory-growth, health] }
  - { name: gradual, weight: 50,  soak: 1h,  interval: 5m, checks: [error-rate, p99-latency] }
`);
    expect(result).toMatchObject({ verdict: "go", stage: "canary", endedAt: isoAfter(120), elapsed: 7200, endedEarly: false });
    expect(result.reason).toBe("All 4 checks passed in every counted round: 24 rounds over 2h.");
    expect(evidence.rounds).toHaveLength(24);
    expect(evidence.rounds.map((r) => r.at)).toEqual(Array.from({ length: 24 }, (_, i) => isoAfter(5 * (i + 1))));
    expect(health.requests).toHaveLength(24);
    for (const m of measurements("error-rate")) {
      expect(m).toMatchObject({ outcome: "pass", canary: near(0.003), baseline: near(0.002), delta: near(0.001) });
    }
    for (const m of measurements("p99-latency")) expect(m).toMatchObject({ outcome: "pass", canary: near(0.12) });
    for (const m of measurements("memory-growth")) expect(m.canary! / 2e6).toBeCloseTo(1, 9);
    for (const m of measurements("health")) expect(m).toMatchObject({ outcome: "pass", canary: 200 });
  });
});

describe("the evidence of a scenario", () => {
  it("holds the queries exactly as sent, the selector's label values escaped", async () => {
    // The label value is: shop "eu\north" (a quote and a backslash, both escaped in PromQL).
    const { result, evidence, sent } = await run(String.raw`
version: 1
service: shop
selectors:
  canary: { service: 'shop "eu\north"', version: canary }
  baseline: { service: 'shop "eu\north"', version: stable }
checks:
${errorRateVsBaseline}
stages:
  - { name: canary, weight: 10, soak: 30m, interval: 5m, checks: [error-rate] }
`);
    const side = (version: string) => String.raw`service="shop \"eu\\north\"", version="${version}"`;
    const query = (version: string) =>
      `sum(rate(http_requests_total{code=~"5..", ${side(version)}}[5m])) / sum(rate(http_requests_total{${side(version)}}[5m]))`;
    const queries = [query("canary"), query("stable")];

    const dir = await mkdtemp(join(tmpdir(), "scenario-evidence-"));
    try {
      await diskFiles.writeText(join(dir, "evidence.json"), `${JSON.stringify(evidence, null, 2)}\n`);
      const written = JSON.parse(await readFile(join(dir, "evidence.json"), "utf8")) as Evidence;
      expect(written.checks["error-rate"]).toMatchObject({ query: ERROR_RATE, canaryQuery: queries[0], baselineQuery: queries[1] });
      expect(written.rounds.map((r) => r.measurements[0]!.queries)).toEqual(Array(6).fill(queries));
      // What the client was asked to send, round by round, at each round's instant.
      expect(sent).toEqual(written.rounds.flatMap((r) => queries.map((q) => ({ query: q, time: r.at }))));
      // The escaped matchers found the series: the values are the scenario's.
      expect(written.rounds[0]!.measurements[0]).toMatchObject({ outcome: "pass", canary: near(0.002), baseline: near(0.002) });
      expect(written.verdict).toBe("go");
      expect(result.verdict).toBe("go");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("Prometheus rejecting a query in every round", () => {
  // Lint would reject the unknown function, so the playbook is built past the loader.
  const broken = (errorLimit: number) =>
    toPlaybook(
      playbookSchema.parse({
        version: 1,
        service: "healthy",
        selectors: { canary: { service: "healthy", version: "canary" }, baseline: { service: "healthy", version: "stable" } },
        checks: {
          "error-rate": { query: ERROR_RATE, fail: "> 5%" },
          saturation: { query: "no_such_function(http_requests_total{$selector}[5m])", fail: "> 1" },
        },
        stages: [{ name: "canary", weight: 10, soak: "30m", interval: "5m", "error-limit": errorLimit, checks: ["error-rate", "saturation"] }],
      }),
    );

  // Prometheus's own words, passed on once.
  const rejected = 'saturation: Prometheus rejected the query (bad_data): invalid parameter "query": 1:1: parse error: unknown function with name "no_such_function"';

  it.each([
    [1, 1, `Round 1 (5m) had errors (error-limit 1): ${rejected}.`],
    [3, 3, `3 consecutive rounds had errors, up to round 3 (15m): ${rejected}.`],
    [10, 6, `saturation was never measured: every round errored (last: ${rejected}).`],
  ])("with error-limit %i is inconclusive after %i rounds, never a go", async (errorLimit, rounds, reason) => {
    const { result, measurements } = await runScenario(broken(errorLimit), prometheus().url);
    expect(result.verdict).toBe("inconclusive");
    expect(result.reason).toBe(reason);
    expect(result.rounds).toHaveLength(rounds);
    expect(result.endedAt).toBe(isoAfter(5 * rounds));
    for (const m of measurements("saturation")) expect(m.outcome).toBe("error");
    for (const m of measurements("error-rate")) expect(m).toMatchObject({ outcome: "pass", canary: near(0.002) });
  });
});
