/**
 * The rollout as GitHub records it: one deployment per rollout of a service to an
 * environment, its state in the payload, its progress in statuses. A re-run of the same
 * workflow run finds the deployment it already made instead of making a second.
 */
import type { Deployment, DeploymentStatus, DeploymentStatusState, GitHubPort } from "../github/types.js";
import type { Logger } from "../log.js";
import type { Playbook } from "../playbook/types.js";
import { type DeployState, stateFrom } from "../state.js";

/** The deployments' task for a service, so services sharing an environment stay apart. */
export function deploymentTask(service: string): string {
  return `deploy:${service}`;
}

/**
 * The environment a rollout is recorded in when none is named: the one its state says it
 * was recorded in, else the sign-off's, else production.
 */
export function defaultEnvironment(playbook: Playbook, state?: DeployState): string {
  return state?.deployment?.environment ?? playbook.signoff?.environment ?? "production";
}

/** Where the rollout is recorded, and how to describe it. */
export interface DeploymentTarget {
  readonly environment: string;
  readonly environmentUrl?: string;
}

/**
 * The deployment this workflow run already made for the rollout (a re-run of the step):
 * the one whose payload names this run and version.
 */
export async function findRunDeployment(github: GitHubPort, target: DeploymentTarget, state: DeployState): Promise<{ deployment: Deployment; state: DeployState } | undefined> {
  const runId = String(github.run.runId);
  for (const deployment of await github.deployments.list(target.environment, { task: deploymentTask(state.service), limit: 30 })) {
    const payload = payloadState(deployment);
    if (payload?.run?.id === runId && payload.targetVersion === state.targetVersion) return { deployment, state: payload };
  }
  return undefined;
}

/** A new deployment recording the rollout, with the state (and its record of what was live) as its payload. */
export async function createDeployment(github: GitHubPort, target: DeploymentTarget, state: DeployState, log: Logger): Promise<Deployment> {
  const deployment = await github.deployments.create({
    ref: github.run.sha,
    environment: target.environment,
    task: deploymentTask(state.service),
    payload: state,
    description: `${state.service} ${state.targetVersion}`.slice(0, 140),
    // A preview or per-branch environment goes away; production is what users see.
    transientEnvironment: false,
    productionEnvironment: /^prod(uction)?$/i.test(target.environment),
  });
  log.info(`GitHub deployment ${deployment.id} of ${target.environment} records the rollout of ${state.targetVersion}.`);
  return deployment;
}

/** Posts a status on the deployment, linking the run's log. */
export async function postStatus(
  github: GitHubPort,
  id: number,
  state: DeploymentStatusState,
  description: string,
  target: DeploymentTarget,
): Promise<void> {
  await github.deployments.setStatus(id, {
    state,
    description,
    logUrl: github.run.runUrl,
    ...(state === "success" && target.environmentUrl && { environmentUrl: target.environmentUrl }),
  });
}

/** The state in a deployment's payload, when it holds one (a deployment made by something else does not). */
export function payloadState(deployment: Deployment): DeployState | undefined {
  try {
    const data = typeof deployment.payload === "string" ? JSON.parse(deployment.payload) : deployment.payload;
    return stateFrom(data, `the payload of deployment ${deployment.id}`);
  } catch {
    return undefined;
  }
}

/** The latest rollout of the service GitHub holds for the environment, newest first. */
export async function latestRollouts(github: GitHubPort, environment: string, service: string): Promise<{ deployment: Deployment; state: DeployState }[]> {
  const deployments = await github.deployments.list(environment, { task: deploymentTask(service), limit: 30 });
  return deployments.flatMap((deployment) => {
    const state = payloadState(deployment);
    return state && state.service === service ? [{ deployment, state: { ...state, deployment: { id: deployment.id, environment } } }] : [];
  });
}

/** The status a move leaves while the target moves: `Stage half: moving 10% → 50%`. */
export function movingDescription(stage: string, from: number, to: number): string {
  return `Stage ${stage}: moving ${from}% → ${to}%`;
}

/** The status a move leaves once the target has moved: `Stage half: 50% on v2`. */
export function movedDescription(stage: string, weight: number, version: string): string {
  return `Stage ${stage}: ${weight}% on ${version}`.slice(0, 140);
}

const MOVING = /^Stage (\S+): moving [\d.]+% → ([\d.]+)%$/;
const MOVED = /^Stage (\S+): ([\d.]+)% on /;

/**
 * Where the statuses (newest first) say the rollout got to. The payload is written once,
 * before the first move, so only the statuses know the stage reached since; a move that
 * started but did not report done counts as reached, since its traffic may have moved.
 */
export function reachedStage(statuses: readonly DeploymentStatus[]): { stage: string; weight: number } | undefined {
  for (const status of statuses) {
    const found = MOVED.exec(status.description ?? "") ?? MOVING.exec(status.description ?? "");
    if (found) return { stage: found[1]!, weight: Number(found[2]) };
  }
  return undefined;
}

/** The description a rollback leaves on the deployment it undid; how a second rollback knows. */
export const ROLLED_BACK = "Rolled back";

/** Whether a rollback marked the deployment, among its statuses. */
export function wasRolledBack(statuses: readonly DeploymentStatus[]): boolean {
  return statuses.some((s) => s.description?.startsWith(ROLLED_BACK) === true);
}
