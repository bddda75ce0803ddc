/**
 * Reads what the sign-off decides from out of GitHub: every review of the run (listed
 * once), and team membership only for people who approved in the environment of a role
 * that lists teams and matters to this change, each pair asked at most once.
 */
import type { Clock } from "../clock.js";
import type { ApprovalsPort, RunContext } from "../github/types.js";
import type { ChangeType, Signoff } from "../playbook/types.js";
import { requiredRoles } from "./change-type.js";
import { reviewIn, roleEnvironment, same, teamRef } from "./people.js";
import type { Membership, ObservedApproval, TeamRef } from "./types.js";

/** The approvals of a run and the membership answers that matter, ready for `decide`. */
export interface CollectedApprovals {
  readonly approvals: readonly ObservedApproval[];
  readonly membership: Membership;
  /** Membership questions asked of GitHub, for the log. */
  readonly lookups: number;
}

export interface CollectOptions {
  /** Picks the required roles, as `decide` will. */
  readonly changeType?: ChangeType;
  /** Who pushed the commit: like the actor, never looked up unless self-approval is allowed. */
  readonly pusher?: string;
  /** Who wrote the commit: the same. */
  readonly author?: string;
}

/**
 * Lists the run's reviews once and asks team membership for what the decision can use.
 * GitHub gives no time for a review, so each is stamped with the time it was read.
 * A failing GitHub call rejects the promise: a sign-off never decides on partial answers.
 */
export async function collectApprovals(
  signoff: Signoff,
  run: RunContext,
  approvals: ApprovalsPort,
  clock: Clock,
  options: CollectOptions = {},
): Promise<CollectedApprovals> {
  const listed = await approvals.list(run.runId);
  const observedAt = clock.now().toISOString();
  const observed = listed.map((a): ObservedApproval => ({ ...a, observedAt }));

  const answers = new Map<string, boolean>();
  const key = (team: TeamRef, user: string) => `${team.org}/${team.slug}:${user}`.toLowerCase();
  const ask = async (team: TeamRef, user: string): Promise<boolean> => {
    const k = key(team, user);
    if (!answers.has(k)) answers.set(k, await approvals.isTeamMember(team.org, team.slug, user));
    return answers.get(k)!;
  };

  const selves = [run.actor, options.pusher, options.author].filter((u): u is string => u !== undefined);
  const self = (user: string) => !signoff.selfApproval && selves.some((u) => same(user, u));
  const roles = [...new Set([...requiredRoles(signoff, options.changeType), ...signoff.conditionalAcknowledgedBy])];
  const approvers = [...new Set(observed.filter((a) => a.state === "approved" && !self(a.user)).map((a) => a.user.toLowerCase()))].sort();
  for (const user of approvers) {
    const reviews = observed.filter((a) => a.state === "approved" && same(a.user, user));
    for (const name of roles) {
      const role = signoff.roles[name];
      if (!role || role.users.some((u) => same(u, user)) || !reviewIn(reviews, roleEnvironment(signoff, name))) continue;
      // Teams in order, stopping at the first yes: `decide` reads them the same way.
      for (const team of role.teams) if (await ask(teamRef(team, run.owner), reviews[0]!.user)) break;
    }
  }
  return { approvals: observed, membership: (team, user) => answers.get(key(team, user)) ?? false, lookups: answers.size };
}
