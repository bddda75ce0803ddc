/**
 * The rollback action: puts the target back as the state recorded it. Deployment windows
 * never apply: an undo must always be possible.
 */
import { publish } from "../../app/report.js";
import { restore } from "../../app/restore.js";
import { parseRollbackInputs, rollbackAction } from "../../inputs/rollback.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(rollbackAction.inputs, parseRollbackInputs, deps);
    const report = await restore(
      { playbook, file: inputs.playbook, reason: inputs.reason, ...(inputs.state && { state: inputs.state }), dryRun: inputs.dryRun },
      deps,
    );
    await publish(report, deps.publisher);
  });
}
