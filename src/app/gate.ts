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
import { checkState } from "./rollout-state.js";
import { ConfigurationError } from "../errors.js";
import { planStage } from "../playbook/plan.js";
import { playbookDigest } from "../playbook/digest.js";
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
  /** The rollout's state so far; absent, the gate starts a record of its own (a gate run alone). */
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
  if (request.state) checkGateState(request.state, request, deps.clock.now());
  const stage = request.soak === undefined ? request.stage : sliceStage(request.stage, request.soak);
  if (stage !== request.stage) deps.log.info(`Holding stage ${stage.name} for ${formatSeconds(stage.soak)} of its ${formatSeconds(request.stage.soak)} soak.`);
  const metrics = request.connection ? deps.connect(request.connection) : unreachableMetrics;
  const result = await runSoak({ playbook, stage, ...(signal && { signal }) }, { metrics, prober: deps.prober, clock: deps.clock, log: deps.log });
  return gateReport(result, playbook, stage, {
    acceptConditional: request.acceptConditional,
    state: request.state ?? ownState(request, deps.clock.now()),
    plan: planStage(playbook, request.stage),
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

/** A state from this rollout, at the stage the gate holds. */
function checkGateState(state: DeployState, request: GateRequest, now: Date): void {
  checkState(state, request.playbook, playbookDigest(request.playbook), "input 'state'");
  if (state.stage !== request.stage.name) {
    throw new ConfigurationError([
      { path: "input 'state'", message: `is at stage ${state.stage}, but the gate holds stage ${request.stage.name}; expected the state output of the step that moved stage ${request.stage.name} (now ${now.toISOString()})` },
    ]);
  }
}

/**
 * The record a gate run on its own starts (a scheduled watch of a deployment made
 * elsewhere): the stage as the playbook sets it, the version from the run's metadata.
 */
function ownState(request: GateRequest, now: Date): DeployState {
  const at = now.toISOString();
  return {
    version: 1,
    service: request.playbook.service,
    stage: request.stage.name,
    weight: request.stage.weight,
    targetVersion: request.meta.version ?? request.meta.sha ?? "unrecorded",
    status: "rolling-out",
    digest: playbookDigest(request.playbook),
    startedAt: at,
    updatedAt: at,
    verdicts: {},
  };
}
