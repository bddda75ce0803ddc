/** The top-level action: a whole playbook in one job, stage after stage. */
import { parsePlaybookInputs, playbookAction } from "../../inputs/playbook.js";
import { ConfigurationError, describeValue } from "../../errors.js";
import { planStage } from "../../playbook/plan.js";
import type { Playbook } from "../../playbook/types.js";
import { publishDryRun, stagesDryRun } from "../dry-run.js";
import { enforceWindow, notBuiltYet, prepare, requireTarget, runShell, shellDeps, type ShellDeps } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ShellDeps> = {}): Promise<void> {
  const deps = shellDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(playbookAction.inputs, parsePlaybookInputs, deps);
    requireTarget(playbook, inputs.playbook, "deploy-playbook");
    const plans = selectedStages(playbook, inputs.stages).map((name) => planStage(playbook, name));
    enforceWindow(playbook, inputs.force, deps);
    const what = `roll ${playbook.service} out to version ${inputs.version} through ${plans.map((p) => `${p.stage} (${p.weight}%)`).join(", ")}`;
    if (!inputs.dryRun) throw notBuiltYet("deploy-playbook", what);
    await publishDryRun(stagesDryRun(`deploy-playbook would ${what}`, plans, plans), deps);
  });
}

/** The stages to run, in playbook order whatever order the input lists them in. */
function selectedStages(playbook: Playbook, names: readonly string[] | undefined): string[] {
  const all = playbook.stages.map((s) => s.name);
  if (!names) return all;
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      unknown.map((n) => ({ path: "input 'stages'", message: `no stage named ${describeValue(n)}; expected one of: ${all.join(", ")}` })),
    );
  }
  return all.filter((n) => names.includes(n));
}
