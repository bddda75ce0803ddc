/**
 * An in-memory GitHub approvals port: the run's reviews and team rosters as data, and a
 * log of every call, so tests can assert what was asked as well as what was decided.
 */
import type { Approval, ApprovalsPort, EnvironmentProtection, RunContext } from "../../src/github/types.js";
import type { Signoff, SignoffRole } from "../../src/playbook/types.js";

export interface FakeApprovals extends ApprovalsPort {
  /** `list:<run>` and `member:<org>/<slug>:<user>`, in call order. */
  readonly calls: string[];
}

/**
 * Reviews by run id (any run id answers `reviews` when one list is given); teams as
 * `org/slug` → logins; environments by name with their required reviewers (an environment
 * not listed has one reviewer, so it protects).
 */
export function fakeApprovals(
  reviews: readonly Approval[],
  teams: Readonly<Record<string, readonly string[]>> = {},
  environments: Readonly<Record<string, EnvironmentProtection | undefined>> = {},
): FakeApprovals {
  const calls: string[] = [];
  return {
    calls,
    list: async (runId) => {
      calls.push(`list:${runId}`);
      return reviews.map((r) => ({ ...r, environments: [...r.environments] }));
    },
    environment: async (name) => {
      calls.push(`environment:${name}`);
      return name in environments ? environments[name] : { name, reviewers: [{ type: "User", login: "reviewer" }], preventSelfReview: false, waitTimerMinutes: 0 };
    },
    isTeamMember: async (org, slug, user) => {
      calls.push(`member:${org}/${slug}:${user}`);
      const roster = teams[`${org}/${slug}`.toLowerCase()] ?? [];
      return roster.some((u) => u.toLowerCase() === user.toLowerCase());
    },
  };
}

/** A review: `approved("ana", "signoff-sre", "LGTM")`. */
export function approved(user: string, environment: string | readonly string[], comment = ""): Approval {
  return { user, state: "approved", comment, environments: typeof environment === "string" ? [environment] : environment };
}

export function rejected(user: string, environment: string | readonly string[], comment = ""): Approval {
  return { user, state: "rejected", comment, environments: typeof environment === "string" ? [environment] : environment };
}

/** The run a test's reviews belong to. */
export function runContext(overrides: Partial<RunContext> = {}): RunContext {
  return {
    owner: "acme",
    repo: "api",
    runId: 4242,
    runAttempt: 1,
    runUrl: "https://github.com/acme/api/actions/runs/4242",
    actor: "robot-releaser",
    sha: "0123456789abcdef0123456789abcdef01234567",
    ref: "refs/heads/main",
    serverUrl: "https://github.com",
    apiUrl: "https://api.github.com",
    ...overrides,
  };
}

/** A role: `role({ users: ["ana"] })`, count 1 and no environment unless given. */
export function role(overrides: Partial<SignoffRole> = {}): SignoffRole {
  return { users: [], teams: [], count: 1, ...overrides };
}

/** A sign-off section with every key at its default, roles and environment as given. */
export function signoffOf(overrides: Partial<Signoff> & Pick<Signoff, "roles">): Signoff {
  return {
    require: Object.keys(overrides.roles),
    requireByChangeType: {},
    selfApproval: false,
    oneRolePerPerson: true,
    conditionalAcknowledgedBy: [],
    ...overrides,
  };
}
