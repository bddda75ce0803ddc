/**
 * The gate as an operation: a resolved stage and a validated connection in, a
 * {@link GateReport} out. Shared by the gate action, the CLI and the whole-playbook run;
 * nothing here knows about GitHub or the caller's input names.
 */
import { runSoak } from "../judge/soak.js";
import type { MetricsSource } from "../metrics/types.js";
import { formatSeconds } from "../playbook/quantity.js";
import { sliceStage } from "../playbook/stages.js";
import type { Playbook, Stage } from "../playbook/types.js";
import type { EvidenceMeta } from "../report/evidence.js";
import type { DeployState } from "../state.js";
import type { AppDeps } from "./deps.js";
import { type EvidenceTarget, type GateReport, gateReport } from "./gate-report.js";
import type { ClientSettings } from "../metrics/prometheus-options.js";

/** What to gate, resolved and validated by the caller. */
export interface GateRequest {
  readonly playbook: Playbook;
  readonly stage: Stage;
  /** Seconds to hold instead of the stage's soak (checked with `checkSlice`): one slice of a long watch. */
  readonly soak?: number;
  /** Absent when no check of the stage reads Prometheus. */
  readonly connection?: ClientSettings;
  /** Values never to be written anywhere: the connection's secrets. */
  readonly secrets: readonly string[];
  readonly acceptConditional: boolean;
  readonly state?: DeployState;
  readonly evidence: EvidenceTarget;
  /** Where the gate runs (repository, run, commit); the time is added here. */
  readonly meta: Omit<EvidenceMeta, "generatedAt">;
}

/** The parts of the world a gate touches. */
export type GateDeps = Pick<AppDeps, "clock" | "log" | "connect" | "prober">;

/** Holds the stage to a verdict and builds its report. Aborting `signal` ends the soak with a partial report. */
export async function gate(request: GateRequest, deps: GateDeps, signal?: AbortSignal): Promise<GateReport> {
  const { playbook } = request;
  const stage = request.soak === undefined ? request.stage : sliceStage(request.stage, request.soak);
  if (stage !== request.stage) deps.log.info(`Holding stage ${stage.name} for ${formatSeconds(stage.soak)} of its ${formatSeconds(request.stage.soak)} soak.`);
  const metrics = request.connection ? deps.connect(request.connection) : unreachableMetrics;
  const result = await runSoak({ playbook, stage, ...(signal && { signal }) }, { metrics, prober: deps.prober, clock: deps.clock, log: deps.log });
  return gateReport(result, playbook, stage, {
    acceptConditional: request.acceptConditional,
    ...(request.state && { state: request.state }),
    evidence: request.evidence,
    meta: { generatedAt: deps.clock.now().toISOString(), ...request.meta },
    secrets: request.secrets,
  });
}

// A stage without metric or alerts checks never queries; if it did, that is our bug.
const unreachableMetrics: MetricsSource = {
  instant: () => Promise.reject(new Error("no Prometheus is configured, yet a check queried it")),
  range: () => Promise.reject(new Error("no Prometheus is configured, yet a check queried it")),
};
