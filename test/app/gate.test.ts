/** The gate operation on fakes: connection, soak, report; a two-hour soak in milliseconds. */
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { type GateDeps, gate, type GateRequest } from "../../src/app/gate.js";
import type { SignalSource } from "../../src/app/interrupt.js";
import { perform } from "../../src/app/perform.js";
import { ConfigurationError } from "../../src/errors.js";
import { type ClientSettings, resolveClientOptions } from "../../src/metrics/prometheus-options.js";
import type { MetricsSource } from "../../src/metrics/types.js";
import { checkSlice, findStage } from "../../src/playbook/stages.js";
import type { Playbook } from "../../src/playbook/types.js";
import { fakeClock } from "../fakes/clock.js";
import { errorRate, httpCheck, playbook } from "../fakes/builders.js";
import { START } from "../fakes/deps.js";
import { memoryLogger } from "../fakes/log.js";
import { fakeMetrics, when } from "../fakes/metrics.js";
import { fakeProber } from "../fakes/prober.js";
import { memoryPublisher } from "../fakes/publisher.js";

const PLAYBOOK: Playbook = { ...playbook([errorRate()]), prometheus: { url: "https://prometheus.example.internal", headers: {}, timeout: 30 } };
const TOKEN = "s3cr3t-token-XYZ";

function world(metrics: MetricsSource = fakeMetrics(when('version="canary"', 0.004))) {
  const connected: ClientSettings[] = [];
  const log = memoryLogger();
  const clock = fakeClock(START);
  const deps: GateDeps = {
    clock,
    log,
    connect: (settings) => {
      connected.push(settings);
      return metrics;
    },
    prober: fakeProber(),
  };
  return { deps, connected, log, clock };
}

const request = (overrides: Partial<GateRequest> = {}): GateRequest => ({
  playbook: PLAYBOOK,
  stage: PLAYBOOK.stages[0]!,
  connection: resolveClientOptions({ url: "https://prometheus.example.internal", bearerToken: TOKEN }),
  secrets: [TOKEN],
  acceptConditional: false,
  evidence: { path: "/tmp/evidence.json", upload: false },
  meta: { repository: "octo-org/log-capturer" },
  ...overrides,
});

describe("gate", () => {
  it("holds a healthy two-hour canary to a go, connected with the token", async () => {
    const { deps, connected, log } = world();
    const report = await gate(request(), deps);
    expect(report.result.verdict).toBe("go");
    expect(report.result.rounds).toHaveLength(24);
    expect(report.accepted).toBe(true);
    expect(connected).toEqual([expect.objectContaining({ base: "https://prometheus.example.internal", headers: { Authorization: `Bearer ${TOKEN}` } })]);
    expect(report.evidence.meta).toEqual({ generatedAt: "2026-01-05T12:00:00.000Z", repository: "octo-org/log-capturer" });
    expect(log.lines.filter((l) => l.startsWith("round "))).toHaveLength(24);
  });

  it("ends at the first failing round with a no-go that names the check", async () => {
    const { deps } = world(fakeMetrics(when('version="canary"', 0.072)));
    const report = await gate(request(), deps);
    expect(report).toMatchObject({ accepted: false, outputs: { verdict: "no-go", "failed-checks": "error-rate" } });
    expect(report.result.rounds).toHaveLength(1);
  });

  it("accepts a conditional verdict only when asked", async () => {
    const warn = () => world(fakeMetrics(when('version="canary"', 0.03))).deps;
    expect((await gate(request(), warn())).accepted).toBe(false);
    const accepted = await gate(request({ acceptConditional: true }), warn());
    expect(accepted).toMatchObject({ accepted: true, outputs: { verdict: "conditional", "conditional-checks": "error-rate" } });
  });

  it("never turns errors from Prometheus into a go", async () => {
    const { deps } = world(fakeMetrics(when("", new Error("connect ECONNREFUSED 127.0.0.1:9"))));
    const report = await gate(request(), deps);
    expect(report.result.verdict).toBe("inconclusive");
    expect(report.accepted).toBe(false);
  });

  it("stops on a signal with the partial result, cancelled, and fails the step", async () => {
    const metrics = fakeMetrics(when('version="canary"', 0.004));
    const { deps } = world(metrics);
    const signals = new EventEmitter() as EventEmitter & SignalSource;
    const publisher = memoryPublisher();
    // The third query is answered, then SIGTERM arrives: the fourth round never completes.
    let calls = 0;
    const counting: MetricsSource = {
      ...metrics,
      instant: async (q, t, s) => {
        if (++calls === 3) signals.emit("SIGTERM", "SIGTERM");
        return metrics.instant(q, t, s);
      },
    };
    const report = await perform("the gate", { log: deps.log, signals, publisher }, (signal) => gate(request(), { ...deps, connect: () => counting }, signal));
    expect(report.result).toMatchObject({ cancelled: true, verdict: "inconclusive" });
    expect(report.result.rounds).toHaveLength(2);
    expect(report.message).toMatch(/^Gate cancelled after 2 rounds of stage canary/);
    expect(report.evidence.cancelled).toBe(true);
    // Published all the same: the partial evidence is written and named in the outputs.
    expect(JSON.parse(publisher.files["/tmp/evidence.json"]!).cancelled).toBe(true);
    expect(publisher.outputs).toMatchObject({ verdict: "inconclusive", evidence: "/tmp/evidence.json" });
    expect(signals.listenerCount("SIGTERM")).toBe(0);
  });

  it("holds a slice of the soak when asked, as a scheduled watch does", async () => {
    const { deps, log } = world();
    const report = await gate(request({ soak: 1800 }), deps);
    expect(report.result).toMatchObject({ verdict: "go", soak: 1800, elapsed: 1800 });
    expect(report.result.rounds).toHaveLength(6);
    expect(log.lines).toContain("Holding stage canary for 30m of its 2h soak.");
  });

  it("refuses a slice shorter than one interval, naming the input", () => {
    let error: unknown;
    try {
      checkSlice(PLAYBOOK.stages[0]!, 60, "input 'soak'");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      { path: "input 'soak'", message: "found 1m; expected at least the stage's interval of 5m, or one round could not be taken" },
    ]);
  });

  it("runs a stage of HTTP probes without any Prometheus", async () => {
    const p = playbook([httpCheck({ name: "health" })], { soak: 600, interval: 300 });
    const { deps, connected } = world();
    const report = await gate(request({ playbook: p, stage: p.stages[0]!, connection: undefined }), deps);
    expect(report.result.verdict).toBe("go");
    expect(connected).toEqual([]);
  });

  it("names the stages there are for an unknown one", () => {
    expect(() => findStage(PLAYBOOK, "gradual", "input 'stage'")).toThrow(/^input 'stage': no stage named "gradual"; expected one of: canary$/);
  });
});
