/** The canary action: moves a stage's share of traffic to the new version. */
import { move } from "../../app/move.js";
import { publish } from "../../app/report.js";
import { canaryAction, parseCanaryInputs } from "../../inputs/canary.js";
import { inputPath } from "../../inputs/spec.js";
import { findStage } from "../../playbook/stages.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(canaryAction.inputs, parseCanaryInputs, deps);
    const stage = findStage(playbook, inputs.stage, inputPath("stage"));
    const report = await move({ playbook, file: inputs.playbook, stage, version: inputs.version, force: inputs.force, dryRun: inputs.dryRun }, deps);
    await publish(report, deps.publisher);
  });
}
