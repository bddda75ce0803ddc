/**
 * Moving a stage's share of traffic to the new version (the canary action, and each stage
 * of a whole rollout): checked against the state and the window, recorded before the first
 * move, moved and waited for through the target, recorded in GitHub. With `promote`, the
 * new version becomes the stable one once its last stage is reached.
 */
import { ConfigurationError, Refusal } from "../errors.js";
import { GitHubError, type GitHubPort } from "../github/types.js";
import { playbookDigest } from "../playbook/digest.js";
import { planStage } from "../playbook/plan.js";
import type { Playbook, Stage } from "../playbook/types.js";
import { code, escapeMarkdown } from "../report/markdown.js";
import { type DeployState, serializeState } from "../state.js";
import { TargetError, type Target, type TrafficStep } from "../targets/types.js";
import type { AppDeps } from "./deps.js";
import { createDeployment, type DeploymentTarget, findRunDeployment, movedDescription, movingDescription, postStatus, wasRolledBack } from "./deployments.js";
import { dryRunReport, stagesDryRun } from "./dry-run.js";
import type { Report } from "./report.js";
import { checkMoveOrder, checkPromotion, checkState, movedState } from "./rollout-state.js";
import { requireTarget } from "./target.js";
import { enforceWindow } from "./window.js";

export interface MoveRequest {
  readonly playbook: Playbook;
  /** The playbook file, as problems name it. */
  readonly file: string;
  readonly stage: Stage;
  readonly version: string;
  /** The state of the rollout so far; absent for its first stage. */
  readonly state?: DeployState;
  /** Go on in a closed deployment window. */
  readonly force: boolean;
  readonly dryRun: boolean;
  /** Make the version the stable one after the move (the last stage, at 100%). */
  readonly promote: boolean;
  /** Where GitHub records the rollout; absent without a GitHub token. */
  readonly deployment?: DeploymentTarget;
  /** The workflow run that moves, for the state and reports. */
  readonly run?: DeployState["run"];
}

/** The world a move touches: the target made for this run, and GitHub when there is a token. */
export interface MoveDeps extends Pick<AppDeps, "clock" | "log"> {
  readonly target: Target;
  readonly github?: GitHubPort;
}

/** Moves the stage's weight of traffic to the version, or shows the plan and the state it would produce in a dry run. */
export async function move(request: MoveRequest, deps: MoveDeps): Promise<Report> {
  const { playbook, stage } = request;
  requireTarget(playbook, request.file, "canary");
  if (request.state) checkState(request.state, playbook, playbookDigest(playbook), "input 'state'");
  checkMoveOrder(request.state, playbook, stage, "input 'state'");
  checkVersion(request);
  if (request.promote) checkPromotion(request.state, playbook, stage);
  const plan = planStage(playbook, stage);
  enforceWindow(playbook, request.force, deps);
  const what = `move ${stage.weight}% of ${playbook.service}'s traffic to version ${request.version} (stage ${stage.name})`;
  const start = request.state ?? newState(request, deps.clock.now());
  if (request.dryRun) {
    const report = dryRunReport(stagesDryRun(`canary would ${what}`, [plan], plan), deps.log);
    return { ...report, outputs: { ...report.outputs, state: serializeState(movedState(start, stage, deps.clock.now())) } };
  }
  let moved: DeployState;
  try {
    moved = await moveStage(start, request, deps);
  } catch (error) {
    if (!(error instanceof MoveFailed)) throw error;
    // The state goes out all the same: it holds what the rollback must restore.
    return {
      outputs: { state: serializeState(error.state), plan: JSON.stringify(plan) },
      summary: `## Canary failed: ${escapeMarkdown(playbook.service)} at stage ${escapeMarkdown(stage.name)}\n\n${escapeMarkdown(error.message)}\n`,
      annotations: [],
      files: [],
      accepted: false,
      message: error.message,
    };
  }
  return {
    outputs: { state: serializeState(moved), plan: JSON.stringify(plan) },
    summary: moveSummary(moved, request),
    annotations: [],
    files: [],
    accepted: true,
    message: `${playbook.service} ${request.version}: ${stage.weight}% of traffic at stage ${stage.name}${request.promote ? ", promoted" : ""}.`,
  };
}

/**
 * The move itself, shared with the whole-playbook run: record what is live before the
 * first move, open (or find) the GitHub deployment, move, wait, promote when asked. A
 * failing target marks the deployment failed and is thrown with the state it left, so a
 * rollback knows what to restore.
 */
export async function moveStage(state: DeployState, request: MoveRequest, deps: MoveDeps): Promise<DeployState> {
  const { stage } = request;
  const step: TrafficStep = { service: state.service, stage: stage.name, weight: stage.weight, previousWeight: state.weight, version: state.targetVersion };
  const { github } = deps;
  const target = request.deployment;
  let current: DeployState = state;
  if (github && current.deployment && wasRolledBack(await github.deployments.statuses(current.deployment.id))) {
    // A state output from before a rollback (a re-run job's) must not move traffic again.
    throw new Refusal(
      `GitHub deployment ${current.deployment.id} of ${state.service} ${state.targetVersion} was rolled back, though the state given says it is rolling out; start a new rollout (no state) to move traffic again.`,
    );
  }
  if (github && target && !current.deployment) {
    // A re-run of the step: the record its first attempt took is what was live before the
    // rollout; recording again would take the canary it moved for the stable version.
    const made = await findRunDeployment(github, target, current);
    if (made) {
      deps.log.info(`GitHub deployment ${made.deployment.id} of ${target.environment} was made by this run already; using it.`);
      const previous = current.previous ?? made.state.previous;
      current = { ...current, ...(previous && { previous }), deployment: { id: made.deployment.id, environment: target.environment } };
    }
  }
  const previous = current.previous ?? (await deps.target.record(step));
  if (!current.previous) deps.log.info(`Recorded what ${deps.target.description} has live before the first move, for rollback: ${JSON.stringify(previous)}`);
  current = { ...current, previous };
  if (github && target && !current.deployment) {
    const deployment = await createDeployment(github, target, current, deps.log);
    current = { ...current, deployment: { id: deployment.id, environment: target.environment } };
  } else if (!github || !target) {
    deps.log.info("No GitHub token: the rollout is not recorded as a GitHub deployment.");
  }
  const status = (state: Parameters<typeof postStatus>[2], description: string) =>
    github && target && current.deployment ? postStatus(github, current.deployment.id, state, description, target) : Promise.resolve();
  await status("in_progress", movingDescription(stage.name, step.previousWeight, stage.weight));
  current = movedState(current, stage, deps.clock.now());
  try {
    deps.log.info(`Moving ${stage.weight}% of traffic to ${state.targetVersion} through ${deps.target.description} (stage ${stage.name}).`);
    await deps.target.move(step, previous);
    await deps.target.wait(step, previous);
  } catch (error) {
    if (error instanceof TargetError) {
      await status("failure", `Stage ${stage.name}: ${error.message.split("\n")[0]!}`.slice(0, 140)).catch(() => undefined);
      throw new MoveFailed(error, current);
    }
    throw error;
  }
  if (request.promote) return promoteRollout(current, request, deps);
  try {
    await status("in_progress", movedDescription(stage.name, stage.weight, state.targetVersion));
  } catch (error) {
    // The traffic has moved: the state must still go out, or nothing knows what to restore.
    if (error instanceof GitHubError) throw new MoveFailed(error, current);
    throw error;
  }
  return current;
}

/**
 * Makes the rolled-out version the stable one and marks the GitHub deployment successful.
 * A failing target marks it failed and is thrown with the state, as a failed move is.
 */
export async function promoteRollout(state: DeployState, request: Pick<MoveRequest, "deployment">, deps: MoveDeps): Promise<DeployState> {
  const previous = state.previous;
  const { github } = deps;
  const target = request.deployment;
  const id = state.deployment?.id;
  const status = (s: Parameters<typeof postStatus>[2], description: string) => (github && target && id !== undefined ? postStatus(github, id, s, description, target) : Promise.resolve());
  if (!previous) throw new TargetError(`Nothing was moved for ${state.service} ${state.targetVersion}, so there is nothing to promote.`);
  const step: TrafficStep = { service: state.service, stage: state.stage, weight: state.weight, previousWeight: state.weight, version: state.targetVersion };
  deps.log.info(`Promoting ${state.targetVersion}: it becomes the stable version.`);
  try {
    await deps.target.promote(step, previous);
  } catch (error) {
    if (error instanceof TargetError) {
      await status("failure", `Promotion failed: ${error.message.split("\n")[0]!}`.slice(0, 140)).catch(() => undefined);
      throw new MoveFailed(error, state);
    }
    throw error;
  }
  const promoted: DeployState = { ...state, status: "promoted", updatedAt: deps.clock.now().toISOString() };
  try {
    await status("success", `${state.targetVersion} promoted`);
  } catch (error) {
    // The version is the stable one already; only GitHub's record of it is missing.
    if (error instanceof GitHubError) throw new MoveFailed(error, promoted, { undo: false });
    throw error;
  }
  return promoted;
}

/**
 * A move stopped half way: the target failed, or GitHub could not record a move the target
 * made. `state` is where the rollout was left, for the rollback; `undo` is false when the
 * target did all it was asked (a promotion GitHub could not record) and undoing it would
 * be wrong.
 */
export class MoveFailed extends Error {
  override readonly name = "MoveFailed";
  readonly undo: boolean;
  constructor(
    readonly failure: TargetError | GitHubError,
    readonly state: DeployState,
    options: { readonly undo?: boolean } = {},
  ) {
    super(failure.message);
    this.undo = options.undo ?? true;
  }
}

/** The state of a rollout that has not moved yet. */
export function newState(request: Pick<MoveRequest, "playbook" | "stage" | "version" | "run">, now: Date): DeployState {
  return {
    version: 1,
    service: request.playbook.service,
    stage: request.stage.name,
    weight: 0,
    targetVersion: request.version,
    status: "rolling-out",
    digest: playbookDigest(request.playbook),
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    verdicts: {},
    ...(request.run && { run: request.run }),
  };
}

/** A rollout carries one version from its first stage to its last. */
function checkVersion(request: MoveRequest): void {
  const state = request.state;
  if (state && state.targetVersion !== request.version) {
    throw new ConfigurationError([
      {
        path: "input 'version'",
        message: `found ${JSON.stringify(request.version)}, but the state is the rollout of ${JSON.stringify(state.targetVersion)}; a rollout moves one version through its stages (start a new rollout, without a state, for ${JSON.stringify(request.version)})`,
      },
    ]);
  }
}

function moveSummary(state: DeployState, request: MoveRequest): string {
  const lines = [
    `## Canary: ${escapeMarkdown(state.service)} ${code(state.targetVersion)} at ${state.weight}% (stage ${escapeMarkdown(state.stage)})`,
    "",
    request.promote ? `Promoted: ${code(state.targetVersion)} is now the stable version.` : `The gate holds this stage next.`,
    "",
  ];
  if (state.deployment) lines.push(`GitHub deployment ${state.deployment.id} in ${code(state.deployment.environment)}.`, "");
  return lines.join("\n");
}
