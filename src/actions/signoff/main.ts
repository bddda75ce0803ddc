/** The signoff action: decides from who approved the environment's job whether the rollout counts as done. */
import { publish } from "../../app/report.js";
import { signOff } from "../../app/signoff.js";
import { parseSignoffInputs, signoffAction } from "../../inputs/signoff.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(signoffAction.inputs, parseSignoffInputs, deps);
    const report = await signOff(
      {
        playbook,
        file: inputs.playbook,
        ...(inputs.environment !== undefined && { environment: inputs.environment }),
        ...(inputs.state && { state: inputs.state }),
        dryRun: inputs.dryRun,
      },
      deps,
    );
    await publish(report, deps.publisher);
  });
}
