/** The top-level action: a whole playbook in one job, stage after stage. */
import { defaultEnvironment } from "../../app/deployments.js";
import { perform } from "../../app/perform.js";
import { rollout } from "../../app/rollout.js";
import { requireTarget } from "../../app/target.js";
import { ACTION_CONNECTION_NAMES } from "../../inputs/common.js";
import { parsePlaybookInputs, playbookAction } from "../../inputs/playbook.js";
import { inputPath } from "../../inputs/spec.js";
import { connectionSecrets, resolveConnection } from "../../metrics/connection.js";
import { rolloutReading, selectStages } from "../../playbook/stages.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { evidenceMeta, runFromEnv } from "../run-info.js";
import { checkTargetReady, concludeStep, prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook, locate } = await prepare(playbookAction.inputs, parsePlaybookInputs, deps);
    const stages = selectStages(playbook, inputs.stages, inputPath("stages"));
    const target = requireTarget(playbook, inputs.playbook, "deploy-playbook");
    checkTargetReady(target, inputs.playbook, deps.env, locate);
    // One connection for every gate and the rollback's verify checks, checked before anything moves.
    const reading = rolloutReading(playbook, stages);
    const connection = inputs.dryRun ? undefined : await resolveConnection(playbook, reading, inputs.prometheus, ACTION_CONNECTION_NAMES, deps.files);
    const github = inputs.githubToken && !inputs.dryRun ? deps.github(inputs.githubToken) : undefined;
    const run = runFromEnv(deps.env);
    const request = {
      playbook,
      file: inputs.playbook,
      stages,
      version: inputs.version,
      ...(inputs.state && { state: inputs.state }),
      force: inputs.force,
      dryRun: inputs.dryRun,
      acceptConditional: inputs.acceptConditional,
      deployment: { environment: inputs.environment ?? defaultEnvironment(playbook, inputs.state), ...(inputs.environmentUrl && { environmentUrl: inputs.environmentUrl }) },
      ...(run && { run }),
      ...(connection && { connection }),
      secrets: connectionSecrets(inputs.prometheus),
      evidence: { dir: inputs.evidenceDir, upload: inputs.uploadEvidence },
      meta: evidenceMeta(deps.env, inputs.state),
      openIssue: inputs.openIssue,
    };
    const report = await perform("the rollout", deps, (signal) =>
      rollout(request, { clock: deps.clock, log: deps.log, connect: deps.connect, prober: deps.prober, target: deps.target(target, signal), ...(github && { github }) }, signal),
    );
    concludeStep(report, deps.log, "Set accept-conditional: true to accept a conditional verdict.");
  });
}
