/** The canary action: moves a stage's share of traffic to the new version. */
import { canaryAction, parseCanaryInputs } from "../../inputs/canary.js";
import { publishDryRun, stagePlan, stagesDryRun } from "../dry-run.js";
import { enforceWindow, notBuiltYet, prepare, requireTarget, runShell, shellDeps, type ShellDeps } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ShellDeps> = {}): Promise<void> {
  const deps = shellDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(canaryAction.inputs, parseCanaryInputs, deps);
    requireTarget(playbook, inputs.playbook, "canary");
    const plan = stagePlan(playbook, inputs.stage);
    enforceWindow(playbook, inputs.force, deps);
    const what = `move ${plan.weight}% of ${playbook.service}'s traffic to version ${inputs.version} (stage ${plan.stage})`;
    if (!inputs.dryRun) throw notBuiltYet("canary", what);
    await publishDryRun(stagesDryRun(`canary would ${what}`, [plan], plan), deps);
  });
}
