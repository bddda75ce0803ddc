/** The signoff action: decides from who approved the run's environments whether the rollout counts as done. */
import { perform } from "../../app/perform.js";
import { signOff } from "../../app/signoff.js";
import { ConfigurationError } from "../../errors.js";
import { changeMakers, type ChangeMakers, parseEvent } from "../../github/event.js";
import { parseSignoffInputs, signoffAction } from "../../inputs/signoff.js";
import { inputPath } from "../../inputs/spec.js";
import { playbookDigest } from "../../playbook/digest.js";
import { type ActionDeps, actionDeps } from "../deps.js";
import { concludeStep, prepare, runShell } from "../shell.js";

/** Runs the action; `overrides` replace parts of the real process. Never rejects. */
export async function run(overrides: Partial<ActionDeps> = {}): Promise<void> {
  const deps = actionDeps(overrides);
  await runShell(deps, async () => {
    const { inputs, playbook } = await prepare(signoffAction.inputs, parseSignoffInputs, deps);
    if (!inputs.dryRun && inputs.githubToken === undefined) {
      throw new ConfigurationError([{ path: inputPath("github-token"), message: "is empty; the sign-off reads who approved from the GitHub API, expected ${{ github.token }} or a token that can read team membership" }]);
    }
    const github = inputs.dryRun ? undefined : deps.github(inputs.githubToken!);
    const makers = inputs.dryRun ? {} : await readChangeMakers(deps);
    const request = {
      playbook,
      digest: playbookDigest(playbook),
      file: inputs.playbook,
      ...(inputs.environment !== undefined && { environment: inputs.environment }),
      ...(inputs.state && { state: inputs.state }),
      dryRun: inputs.dryRun,
      ...(inputs.changeType !== undefined && { changeType: inputs.changeType }),
      acceptConditional: inputs.acceptConditional,
      ...(inputs.environmentUrl !== undefined && { environmentUrl: inputs.environmentUrl }),
      ...makers,
      secrets: inputs.githubToken !== undefined ? [inputs.githubToken] : [],
    };
    const report = await perform("the sign-off", deps, () => signOff(request, { clock: deps.clock, log: deps.log, ...(github && { github }) }));
    concludeStep(report, deps.log, "Set accept-conditional: true to accept a conditional sign-off.");
  });
}

/** Who pushed and wrote the commit, from the event file the runner wrote; nothing when there is none. */
async function readChangeMakers(deps: Pick<ActionDeps, "env" | "files" | "log">): Promise<ChangeMakers> {
  const path = deps.env["GITHUB_EVENT_PATH"];
  if (!path) {
    deps.log.warning("GITHUB_EVENT_PATH is not set: only the run's actor is refused as a self-approver, not who pushed the commit.");
    return {};
  }
  try {
    const makers = changeMakers(parseEvent(await deps.files.readText(path)));
    deps.log.info(`From the run's event: pushed by ${makers.pusher ? `@${makers.pusher}` : "(not named)"}, written by ${makers.author ? `@${makers.author}` : "(not named)"}.`);
    return makers;
  } catch (error) {
    deps.log.warning(`The run's event file ${path} could not be read (${error instanceof Error ? error.message : String(error)}): only the run's actor is refused as a self-approver.`);
    return {};
  }
}
