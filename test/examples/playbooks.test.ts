/**
 * Every example playbook lints clean through the same loader the actions and the CLI use,
 * and a handful of facts per example prove it says what its reference document says.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlaybookFile } from "../helpers/playbook-file.js";
import type { Check, MetricCheck, Playbook, Stage } from "../../src/playbook/types.js";

const EXAMPLES = "examples";
const isYaml = (f: string) => /\.ya?ml$/.test(f);
// The transcribed references, and the demo's playbook one folder down.
const files = [...readdirSync(EXAMPLES).filter(isYaml), ...readdirSync(join(EXAMPLES, "demo")).filter(isYaml).map((f) => `demo/${f}`)].sort();

function load(file: string): Playbook {
  return loadPlaybookFile(join(EXAMPLES, file));
}

function stage(pb: Playbook, name: string): Stage {
  const s = pb.stages.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}`);
  return s;
}

function metric(pb: Playbook, name: string): MetricCheck {
  const c: Check | undefined = pb.checks[name];
  if (c?.kind !== "metric") throw new Error(`no metric check ${name}`);
  return c;
}

describe("example playbooks", () => {
  it("covers the three transcribed reference documents", () => {
    expect(files).toEqual(expect.arrayContaining(["000-log-capturer.yml", "003-stacklens-analytics.yml", "004-kafka-pipeline.yml"]));
  });

  it.each(files)("%s lints with no problems", (file) => {
    expect(() => load(file)).not.toThrow();
  });

  it.each(files)("%s points editors at the committed JSON Schema", (file) => {
    const first = readFileSync(join(EXAMPLES, file), "utf8").split("\n")[0];
    const schema = relative(dirname(join(EXAMPLES, file)), "schema/playbook.schema.json");
    expect(first).toBe(`# yaml-language-server: $schema=${schema}`);
  });
});

describe("000: SSW Logs Capture", () => {
  const pb = load("000-log-capturer.yml");

  it("stages: canary 10% for 2h, gradual 50% for 1h, full 100% for 24h", () => {
    expect(pb.stages.map((s) => [s.name, s.weight, s.soak])).toEqual([
      ["canary", 10, 7200],
      ["gradual", 50, 3600],
      ["full", 100, 86400],
    ]);
    expect(stage(pb, "canary").interval).toBe(300);
    expect(stage(pb, "canary").waitFor).toEqual(["canary-health"]);
  });

  it.each([
    // check, fail limit, warn limit (base units: ratio, seconds, bytes per hour)
    ["error-rate", 0.05, 0.01],
    ["p99-latency", 1, 0.5],
    ["memory-growth", 20e6, 10e6],
  ])("IMMEDIATE and CONSIDER triggers of %s are fail %d and warn %d", (name, fail, warn) => {
    const c = metric(pb, name);
    expect(c.fail?.op).toBe(">");
    expect(c.fail?.quantity.value).toBeCloseTo(fail, 12);
    expect(c.warn?.quantity.value).toBeCloseTo(warn, 12);
  });

  it("reads memory growth per hour and DLQ growth per minute", () => {
    expect(metric(pb, "memory-growth").per).toBe(3600);
    expect(metric(pb, "memory-growth").query).toContain("deriv(");
    expect(metric(pb, "dlq-growth").per).toBe(60);
    expect(metric(pb, "dlq-growth").warn?.quantity.value).toBe(1000);
    expect(metric(pb, "dlq-growth").fail).toBeUndefined();
  });

  it("fails when goroutines rise more than 100 over the baseline", () => {
    const b = metric(pb, "goroutines").baseline;
    expect(b?.maxIncrease?.value).toBe(100);
    expect(b?.severity).toBe("fail");
  });

  it("probes /health for status healthy and holds hosts within 10% in gradual", () => {
    const health = pb.checks["canary-health"];
    expect(health?.kind === "http" && health.json).toEqual({ status: "healthy" });
    expect(metric(pb, "host-spread").spread?.warn?.quantity.value).toBeCloseTo(0.1, 12);
    expect(stage(pb, "gradual").checks).toContain("host-spread");
  });

  it("compares the canary's failures with the fleet's sequentially during the canary stage", () => {
    expect(pb.checks["failures-vs-baseline"]).toMatchObject({
      kind: "sequential",
      events: "logs_failed_total{$selector}",
      total: "logs_processed_total{$selector}",
      maxRatio: 1.5,
      alpha: 0.01,
    });
    expect(stage(pb, "canary").checks).toContain("failures-vs-baseline");
  });

  it("needs the five VAL4 sign-offs and rolls back on no-go", () => {
    expect(pb.signoff?.require).toEqual(["engineering-lead", "devops", "security", "product", "sre"]);
    expect(pb.signoff?.selfApproval).toBe(false);
    expect(pb.rollback.on).toEqual(["no-go", "inconclusive"]);
    expect(pb.rollback.timeout).toBe(300);
  });

  it("has each VAL4 role approve in an environment of its own, SRE accepting conditional stages", () => {
    expect(pb.signoff?.environment).toBeUndefined();
    expect(Object.entries(pb.signoff?.roles ?? {}).map(([name, r]) => [name, r.environment])).toEqual(
      ["engineering-lead", "devops", "security", "product", "sre"].map((name) => [name, `signoff-${name}`]),
    );
    expect(pb.signoff?.conditionalAcknowledgedBy).toEqual(["sre"]);
    expect(pb.signoff?.tag).toBe("v{version}");
  });
});

describe("004: Kafka pipeline", () => {
  const pb = load("004-kafka-pipeline.yml");

  it("updates download-worker in namespace kafka-pipeline", () => {
    expect(pb.target).toMatchObject({ kind: "kubernetes", namespace: "kafka-pipeline", deployment: "download-worker", canaryDeployment: "download-worker-canary" });
    expect(pb.stages.map((s) => [s.weight, s.soak])).toEqual([[10, 1800], [50, 900], [100, 3600]]);
  });

  it("holds consumer lag under 5,000 and rolls back past 10,000", () => {
    const lag = metric(pb, "consumer-lag");
    expect([lag.warn?.quantity.value, lag.fail?.quantity.value]).toEqual([5000, 10000]);
  });

  it("rolls back on an error rate over 5% for 5 minutes and warns over 1%", () => {
    expect(metric(pb, "error-rate-sustained").fail?.quantity.value).toBeCloseTo(0.05, 12);
    expect(metric(pb, "error-rate-sustained").query).toMatch(/\[5m:1m\]\)$/);
    expect(metric(pb, "error-rate").warn?.quantity.value).toBeCloseTo(0.01, 12);
    expect(metric(pb, "p95-latency").warn?.quantity.value).toBe(5);
    expect(metric(pb, "pod-restarts").warn?.text).toBe("> 0");
  });

  it("keeps the canary-vs-stable table's tolerances", () => {
    expect(metric(pb, "error-rate-vs-stable").baseline?.maxIncrease?.value).toBeCloseTo(0.01, 12);
    const latency = metric(pb, "latency-vs-stable").baseline;
    expect([latency?.maxIncrease?.value, latency?.maxIncreaseRatio?.value]).toEqual([1, 0.1]);
    expect(metric(pb, "throughput-vs-stable").baseline?.maxDecreaseRatio?.dimension).toBe("ratio");
    expect(stage(pb, "canary").checks).toEqual(expect.arrayContaining(["error-rate-vs-stable", "latency-vs-stable", "throughput-vs-stable", "dlq-vs-stable"]));
  });

  it("deploys in business hours, never on Friday afternoon, never in a freeze", () => {
    const w = pb.windows;
    expect(w?.allow).toEqual([expect.objectContaining({ days: ["mon", "tue", "wed", "thu", "fri"], from: 9 * 60, to: 17 * 60 })]);
    expect(w?.deny).toEqual([expect.objectContaining({ days: ["fri"], from: 12 * 60, to: 24 * 60 })]);
    expect(w?.freeze).toHaveLength(1);
    expect(w?.timezone).toBe("America/Chicago");
  });

  it("asks the approver of the change table for each change type", () => {
    expect(pb.signoff?.requireByChangeType).toEqual({
      configuration: ["team-lead"],
      patch: ["team-lead"],
      minor: ["product-owner"],
      major: ["engineering-manager"],
      hotfix: ["on-call"],
    });
    expect(pb.signoff?.tag).toBe("v{version}-prod");
  });
});

describe("003: StackLens Phase 4", () => {
  const pb = load("003-stacklens-analytics.yml");

  it("waits up to 60s for the database, the analytics service and the dashboard API", () => {
    const s = stage(pb, "phase4");
    expect(s.waitFor).toEqual(["database", "analytics-health", "dashboard-health"]);
    expect(s.waitTimeout).toBe(60);
    expect(pb.checks["dashboard-health"]).toMatchObject({ kind: "http", url: "http://localhost:8005/health", json: { status: "healthy" } });
  });

  it("maps the warning and critical alert rules to warn and fail", () => {
    expect([metric(pb, "error-rate").warn?.quantity.value, metric(pb, "error-rate").fail?.quantity.value]).toEqual([0.05, 0.2]);
    expect([metric(pb, "p99-latency").warn?.quantity.value, metric(pb, "p99-latency").fail?.quantity.value]).toEqual([0.5, 1]);
    expect(pb.target?.kind).toBe("command");
  });
});
