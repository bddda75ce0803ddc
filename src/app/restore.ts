/**
 * Putting the target back as it was recorded (the rollback action, and a whole rollout's
 * automatic undo). The record comes from the state, or, for the manual "undo" button, from
 * the latest deployment GitHub holds for the environment. Deployment windows never apply:
 * an undo must always be possible. A second rollback finds nothing to undo and says so.
 */
import { GitHubError, type GitHubPort } from "../github/types.js";
import type { GateResult } from "../judge/types.js";
import { waitForPassing } from "../judge/wait-for.js";
import type { ClientSettings } from "../metrics/prometheus-options.js";
import type { MetricsSource } from "../metrics/types.js";
import { playbookDigest } from "../playbook/digest.js";
import type { Playbook } from "../playbook/types.js";
import { secretBlanker } from "../secrets.js";
import { type DeployState, serializeState } from "../state.js";
import type { Target } from "../targets/types.js";
import type { AppDeps } from "./deps.js";
import { type DeploymentTarget, latestRollouts, postStatus, reachedStage, ROLLED_BACK, wasRolledBack } from "./deployments.js";
import { dryRunReport } from "./dry-run.js";
import { type Incident, recovery, renderIncident, type Trigger } from "./incident.js";
import type { Report } from "./report.js";
import { planRollback, rollbackDryRun } from "./rollback-plan.js";
import { stateProblems } from "./rollout-state.js";
import { ConfigurationError, Refusal } from "../errors.js";
import { escapeMarkdown } from "../report/markdown.js";

export interface RestoreRequest {
  readonly playbook: Playbook;
  /** The playbook file, as problems name it. */
  readonly file: string;
  readonly reason: string;
  /** The state to undo; absent, the latest rollout GitHub holds for the environment. */
  readonly state?: DeployState;
  readonly dryRun: boolean;
  readonly trigger: Trigger;
  /** Where GitHub records the rollout; absent without a token. */
  readonly deployment?: DeploymentTarget;
  /** Open an issue with the incident report. */
  readonly openIssue: boolean;
  /** The gate that failed, when the rollback follows one in the same run. */
  readonly gate?: GateResult;
  /** Prometheus for the verify checks; absent when none of them reads it. */
  readonly connection?: ClientSettings;
  readonly secrets: readonly string[];
  /** The run that rolls back. */
  readonly run?: DeployState["run"];
}

/** A rollback's report, with the state after it and the incident report (empty when nothing was undone). */
export interface RestoreReport extends Report {
  readonly state?: DeployState;
  readonly report?: string;
}

export interface RestoreDeps extends Pick<AppDeps, "clock" | "log" | "connect" | "prober"> {
  readonly target: Target;
  readonly github?: GitHubPort;
}

/** Restores the recorded state, checks the service recovered, and reports the incident; or shows the plan in a dry run. */
export async function restore(request: RestoreRequest, deps: RestoreDeps, signal?: AbortSignal): Promise<RestoreReport> {
  const { playbook } = request;
  // A dry run reads nothing remote: the plan says where the record would come from.
  if (request.dryRun) return dryRunReport(rollbackDryRun(planRollback(playbook, request)), deps.log);

  const found = await findRollout(request, deps);
  const { state } = found;
  const blank = secretBlanker(request.secrets);
  const previous = state.previous;
  const nothing = nothingToUndo(state, found.rolledBack);
  if (nothing || !previous) {
    const why = nothing ?? "nothing was recorded before a first move.";
    deps.log.info(`Nothing to undo: ${why}`);
    return {
      outputs: { state: serializeState(state), report: "" },
      summary: `## Rollback of ${escapeMarkdown(playbook.service)}: nothing to undo\n\n${escapeMarkdown(why)}\n`,
      annotations: [],
      files: [],
      accepted: true,
      message: `Nothing to undo: ${why}`,
      state,
      report: "",
    };
  }
  const startedAt = deps.clock.now();
  deps.log.info(blank(`Rolling back ${state.service} ${state.targetVersion} from ${state.weight}% (stage ${state.stage}) through ${deps.target.description}: ${request.reason}`));
  const result = await deps.target.restore(previous, { service: state.service, stage: state.stage, weight: state.weight, previousWeight: previous.weight, version: state.targetVersion });
  for (const line of result.drift) deps.log.warning(`drift: ${line}`);
  const verify = playbook.rollback.verify.length > 0 ? await verifyRecovery(request, deps, signal) : undefined;
  const endedAt = deps.clock.now();
  const after: DeployState = { ...state, status: "rolled-back", weight: previous.weight, updatedAt: endedAt.toISOString() };
  const github = await recordInGitHub(request, deps, found, after, blank);
  const incident: Incident = {
    service: state.service,
    reason: request.reason,
    trigger: request.trigger,
    ...(request.run && { by: request.run }),
    before: state,
    after,
    source: found.source,
    startedAt,
    endedAt,
    restore: result,
    ...(verify && { verify }),
    ...(request.gate && { gate: request.gate }),
    github: github.lines,
  };
  const report = blank(renderIncident(incident));
  let fault = github.fault;
  if (request.openIssue && deps.github) {
    try {
      const issue = await deps.github.issues.create({ title: blank(`Rollback of ${state.service} ${state.targetVersion}: ${request.reason}`).slice(0, 200), body: report });
      deps.log.info(`Incident report filed as issue #${issue.number}: ${issue.url}`);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      fault ??= error;
    }
  }
  const failing = verify?.failing;
  if (fault) {
    // The target is back; the step still fails, since GitHub does not say so.
    return {
      outputs: { state: serializeState(after), report },
      summary: report,
      annotations: [],
      files: [],
      accepted: false,
      message: blank(`Rolled back ${state.service} ${state.targetVersion} from ${state.weight}% to ${previous.weight}%, but GitHub could not record it: ${fault.message}`),
      state: after,
      report,
    };
  }
  return {
    outputs: { state: serializeState(after), report },
    summary: report,
    annotations: failing ? [{ level: "error", title: "Not recovered after rollback", message: blank(`${failing.check}: ${failing.detail}`) }] : [],
    files: [],
    accepted: !failing,
    message: failing
      ? blank(`Rolled back ${state.service} to ${previous.weight}%, but the service did not recover: ${failing.check} ${failing.detail}.`)
      : `Rolled back ${state.service} ${state.targetVersion} from ${state.weight}% to ${previous.weight}%${recovery(incident) === "recovered" ? "; the verify checks pass" : ""}.`,
    state: after,
    report,
  };
}

interface FoundRollout {
  readonly state: DeployState;
  /** Where the state came from, for the report. */
  readonly source: string;
  /** A rollback already marked the deployment. */
  readonly rolledBack: boolean;
  /** The deployments of the environment, newest first, when GitHub was asked. */
  readonly older?: readonly { readonly id: number; readonly version: string }[];
}

/** The state from the input, or from the latest rollout GitHub holds; checked against the playbook. */
async function findRollout(request: RestoreRequest, deps: RestoreDeps): Promise<FoundRollout> {
  const { playbook, deployment } = request;
  let found: FoundRollout;
  if (request.state) {
    // A state output from before a rollback (a re-run job's) is stale: GitHub knows better.
    const id = request.state.deployment?.id;
    const rolledBack = deps.github && id !== undefined && request.trigger.kind === "manual" ? await rolledBackInGitHub(deps.github, id, deps.log) : false;
    found = { state: request.state, source: request.trigger.kind === "automatic" ? "this run's own state" : "the state input", rolledBack };
  } else {
    if (!deps.github || !deployment) {
      throw new ConfigurationError([
        { path: "input 'state'", message: "is empty and there is no GitHub token to find the latest deployment with; expected the state output of the canary or gate step, or a github-token with deployments: read" },
      ]);
    }
    const rollouts = await latestRollouts(deps.github, deployment.environment, playbook.service);
    const latest = rollouts[0];
    if (!latest) throw new Refusal(`GitHub holds no deployment of ${playbook.service} made by deploy-playbook in environment ${deployment.environment}: nothing to roll back.`);
    const statuses = await deps.github.deployments.statuses(latest.deployment.id);
    found = {
      state: { ...latest.state, ...reachedStage(statuses) },
      source: `the payload of GitHub deployment ${latest.deployment.id} in ${deployment.environment}`,
      rolledBack: wasRolledBack(statuses),
      older: rollouts.slice(1).map((r) => ({ id: r.deployment.id, version: r.state.targetVersion })),
    };
  }
  // A playbook changed since the rollout started must not stand in the way of an undo:
  // the record of what to restore is the target's own. Other mismatches are refused.
  const problems = stateProblems(found.state, playbook, playbookDigest(playbook), request.state ? "input 'state'" : found.source);
  const digestOnly = problems.filter((p) => p.message.includes("another version of the playbook"));
  for (const p of digestOnly) deps.log.warning(`${p.path} ${p.message.split(";")[0]}; rolling back all the same, from the target's own record.`);
  const rest = problems.filter((p) => !digestOnly.includes(p));
  if (rest.length > 0) throw new ConfigurationError(rest);
  return found;
}

/** Whether GitHub says the deployment was rolled back; an undo never waits on GitHub, so a failed read says no. */
async function rolledBackInGitHub(github: GitHubPort, id: number, log: RestoreDeps["log"]): Promise<boolean> {
  try {
    return wasRolledBack(await github.deployments.statuses(id));
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    log.warning(`Could not read the statuses of deployment ${id}, rolling back all the same: ${error.message}`);
    return false;
  }
}

function nothingToUndo(state: DeployState, rolledBack: boolean): string | undefined {
  if (state.status === "rolled-back" || rolledBack) return `the rollout of ${state.service} ${state.targetVersion} was rolled back already.`;
  if (!state.previous) return `the rollout of ${state.service} ${state.targetVersion} never moved traffic (nothing was recorded before a first move).`;
  return undefined;
}


/** Evaluates the playbook's verify checks until they all pass, or `rollback.timeout`. */
async function verifyRecovery(request: RestoreRequest, deps: RestoreDeps, signal?: AbortSignal) {
  const { playbook } = request;
  const checks = playbook.rollback.verify.flatMap((name) => playbook.checks[name] ?? []);
  const metrics: MetricsSource = request.connection ? deps.connect(request.connection) : noPrometheus;
  deps.log.info(`Verifying recovery: ${checks.map((c) => c.name).join(", ")}, for up to ${playbook.rollback.timeout}s.`);
  return waitForPassing(checks, playbook, { timeout: playbook.rollback.timeout, step: 10, label: "verify", ...(signal && { signal }) }, { ...deps, metrics });
}

const noPrometheus: MetricsSource = {
  instant: () => Promise.reject(new Error("no Prometheus is configured for the verify checks")),
  range: () => Promise.reject(new Error("no Prometheus is configured for the verify checks")),
};

/** Marks the undone deployment failed and the restored version's deployment successful again. */
async function recordInGitHub(request: RestoreRequest, deps: RestoreDeps, found: FoundRollout, after: DeployState, blank: (text: string) => string): Promise<{ lines: string[]; fault?: GitHubError }> {
  const lines: string[] = [];
  try {
    await markDeployments(request, deps, found, after, blank, lines);
  } catch (error) {
    // The target is already back as recorded: the incident report must still go out.
    if (!(error instanceof GitHubError)) throw error;
    lines.push(`not recorded: ${error.message}`);
    return { lines, fault: error };
  }
  return { lines };
}

async function markDeployments(request: RestoreRequest, deps: RestoreDeps, found: FoundRollout, after: DeployState, blank: (text: string) => string, lines: string[]): Promise<void> {
  const { github } = deps;
  const target = request.deployment;
  const id = after.deployment?.id;
  if (!github || !target || id === undefined) return;
  // The status is public to everyone who can read the repository: no secret in the reason.
  await postStatus(github, id, "failure", blank(`${ROLLED_BACK}: ${request.reason}`).slice(0, 140), target);
  lines.push(`deployment ${id} (${after.targetVersion}) marked failure: ${ROLLED_BACK.toLowerCase()}`);
  // The rollout's own environment: the input may name none, or another one.
  const environment = after.deployment?.environment ?? target.environment;
  const older = found.older ?? (await latestRollouts(github, environment, after.service)).filter((r) => r.deployment.id < id).map((r) => ({ id: r.deployment.id, version: r.state.targetVersion }));
  const restored = older.find((d) => d.id < id && d.version !== after.targetVersion);
  if (restored) {
    await postStatus(github, restored.id, "success", `Restored by rolling back ${after.targetVersion}`.slice(0, 140), target);
    lines.push(`deployment ${restored.id} (${restored.version}) marked success again: its version is live`);
  }
}
