/**
 * The rollback action: puts the target back as the state recorded it. Deployment windows
 * never apply: an undo must always be possible.
 */
import { parseRollbackInputs, rollbackAction } from "../../inputs/rollback.js";
import { publishDryRun } from "../dry-run.js";
import { notBuiltYet, prepare, runShell, shellDeps, type ShellDeps } from "../shell.js";
import { describeRollback, planRollback, rollbackDryRun } from "./plan.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ShellDeps> = {}): Promise<void> {
  const deps = shellDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(rollbackAction.inputs, parseRollbackInputs, deps);
    const plan = planRollback(playbook, inputs);
    if (!inputs.dryRun) throw notBuiltYet("rollback", describeRollback(plan));
    await publishDryRun(rollbackDryRun(plan), deps);
  });
}
