/** The gate action: holds a stage against its checks and decides whether it may go on. */
import { dryRunReport, stagesDryRun } from "../../app/dry-run.js";
import { perform } from "../../app/perform.js";
import { publish } from "../../app/report.js";
import { ACTION_CONNECTION_NAMES } from "../../inputs/common.js";
import { gateAction, parseGateInputs } from "../../inputs/gate.js";
import { inputPath } from "../../inputs/spec.js";
import { connectionSecrets, resolveConnection } from "../../metrics/connection.js";
import { planStage, type StagePlan } from "../../playbook/plan.js";
import { checkSlice, findStage } from "../../playbook/stages.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { evidenceMeta } from "../run-info.js";
import { concludeStep, prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(gateAction.inputs, parseGateInputs, deps);
    const stage = findStage(playbook, inputs.stage, inputPath("stage"));
    if (inputs.dryRun) {
      // No verdict in a dry run: nothing was measured, and a verdict without data is never given.
      const plan = planStage(playbook, stage);
      return publish(dryRunReport(stagesDryRun(`gate would hold ${describe(plan)}`, [plan], plan), deps.log), deps.publisher);
    }
    if (inputs.soak !== undefined) checkSlice(stage, inputs.soak, inputPath("soak"));
    const connection = await resolveConnection(playbook, stage, inputs.prometheus, ACTION_CONNECTION_NAMES, deps.files);
    const request = {
      playbook,
      stage,
      ...(inputs.soak !== undefined && { soak: inputs.soak }),
      ...(connection && { connection }),
      secrets: connectionSecrets(inputs.prometheus),
      acceptConditional: inputs.acceptConditional,
      ...(inputs.state && { state: inputs.state }),
      evidence: { path: inputs.evidencePath, upload: inputs.uploadEvidence },
      meta: evidenceMeta(deps.env, inputs.state),
    };
    // The judge, the Prometheus client and the reports load only for a real gate.
    const { gate } = await import("../../app/gate.js");
    const report = await perform("the gate", deps, (signal) => gate(request, deps, signal));
    concludeStep(report, deps.log, "Set accept-conditional: true to accept a conditional verdict.");
  });
}

function describe(plan: StagePlan): string {
  return `stage ${plan.stage} at ${plan.weight}% for ${plan.soak} against ${plan.checks.length} check${plan.checks.length === 1 ? "" : "s"}, a round every ${plan.interval}`;
}
