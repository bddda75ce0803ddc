/** The top-level action: a whole playbook in one job, stage after stage. */
import { publish } from "../../app/report.js";
import { rollout } from "../../app/rollout.js";
import { parsePlaybookInputs, playbookAction } from "../../inputs/playbook.js";
import { inputPath } from "../../inputs/spec.js";
import { selectStages } from "../../playbook/stages.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(playbookAction.inputs, parsePlaybookInputs, deps);
    const stages = selectStages(playbook, inputs.stages, inputPath("stages"));
    const report = await rollout({ playbook, file: inputs.playbook, stages, version: inputs.version, force: inputs.force, dryRun: inputs.dryRun }, deps);
    await publish(report, deps.publisher);
  });
}
