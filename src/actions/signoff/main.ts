/** The signoff action: decides from who approved the environment's job whether the rollout counts as done. */
import { parseSignoffInputs, signoffAction } from "../../inputs/signoff.js";
import { publishDryRun } from "../dry-run.js";
import { notBuiltYet, prepare, runShell, shellDeps, type ShellDeps } from "../shell.js";
import { describeSignoff, planSignoff, signoffDryRun } from "./plan.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ShellDeps> = {}): Promise<void> {
  const deps = shellDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(signoffAction.inputs, parseSignoffInputs, deps);
    const plan = planSignoff(playbook, inputs);
    if (!inputs.dryRun) throw notBuiltYet("signoff", describeSignoff(plan));
    await publishDryRun(signoffDryRun(plan), deps);
  });
}
