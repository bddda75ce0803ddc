/** Builders for the sign-off tests: inputs to `decide` with overrides, and membership from rosters. */
import type { Approval } from "../../src/github/types.js";
import type { Verdict } from "../../src/judge/types.js";
import { teamRef } from "../../src/signoff/people.js";
import type { Membership, ObservedApproval, SignoffInput } from "../../src/signoff/types.js";
import { role, signoffOf } from "../fakes/approvals.js";

export const SEEN = "2026-01-05T10:00:00.000Z";

/** Membership from rosters keyed `org/slug`; the owner is `acme`. */
export function membershipOf(teams: Readonly<Record<string, readonly string[]>>): Membership {
  return (team, user) => (teams[`${team.org}/${team.slug}`] ?? []).some((u) => u.toLowerCase() === user.toLowerCase());
}

export function observed(list: readonly Approval[]): ObservedApproval[] {
  return list.map((a) => ({ ...a, observedAt: SEEN }));
}

/** Two roles in their own environments: sre (team acme/sre) and security (team security, in the owner's organization). */
export const TWO_ROLES = signoffOf({
  roles: {
    sre: role({ teams: ["acme/sre"], environment: "signoff-sre" }),
    security: role({ teams: ["security"], environment: "signoff-security" }),
  },
});

export const TEAMS = { "acme/sre": ["sara", "sid"], "acme/security": ["sec", "sam"] };

/** An input with two go stages, `TWO_ROLES`, the rosters of `TEAMS` and no reviews. */
export function inputOf(overrides: Partial<Omit<SignoffInput, "approvals">> & { approvals?: readonly Approval[] } = {}): SignoffInput {
  const { approvals = [], ...rest } = overrides;
  return {
    signoff: TWO_ROLES,
    stages: ["canary", "full"],
    verdicts: { canary: "go", full: "go" } satisfies Record<string, Verdict>,
    membership: membershipOf(TEAMS),
    owner: "acme",
    actor: "robot-releaser",
    pusher: "pat",
    ...rest,
    approvals: observed(approvals),
  };
}

export { teamRef };
