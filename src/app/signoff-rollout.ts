/**
 * What the sign-off reads from GitHub before it decides: the rollout being signed off
 * (from the state, or the latest deployment's payload), the version it replaces, and
 * whether each environment a role approves in can hold a job for approval at all.
 */
import { ConfigurationError, Refusal } from "../errors.js";
import type { Deployment, GitHubPort } from "../github/types.js";
import type { Logger } from "../log.js";
import type { Playbook, Signoff } from "../playbook/types.js";
import { roleEnvironment, same } from "../signoff/people.js";
import type { DeployState } from "../state.js";
import { latestRollouts } from "./deployments.js";
import { checkState } from "./rollout-state.js";

/** The rollout being signed off, and where its verdicts were read. */
export interface SignedRollout {
  readonly state: DeployState;
  /** `state`: the state handed to the step; `deployment`: the payload of the latest deployment. */
  readonly source: "state" | "deployment";
  /** The GitHub deployment recording the rollout, when there is one. */
  readonly deployment?: { readonly id: number; readonly environment: string };
}

/** How many older deployments are looked at for the version the rollout replaces. */
const PREVIOUS_LOOKUPS = 10;

/** Reads the latest rollouts of an environment at most once per sign-off. */
export function rolloutsOnce(github: GitHubPort, environment: string, service: string): () => ReturnType<typeof latestRollouts> {
  let list: ReturnType<typeof latestRollouts> | undefined;
  return () => (list ??= latestRollouts(github, environment, service));
}

/**
 * The rollout: the given state, else the latest deployment's payload. Refused when it does
 * not belong to this playbook, was rolled back, or its deployment's latest status is a failure.
 */
export async function findRollout(
  playbook: Playbook,
  digest: string,
  given: DeployState | undefined,
  environment: string,
  github: GitHubPort,
  rollouts: () => ReturnType<typeof latestRollouts>,
): Promise<SignedRollout> {
  let rollout: SignedRollout;
  if (given) {
    checkState(given, playbook, digest, "input 'state'");
    rollout = { state: given, source: "state", ...(given.deployment && { deployment: given.deployment }) };
  } else {
    const [latest] = await rollouts();
    if (!latest) {
      throw new ConfigurationError([{
        path: "input 'state'",
        message: `is empty, and GitHub holds no deployment of ${playbook.service} in environment ${environment} to read the stages' verdicts from; expected the state output of the last gate, like \${{ needs.full-gate.outputs.state }}`,
      }]);
    }
    checkState(latest.state, playbook, digest, `the payload of deployment ${latest.deployment.id}`);
    rollout = { state: latest.state, source: "deployment", deployment: { id: latest.deployment.id, environment } };
  }
  if (rollout.state.status === "rolled-back") {
    throw new Refusal(`The rollout of ${rollout.state.targetVersion} was rolled back; there is nothing to sign off. Nothing was changed.`);
  }
  if (rollout.deployment) {
    const statuses = await github.deployments.statuses(rollout.deployment.id);
    const last = statuses.find((s) => s.state !== "inactive");
    if (last?.state === "failure" || last?.state === "error") {
      throw new Refusal(
        `GitHub deployment ${rollout.deployment.id} of ${rollout.state.targetVersion} is marked ${last.state}${last.description ? ` (${last.description})` : ""}; a failed rollout cannot be signed off. Nothing was changed.`,
      );
    }
  }
  return rollout;
}

/**
 * The version live before this rollout: the target version of the newest older deployment
 * of the service in the environment that succeeded (its latest status, past GitHub's
 * `inactive` markers, is `success`). A rollout rolled back or never finished was never the
 * live version. Undefined when there is none among the latest few.
 */
export async function previousVersion(
  github: GitHubPort,
  rollout: SignedRollout,
  rollouts: () => ReturnType<typeof latestRollouts>,
  log: Logger,
): Promise<string | undefined> {
  const current = rollout.deployment?.id;
  const run = rollout.state.run?.id;
  const older = (await rollouts()).filter(({ deployment, state }) => (current !== undefined ? deployment.id < current : run === undefined || state.run?.id !== run));
  for (const { deployment, state } of older.slice(0, PREVIOUS_LOOKUPS)) {
    if (await succeeded(github, deployment)) {
      log.info(`The version before this rollout: ${state.targetVersion} (GitHub deployment ${deployment.id}).`);
      return state.targetVersion;
    }
  }
  log.info(`No earlier successful deployment of ${rollout.state.service} found in the latest ${PREVIOUS_LOOKUPS}: the change type cannot be derived from the versions.`);
  return undefined;
}

async function succeeded(github: GitHubPort, deployment: Deployment): Promise<boolean> {
  const statuses = await github.deployments.statuses(deployment.id);
  return statuses.find((s) => s.state !== "inactive")?.state === "success";
}

/**
 * Refuses a sign-off whose approvals could not mean anything: an environment a role
 * approves in that the repository does not have (a job naming it would create it, without
 * protection), or one without required reviewers (a job there runs unapproved).
 */
export async function checkEnvironments(signoff: Signoff, roles: readonly string[], github: GitHubPort): Promise<void> {
  const byEnvironment = new Map<string, string[]>();
  for (const role of roles) {
    const env = roleEnvironment(signoff, role);
    if (env === undefined) continue;
    const key = [...byEnvironment.keys()].find((k) => same(k, env)) ?? env;
    byEnvironment.set(key, [...(byEnvironment.get(key) ?? []), role]);
  }
  const problems: string[] = [];
  for (const [env, names] of byEnvironment) {
    const protection = await github.approvals.environment(env);
    const who = `${names.join(", ")} approve${names.length === 1 ? "s" : ""} there`;
    if (!protection) {
      problems.push(`the repository has no environment '${env}' (${who}): create it under Settings > Environments with the role's people as required reviewers`);
    } else if (protection.reviewers.length === 0) {
      problems.push(`the environment '${env}' has no required reviewers (${who}), so a job waiting there runs without anyone's approval: add the role's people as required reviewers`);
    }
  }
  if (problems.length > 0) {
    throw new Refusal(`The sign-off would mean nothing: ${problems.join("; ")}. Nothing was changed.`);
  }
}
