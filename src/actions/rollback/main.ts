/**
 * The rollback action: puts the target back as the state (or the latest GitHub deployment)
 * recorded it. Deployment windows never apply: an undo must always be possible.
 */
import { defaultEnvironment } from "../../app/deployments.js";
import { perform } from "../../app/perform.js";
import { restore } from "../../app/restore.js";
import { requireTarget } from "../../app/target.js";
import { ACTION_CONNECTION_NAMES } from "../../inputs/common.js";
import { parseRollbackInputs, rollbackAction } from "../../inputs/rollback.js";
import { connectionSecrets, resolveConnection } from "../../metrics/connection.js";
import { verifyStage } from "../../playbook/stages.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { runFromEnv } from "../run-info.js";
import { checkTargetReady, concludeStep, prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook, locate } = await prepare(rollbackAction.inputs, parseRollbackInputs, deps);
    const target = requireTarget(playbook, inputs.playbook, "rollback");
    checkTargetReady(target, inputs.playbook, deps.env, locate);
    const connection = inputs.dryRun ? undefined : await resolveConnection(playbook, verifyStage(playbook), inputs.prometheus, ACTION_CONNECTION_NAMES, deps.files);
    const github = inputs.githubToken && !inputs.dryRun ? deps.github(inputs.githubToken) : undefined;
    const run = runFromEnv(deps.env);
    const request = {
      playbook,
      file: inputs.playbook,
      reason: inputs.reason,
      ...(inputs.state && { state: inputs.state }),
      dryRun: inputs.dryRun,
      trigger: { kind: "manual" } as const,
      deployment: { environment: inputs.environment ?? defaultEnvironment(playbook, inputs.state) },
      openIssue: inputs.openIssue,
      ...(connection && { connection }),
      secrets: connectionSecrets(inputs.prometheus),
      ...(run && { run }),
    };
    const report = await perform("the rollback", deps, (signal) =>
      restore(request, { clock: deps.clock, log: deps.log, connect: deps.connect, prober: deps.prober, target: deps.target(target, signal, { force: inputs.force }), ...(github && { github }) }, signal),
    );
    concludeStep(report, deps.log);
  });
}
