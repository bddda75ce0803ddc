/** The gate action: holds a stage against its checks and decides whether it may go on. */
import { gateAction, parseGateInputs } from "../../inputs/gate.js";
import type { StagePlan } from "../../playbook/plan.js";
import { publishDryRun, stagePlan, stagesDryRun } from "../dry-run.js";
import { prepare, runShell, type ShellDeps, shellDeps } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ShellDeps> = {}): Promise<void> {
  const deps = shellDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(gateAction.inputs, parseGateInputs, deps);
    const plan = stagePlan(playbook, inputs.stage);
    // The judge, the Prometheus client and the reports load only for a real gate.
    if (!inputs.dryRun) return (await import("./stage.js")).runGateStage(playbook, inputs, deps);
    // No verdict in a dry run: nothing was measured, and a verdict without data is never given.
    await publishDryRun(stagesDryRun(`gate would hold ${describe(plan)}`, [plan], plan), deps);
  });
}

function describe(plan: StagePlan): string {
  return `stage ${plan.stage} at ${plan.weight}% for ${plan.soak} against ${plan.checks.length} check${plan.checks.length === 1 ? "" : "s"}, a round every ${plan.interval}`;
}
