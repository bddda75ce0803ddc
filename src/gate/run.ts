/**
 * The gate as an application: a playbook stage and the caller's connection settings in,
 * a {@link GateReport} out. Shared by the gate action, the CLI and the top-level action;
 * nothing here knows about GitHub.
 */
import { readFile } from "node:fs/promises";
import type { Clock } from "../clock.js";
import { ConfigurationError } from "../errors.js";
import type { PrometheusInputs } from "../inputs/common.js";
import { runGate } from "../judge/soak.js";
import type { Logger } from "../log.js";
import { createHttpProber } from "../metrics/probe.js";
import { createPrometheusClient } from "../metrics/prometheus.js";
import type { PrometheusClientOptions } from "../metrics/prometheus-options.js";
import type { MetricsSource, Prober } from "../metrics/types.js";
import { formatSeconds } from "../playbook/quantity.js";
import type { Playbook, Stage } from "../playbook/types.js";
import type { EvidenceMeta } from "../report/evidence.js";
import type { DeployState } from "../state.js";
import { connectionSecrets, prometheusOptions, type ReadText, type SettingNames } from "./connection.js";
import { type GateReport, gateReport } from "./report.js";

/** What to gate, and how to reach the metrics. */
export interface GateRequest {
  readonly playbook: Playbook;
  readonly stage: string;
  readonly prometheus: PrometheusInputs;
  /** How the caller names its settings in errors and hints. */
  readonly names: SettingNames;
  readonly acceptConditional: boolean;
  /** Seconds to hold instead of the stage's soak: one slice of a long, scheduled watch. */
  readonly soak?: number;
  readonly state?: DeployState;
  /** Where the caller will write the evidence; reported in the outputs. */
  readonly evidencePath: string;
  /** Where the gate runs (repository, run, commit); the time is added here. */
  readonly meta: Omit<EvidenceMeta, "generatedAt">;
  /** Aborting ends the soak; the report then holds the partial result. */
  readonly signal?: AbortSignal;
}

/** The world a gate reads; {@link realGateDeps} wires the real one. */
export interface GateAppDeps {
  readonly clock: Clock;
  readonly log: Logger;
  readonly readText: ReadText;
  /** Makes the metrics source from validated-later options (the client validates them). */
  readonly connect: (options: PrometheusClientOptions) => MetricsSource;
  readonly prober: Prober;
}

/**
 * The stage held for `soak` seconds instead of its own soak: a 24-hour watch runs as
 * hourly slices, each a gate of its own. A go may still not come before min-soak.
 */
function slice(stage: Stage, soak: number, name: string): Stage {
  if (soak < stage.interval) {
    throw new ConfigurationError([
      { path: name, message: `found ${formatSeconds(soak)}; expected at least the stage's interval of ${formatSeconds(stage.interval)}, or one round could not be taken` },
    ]);
  }
  return { ...stage, soak, minSoak: Math.min(stage.minSoak, soak) };
}

/** Real HTTP, the real file system, with the caller's clock and logger. */
export function realGateDeps(clock: Clock, log: Logger): GateAppDeps {
  return {
    clock,
    log,
    readText: (path) => readFile(path, "utf8"),
    connect: (options) => createPrometheusClient(options, { clock, log }),
    prober: createHttpProber({ clock, log }),
  };
}

/**
 * Runs the stage's gate and builds its report. Configuration mistakes (unknown stage, no
 * Prometheus URL, unreadable CA, bad credentials) throw before any query is sent.
 */
export async function runStageGate(request: GateRequest, deps: GateAppDeps): Promise<GateReport> {
  const { playbook } = request;
  const declared = playbook.stages.find((s) => s.name === request.stage);
  if (!declared) {
    throw new ConfigurationError([
      { path: "stage", message: `found ${JSON.stringify(request.stage)}; expected one of ${playbook.stages.map((s) => s.name).join(", ")}` },
    ]);
  }
  const stage = request.soak === undefined ? declared : slice(declared, request.soak, request.names.soak);
  if (stage !== declared) deps.log.info(`Holding stage ${stage.name} for ${formatSeconds(stage.soak)} of its ${formatSeconds(declared.soak)} soak.`);
  const options = await prometheusOptions(playbook, stage, request.prometheus, request.names, deps.readText);
  const metrics = options ? deps.connect(options) : unreachableMetrics;
  const result = await runGate(
    { playbook, stage, ...(request.signal && { signal: request.signal }) },
    { metrics, prober: deps.prober, clock: deps.clock, log: deps.log },
  );
  return gateReport(result, playbook, {
    acceptConditional: request.acceptConditional,
    acceptHint: request.names.acceptConditional,
    ...(request.state && { state: request.state }),
    evidencePath: request.evidencePath,
    meta: { generatedAt: deps.clock.now().toISOString(), ...request.meta },
    secrets: connectionSecrets(request.prometheus),
  });
}

// A stage without metric or alerts checks never queries; if it did, that is our bug.
const unreachableMetrics: MetricsSource = {
  instant: () => Promise.reject(new Error("no Prometheus is configured, yet a check queried it")),
  range: () => Promise.reject(new Error("no Prometheus is configured, yet a check queried it")),
};
