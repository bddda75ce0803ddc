/** The signoff action: decides from who approved the environment's job whether the rollout counts as done. */
import { parseSignoffInputs, signoffAction } from "../../inputs/signoff.js";
import { loadPlaybook } from "../../playbook/load.js";
import { publishDryRun } from "../dry-run.js";
import { checkStateService, inputContext, maskSecrets, notBuiltYet, runShell, type ShellDeps, shellDeps } from "../shell.js";
import { describeSignoff, planSignoff, signoffDryRun } from "./plan.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ShellDeps> = {}): Promise<void> {
  const deps = shellDeps(overrides);
  await runShell(deps, async () => {
    maskSecrets(signoffAction.inputs, deps.getInput);
    const inputs = parseSignoffInputs(deps.getInput, inputContext(deps.env));
    const playbook = loadPlaybook(inputs.playbook);
    checkStateService(inputs.state, playbook, inputs.playbook);
    const plan = planSignoff(playbook, inputs);
    if (!inputs.dryRun) throw notBuiltYet("signoff", describeSignoff(plan));
    await publishDryRun(signoffDryRun(plan), deps);
  });
}
