/** The canary action: moves a stage's share of traffic to the new version. */
import { defaultEnvironment } from "../../app/deployments.js";
import { move } from "../../app/move.js";
import { perform } from "../../app/perform.js";
import { requireTarget } from "../../app/target.js";
import { canaryAction, parseCanaryInputs } from "../../inputs/canary.js";
import { inputPath } from "../../inputs/spec.js";
import { findStage } from "../../playbook/stages.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { runFromEnv } from "../run-info.js";
import { checkTargetReady, concludeStep, prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook, locate } = await prepare(canaryAction.inputs, parseCanaryInputs, deps);
    const stage = findStage(playbook, inputs.stage, inputPath("stage"));
    const github = inputs.githubToken && !inputs.dryRun ? deps.github(inputs.githubToken) : undefined;
    const run = runFromEnv(deps.env);
    const request = {
      playbook,
      file: inputs.playbook,
      stage,
      version: inputs.version,
      ...(inputs.state && { state: inputs.state }),
      force: inputs.force,
      dryRun: inputs.dryRun,
      promote: inputs.promote,
      deployment: { environment: inputs.environment ?? defaultEnvironment(playbook, inputs.state), ...(inputs.environmentUrl && { environmentUrl: inputs.environmentUrl }) },
      ...(run && { run }),
    };
    const target = requireTarget(playbook, inputs.playbook, "canary");
    checkTargetReady(target, inputs.playbook, deps.env, locate);
    const report = await perform("the move", deps, (signal) => move(request, { clock: deps.clock, log: deps.log, target: deps.target(target, signal), ...(github && { github }) }));
    concludeStep(report, deps.log);
  });
}
