/**
 * Who may fill which role: logins compared without regard to case (as GitHub treats
 * them), teams through membership looked up beforehand, and the reasons a person who
 * approved is not counted for a role.
 */
import type { Signoff, SignoffRole } from "../playbook/types.js";
import type { Membership, ObservedApproval, TeamRef } from "./types.js";

/** A team of the playbook as GitHub addresses it: `org/slug`, or `slug` in the repository owner's organization. */
export function teamRef(team: string, owner: string): TeamRef {
  const slash = team.indexOf("/");
  return slash >= 0 ? { org: team.slice(0, slash), slug: team.slice(slash + 1) } : { org: owner, slug: team };
}

/** Logins, environment names and team slugs are case-insensitive on GitHub. */
export function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The environment a role approves in: its own, else the sign-off's. */
export function roleEnvironment(signoff: Signoff, role: string): string | undefined {
  return signoff.roles[role]?.environment ?? signoff.environment;
}

/** The review of a person covering an environment; the first by comment when there are several, so order never matters. */
export function reviewIn(reviews: readonly ObservedApproval[], environment: string | undefined): ObservedApproval | undefined {
  if (environment === undefined) return undefined;
  return reviews
    .filter((r) => r.environments.some((e) => same(e, environment)))
    .sort((a, b) => (a.comment < b.comment ? -1 : a.comment > b.comment ? 1 : 0))[0];
}

/** Whether `user` is one of the role's people: listed, or an active member of one of its teams. */
export function fillsRole(role: SignoffRole, user: string, membership: Membership, owner: string): boolean {
  return role.users.some((u) => same(u, user)) || role.teams.some((t) => membership(teamRef(t, owner), user));
}

/** Why `user` is not one of the role's people, naming each team looked at. */
export function notInRole(roleName: string, role: SignoffRole): string {
  const teams = role.teams.length > 0 ? ` nor an active member of ${role.teams.map((t) => `team ${t}`).join(" or ")}` : "";
  return `is not listed for ${roleName}${teams}`;
}
