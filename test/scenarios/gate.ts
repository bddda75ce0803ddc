/**
 * Runs the real gate on a scenario: the playbook as a user writes it, the real Prometheus
 * client against the real (backfilled) Prometheus, the real HTTP prober, and a fake clock
 * that starts when the scenario's traffic starts, so a two-hour soak takes milliseconds.
 */
import { fakeClock } from "../fakes/clock.js";
import { runSoak } from "../../src/judge/soak.js";
import type { GateResult, Measurement } from "../../src/judge/types.js";
import { memoryLogger } from "../fakes/log.js";
import { createHttpProber } from "../../src/metrics/probe.js";
import { createPrometheusClient } from "../../src/metrics/prometheus.js";
import type { MetricsSource } from "../../src/metrics/types.js";
import { parsePlaybook } from "../../src/playbook/load.js";
import type { Playbook } from "../../src/playbook/types.js";
import { buildEvidence, type Evidence } from "../../src/report/evidence.js";
import { SCENARIO_START } from "./traffic.js";

/** A query as the client was asked to send it, and the instant it was asked for. */
export interface SentQuery {
  readonly query: string;
  readonly time: string;
}

export interface ScenarioRun {
  readonly result: GateResult;
  readonly playbook: Playbook;
  readonly evidence: Evidence;
  readonly log: readonly string[];
  readonly sent: readonly SentQuery[];
  /** One check's measurement in every round, in order. */
  measurements(check: string): Measurement[];
}

/** Passes every read through to the real client, noting what was sent. */
function recording(source: MetricsSource, sent: SentQuery[]): MetricsSource {
  return {
    instant(query, time, signal) {
      sent.push({ query, time: time.toISOString() });
      return source.instant(query, time, signal);
    },
    range: (query, start, end, step, signal) => source.range(query, start, end, step, signal),
  };
}

/** Runs the first stage of a playbook, given as YAML text or (for what lint rejects) as an object. */
export async function runScenario(playbook: string | Playbook, prometheusUrl: string): Promise<ScenarioRun> {
  const parsed = typeof playbook === "string" ? parsePlaybook(playbook, "deploy-playbook.yml") : playbook;
  const clock = fakeClock(SCENARIO_START);
  const log = memoryLogger();
  const sent: SentQuery[] = [];
  const client = createPrometheusClient({ url: prometheusUrl, timeoutSeconds: 10 }, { clock, log });
  const deps = { metrics: recording(client, sent), prober: createHttpProber({ clock, log }), clock, log };
  const result = await runSoak({ playbook: parsed, stage: parsed.stages[0]! }, deps);
  return {
    result,
    playbook: parsed,
    evidence: buildEvidence(result, parsed, parsed.stages[0]!, { generatedAt: result.endedAt }),
    log: log.lines,
    sent,
    measurements: (check) => result.rounds.map((r) => r.measurements.find((m) => m.check === check)!),
  };
}

/** Minutes after the scenario's start, as the ISO time the gate reports. */
export function isoAfter(minutes: number): string {
  return new Date(SCENARIO_START.getTime() + minutes * 60_000).toISOString();
}
