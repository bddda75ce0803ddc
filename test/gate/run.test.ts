/** The gate application on fakes: connection, soak, report; a two-hour soak in milliseconds. */
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { fakeClock } from "../fakes/clock.js";
import { ConfigurationError } from "../../src/errors.js";
import { ACTION_SETTING_NAMES } from "../../src/gate/connection.js";
import { abortOnSignals, type SignalSource } from "../../src/gate/interrupt.js";
import { type GateAppDeps, type GateRequest, runStageGate } from "../../src/gate/run.js";
import { memoryLogger } from "../fakes/log.js";
import type { PrometheusClientOptions } from "../../src/metrics/prometheus-options.js";
import type { MetricsSource } from "../../src/metrics/types.js";
import type { Playbook } from "../../src/playbook/types.js";
import { errorRate, httpCheck, playbook } from "../fakes/builders.js";
import { START } from "../fakes/deps.js";
import { fakeMetrics, when } from "../fakes/metrics.js";
import { fakeProber } from "../fakes/prober.js";

const PLAYBOOK: Playbook = { ...playbook([errorRate()]), prometheus: { url: "https://prometheus.example.internal", headers: {}, timeout: 30 } };

function world(metrics: MetricsSource = fakeMetrics(when('version="canary"', 0.004))) {
  const connected: PrometheusClientOptions[] = [];
  const log = memoryLogger();
  const clock = fakeClock(START);
  const deps: GateAppDeps = {
    clock,
    log,
    readText: async () => "-----BEGIN CERTIFICATE-----\n",
    connect: (options) => {
      connected.push(options);
      return metrics;
    },
    prober: fakeProber(),
  };
  return { deps, connected, log, clock };
}

const request = (overrides: Partial<GateRequest> = {}): GateRequest => ({
  playbook: PLAYBOOK,
  stage: "canary",
  prometheus: { headers: {}, auth: { kind: "bearer", token: "s3cr3t-token-XYZ" } },
  names: ACTION_SETTING_NAMES,
  acceptConditional: false,
  evidencePath: "/tmp/evidence.json",
  meta: { repository: "octo-org/log-capturer" },
  ...overrides,
});

describe("runStageGate", () => {
  it("holds a healthy two-hour canary to a go, connected with the token", async () => {
    const { deps, connected, log } = world();
    const report = await runStageGate(request(), deps);
    expect(report.result.verdict).toBe("go");
    expect(report.result.rounds).toHaveLength(24);
    expect(report.accepted).toBe(true);
    expect(connected).toEqual([expect.objectContaining({ url: "https://prometheus.example.internal", bearerToken: "s3cr3t-token-XYZ" })]);
    expect(report.evidence.meta).toEqual({ generatedAt: "2026-01-05T12:00:00.000Z", repository: "octo-org/log-capturer" });
    expect(log.lines.filter((l) => l.startsWith("round "))).toHaveLength(24);
  });

  it("ends at the first failing round with a no-go that names the check", async () => {
    const { deps } = world(fakeMetrics(when('version="canary"', 0.072)));
    const report = await runStageGate(request(), deps);
    expect(report).toMatchObject({ accepted: false, outputs: { verdict: "no-go", "failed-checks": "error-rate" } });
    expect(report.result.rounds).toHaveLength(1);
  });

  it("accepts a conditional verdict only when asked", async () => {
    const warn = () => world(fakeMetrics(when('version="canary"', 0.03))).deps;
    expect((await runStageGate(request(), warn())).accepted).toBe(false);
    const accepted = await runStageGate(request({ acceptConditional: true }), warn());
    expect(accepted).toMatchObject({ accepted: true, outputs: { verdict: "conditional", "conditional-checks": "error-rate" } });
  });

  it("never turns errors from Prometheus into a go", async () => {
    const { deps } = world(fakeMetrics(when("", new Error("connect ECONNREFUSED 127.0.0.1:9"))));
    const report = await runStageGate(request(), deps);
    expect(report.result.verdict).toBe("inconclusive");
    expect(report.accepted).toBe(false);
  });

  it("stops on a signal with the partial result, cancelled, and fails the step", async () => {
    const metrics = fakeMetrics(when('version="canary"', 0.004));
    const { deps } = world(metrics);
    const controller = new AbortController();
    const signals = new EventEmitter() as EventEmitter & SignalSource;
    const undo = abortOnSignals(controller, deps.log, signals);
    // The third query is answered, then SIGTERM arrives: the fourth round never completes.
    let calls = 0;
    const counting: MetricsSource = {
      ...metrics,
      instant: async (q, t, s) => {
        if (++calls === 3) signals.emit("SIGTERM", "SIGTERM");
        return metrics.instant(q, t, s);
      },
    };
    const report = await runStageGate(request({ signal: controller.signal }), { ...deps, connect: () => counting });
    undo();
    expect(report.result).toMatchObject({ cancelled: true, verdict: "inconclusive" });
    expect(report.result.rounds).toHaveLength(2);
    expect(report.failure).toMatch(/^Gate cancelled after 2 rounds of stage canary/);
    expect(report.evidence.cancelled).toBe(true);
    expect(signals.listenerCount("SIGTERM")).toBe(0);
  });

  it("holds a slice of the soak when asked, as a scheduled watch does", async () => {
    const { deps, log } = world();
    const report = await runStageGate(request({ soak: 1800 }), deps);
    expect(report.result).toMatchObject({ verdict: "go", soak: 1800, elapsed: 1800 });
    expect(report.result.rounds).toHaveLength(6);
    expect(log.lines).toContain("Holding stage canary for 30m of its 2h soak.");
  });

  it("refuses a slice shorter than one interval, naming the input", async () => {
    const { deps } = world();
    const error = await runStageGate(request({ soak: 60 }), deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      { path: "input 'soak'", message: "found 1m; expected at least the stage's interval of 5m, or one round could not be taken" },
    ]);
  });

  it("runs a stage of HTTP probes without any Prometheus", async () => {
    const p = playbook([httpCheck({ name: "health" })], { soak: 600, interval: 300 });
    const { deps, connected } = world();
    const report = await runStageGate(request({ playbook: p }), deps);
    expect(report.result.verdict).toBe("go");
    expect(connected).toEqual([]);
  });

  it.each([
    ["an unknown stage", request({ stage: "gradual" }), /^stage: found "gradual"; expected one of canary$/],
    ["no Prometheus URL", request({ playbook: playbook([errorRate()]) }), /^input 'prometheus-url': is not given/],
  ])("refuses %s before any query", async (_, req, message) => {
    const metrics = fakeMetrics();
    const { deps } = world(metrics);
    const error = await runStageGate(req, deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    const p = (error as ConfigurationError).problems[0]!;
    expect(`${p.path}: ${p.message}`).toMatch(message);
    expect(metrics.calls).toEqual([]);
  });
});
