/**
 * The gate action's real run: hold the stage, then write what the gate leaves behind
 * (evidence file, outputs, job summary, annotations, artifact) and fail the step unless
 * the verdict is accepted. A cancelled job (SIGINT, then SIGTERM, from the runner) still
 * writes its partial evidence and summary before the step fails.
 */
import * as core from "@actions/core";
import packageJson from "../../../package.json" with { type: "json" };
import { ConfigurationError } from "../../errors.js";
import { ACTION_SETTING_NAMES } from "../../gate/connection.js";
import { abortOnSignals, type SignalSource } from "../../gate/interrupt.js";
import type { GateReport } from "../../gate/report.js";
import { type GateAppDeps, realGateDeps, runStageGate } from "../../gate/run.js";
import type { GateInputs } from "../../inputs/gate.js";
import type { Playbook } from "../../playbook/types.js";
import type { EvidenceMeta } from "../../report/evidence.js";
import { writeEvidence } from "../../report/evidence.js";
import type { DeployState } from "../../state.js";
import { ActionRefusal, setOutput, type ShellDeps, writeSummary } from "../shell.js";
import { artifactUploader, type EvidenceUploader, publishEvidence } from "./upload.js";

/** The parts of the world beyond {@link ShellDeps} a gate run touches; defaults are the real ones. */
export interface StageDeps {
  readonly signals?: SignalSource;
  readonly uploader?: EvidenceUploader;
  readonly gate?: GateAppDeps;
}

/** Runs the stage's gate and publishes its report. Throws ActionRefusal when the verdict is not accepted. */
export async function runGateStage(playbook: Playbook, inputs: GateInputs, deps: ShellDeps & StageDeps): Promise<void> {
  const controller = new AbortController();
  // Listening until the very end: a second signal while writing must not kill the process mid-file.
  const stopListening = abortOnSignals(controller, deps.log, deps.signals);
  try {
    const report = await runStageGate(
      {
        playbook,
        stage: inputs.stage,
        prometheus: inputs.prometheus,
        names: ACTION_SETTING_NAMES,
        acceptConditional: inputs.acceptConditional,
        ...(inputs.soak !== undefined && { soak: inputs.soak }),
        ...(inputs.state && { state: inputs.state }),
        evidencePath: inputs.evidencePath,
        meta: evidenceMeta(deps.env, inputs.state),
        signal: controller.signal,
      },
      deps.gate ?? realGateDeps(deps.clock, deps.log),
    );
    await publish(report, inputs, deps);
    if (!report.accepted) throw new ActionRefusal(report.failure ?? `Gate ${report.result.verdict}.`);
    deps.log.info(`Gate ${report.result.verdict} for stage ${report.result.stage}: the step passes.`);
  } finally {
    stopListening();
  }
}

async function publish(report: GateReport, inputs: GateInputs, deps: ShellDeps & StageDeps): Promise<void> {
  let written = true;
  try {
    await writeEvidence(inputs.evidencePath, report.evidence);
  } catch (error) {
    written = false;
    core.error(`${inputs.evidencePath}: ${error instanceof Error ? error.message : String(error)}`, { title: "Evidence not written" });
  }
  for (const [name, value] of Object.entries(report.outputs)) {
    if (value !== undefined && (name !== "evidence" || written)) setOutput(name, value);
  }
  await writeSummary(report.summary, deps.env);
  for (const a of report.annotations) {
    if (a.level === "error") core.error(a.message, { title: a.title });
    else core.warning(a.message, { title: a.title });
  }
  if (written) {
    await publishEvidence({
      path: inputs.evidencePath,
      enabled: inputs.uploadEvidence,
      service: report.result.service,
      stage: report.result.stage,
      env: deps.env,
      log: deps.log,
      uploader: deps.uploader ?? artifactUploader,
    });
  } else if (report.accepted) {
    // A go whose numbers were not kept cannot be reviewed: fail closed.
    throw new ConfigurationError([
      { path: "input 'evidence-path'", message: `${inputs.evidencePath} could not be written; expected a writable file path (relative paths resolve against RUNNER_TEMP)` },
    ]);
  }
}

/** Where the gate ran, from the runner's environment; nothing secret. */
function evidenceMeta(env: ShellDeps["env"], state: DeployState | undefined): Omit<EvidenceMeta, "generatedAt"> {
  const pick = (name: string) => env[name] || undefined;
  const meta = {
    toolVersion: packageJson.version,
    repository: pick("GITHUB_REPOSITORY"),
    runId: pick("GITHUB_RUN_ID"),
    runAttempt: pick("GITHUB_RUN_ATTEMPT"),
    sha: pick("GITHUB_SHA"),
    ref: pick("GITHUB_REF"),
    version: state?.targetVersion,
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
}
