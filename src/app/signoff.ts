/**
 * Deciding whether the rollout counts as done from who approved it (the signoff action):
 * every review of the run read from GitHub, mapped to the playbook's roles, with every
 * stage's verdict. On an accepted decision the release is tagged and the deployment marked
 * successful; a rejected one changes nothing in GitHub.
 */
import { ConfigurationError } from "../errors.js";
import { GitHubError, type GitHubPort } from "../github/types.js";
import type { ChangeType, Playbook, Signoff } from "../playbook/types.js";
import { refNameProblem, renderTag } from "../playbook/tag.js";
import { code, escapeMarkdown as esc } from "../report/markdown.js";
import { requiredRoles, resolveChangeType } from "../signoff/change-type.js";
import { collectApprovals } from "../signoff/collect.js";
import { decide } from "../signoff/decide.js";
import type { SignoffDecision } from "../signoff/types.js";
import type { AppDeps } from "./deps.js";
import { defaultEnvironment, postStatus } from "./deployments.js";
import { dryRunReport } from "./dry-run.js";
import type { Report } from "./report.js";
import { planSignoff, type SignoffRequest, signoffDryRun } from "./signoff-plan.js";
import { type SignoffActions, signoffReport } from "./signoff-report.js";
import { checkEnvironments, findRollout, previousVersion, rolloutsOnce, type SignedRollout } from "./signoff-rollout.js";

export interface SignOffRequest extends SignoffRequest {
  readonly playbook: Playbook;
  /** `playbookDigest(playbook)`: a state from a rollout of another playbook is refused. */
  readonly digest: string;
  readonly dryRun: boolean;
  /** The change type given; absent: derived from the versions when the playbook needs it. */
  readonly changeType?: ChangeType;
  /** A conditional decision passes the step (and signs the release off) too. */
  readonly acceptConditional: boolean;
  /** Shown on the deployment once it is successful. */
  readonly environmentUrl?: string;
  /** Who pushed and who wrote the commit, from the run's event; refused as approvers like the actor. */
  readonly pusher?: string;
  readonly author?: string;
  /** Values never to be written anywhere: the token. */
  readonly secrets: readonly string[];
}

/** The world a sign-off touches: GitHub, which a dry run does without. */
export interface SignOffDeps extends Pick<AppDeps, "clock" | "log"> {
  readonly github?: GitHubPort;
}

/** Decides the sign-off, or shows the plan in a dry run. */
export async function signOff(request: SignOffRequest, deps: SignOffDeps): Promise<Report> {
  const { playbook } = request;
  const plan = planSignoff(playbook, request);
  if (request.dryRun) return dryRunReport(signoffDryRun(plan), deps.log);
  const { github, log } = deps;
  // The edge asks for a token before calling; without one there is nothing to decide from.
  if (!github) throw new Error("signOff needs GitHub outside a dry run");
  const signoff: Signoff = { ...playbook.signoff!, ...(plan.environment !== undefined && { environment: plan.environment }) };

  const environment = request.state?.deployment?.environment ?? request.environment ?? defaultEnvironment(playbook);
  const rollouts = rolloutsOnce(github, environment, playbook.service);
  const rollout = await findRollout(playbook, request.digest, request.state, environment, github, rollouts);
  log.info(rollout.source === "state" ? "Stage verdicts: from the state input." : `Stage verdicts: from the payload of GitHub deployment ${rollout.deployment!.id} (written when the rollout started).`);
  const needsType = request.changeType === undefined && Object.keys(signoff.requireByChangeType).length > 0;
  const previous = needsType ? await previousVersion(github, rollout, rollouts, log) : undefined;
  const changeType = resolveChangeType(signoff, {
    ...(request.changeType !== undefined && { given: request.changeType }),
    ...(previous !== undefined && { previous }),
    next: rollout.state.targetVersion,
    where: "input 'change-type'",
  });
  const tag = releaseTag(signoff, playbook, rollout, request.file);
  const roles = [...new Set([...requiredRoles(signoff, changeType), ...signoff.conditionalAcknowledgedBy])];
  await checkEnvironments(signoff, roles, github);

  const people = { ...(request.pusher !== undefined && { pusher: request.pusher }), ...(request.author !== undefined && { author: request.author }) };
  const collected = await collectApprovals(signoff, github.run, github.approvals, deps.clock, { ...(changeType !== undefined && { changeType }), ...people });
  log.info(`Read ${collected.approvals.length} review${collected.approvals.length === 1 ? "" : "s"} of run ${github.run.runId}; asked team membership ${collected.lookups} time${collected.lookups === 1 ? "" : "s"}.`);
  const decision = decide({
    signoff,
    stages: playbook.stages.map((s) => s.name),
    verdicts: rollout.state.verdicts,
    approvals: collected.approvals,
    membership: collected.membership,
    owner: github.run.owner,
    actor: github.run.actor,
    ...people,
    ...(changeType !== undefined && { changeType }),
  });
  const accepted = decision.decision === "approved" || (decision.decision === "conditional" && request.acceptConditional);
  const actions = accepted ? await signRelease(github, decision, rollout, tag, request.environmentUrl) : { done: ["Nothing was changed in GitHub: the release is not signed off."] };
  const evidenceRun = rollout.source === "state" || !rollout.state.run ? { id: String(github.run.runId), url: github.run.runUrl } : rollout.state.run;
  return signoffReport(decision, {
    playbook,
    rollout,
    accepted,
    run: { id: github.run.runId, url: github.run.runUrl },
    evidenceRun,
    noReviews: collected.approvals.length === 0,
    actions,
    secrets: request.secrets,
  });
}

/** The release tag the playbook asks for, checked before anything is written. */
function releaseTag(signoff: Signoff, playbook: Playbook, rollout: SignedRollout, file: string): string | undefined {
  if (signoff.tag === undefined) return undefined;
  const name = renderTag(signoff.tag, { version: rollout.state.targetVersion, service: playbook.service });
  const problem = refNameProblem(name);
  if (problem) {
    throw new ConfigurationError([{
      file,
      path: "signoff.tag",
      message: `makes ${JSON.stringify(name)} for version ${JSON.stringify(rollout.state.targetVersion)}, and ${problem}; expected a template whose result git accepts for the versions rolled out`,
    }]);
  }
  return name;
}

/**
 * Tags the release at the run's commit, then marks the deployment successful: a tag that
 * cannot be made leaves the deployment as it was, so a re-run after fixing the permission
 * does both. A GitHub failure is returned, so the record is still published.
 */
async function signRelease(github: GitHubPort, decision: SignoffDecision, rollout: SignedRollout, tag: string | undefined, environmentUrl: string | undefined): Promise<SignoffActions> {
  const done: string[] = [];
  try {
    if (tag !== undefined) {
      await github.refs.createTag(tag, github.run.sha);
      done.push(`Tagged ${code(tag)} at ${code(github.run.sha.slice(0, 12))}.`);
    }
    if (rollout.deployment) {
      const by = decision.roles.flatMap((r) => r.approvers.map((a) => `@${a.user}`));
      const description = `Signed off (${decision.decision})${by.length > 0 ? ` by ${[...new Set(by)].join(", ")}` : ""}`;
      await postStatus(github, rollout.deployment.id, "success", description, { environment: rollout.deployment.environment, ...(environmentUrl && { environmentUrl }) });
      done.push(`GitHub deployment ${rollout.deployment.id} in ${code(rollout.deployment.environment)} marked successful${environmentUrl ? ` (${esc(environmentUrl)})` : ""}.`);
    } else {
      done.push("No GitHub deployment records this rollout (its state names none), so none was marked successful.");
    }
    return { done };
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    return { done, failure: error.message };
  }
}
