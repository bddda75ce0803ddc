/** The canary action: moves a stage's share of traffic to the new version. */
import { canaryAction, parseCanaryInputs } from "../../inputs/canary.js";
import { loadPlaybook } from "../../playbook/load.js";
import { publishDryRun, stagePlan, stagesDryRun } from "../dry-run.js";
import { checkStateService, enforceWindow, inputContext, maskSecrets, notBuiltYet, requireTarget, runShell, type ShellDeps, shellDeps } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ShellDeps> = {}): Promise<void> {
  const deps = shellDeps(overrides);
  await runShell(deps, async () => {
    maskSecrets(canaryAction.inputs, deps.getInput);
    const inputs = parseCanaryInputs(deps.getInput, inputContext(deps.env));
    const playbook = loadPlaybook(inputs.playbook);
    checkStateService(inputs.state, playbook, inputs.playbook);
    requireTarget(playbook, inputs.playbook, "canary");
    const plan = stagePlan(playbook, inputs.stage);
    enforceWindow(playbook, inputs.force, deps);
    const what = `move ${plan.weight}% of ${playbook.service}'s traffic to version ${inputs.version} (stage ${plan.stage})`;
    if (!inputs.dryRun) throw notBuiltYet("canary", what);
    await publishDryRun(stagesDryRun(`canary would ${what}`, [plan], plan), deps);
  });
}
