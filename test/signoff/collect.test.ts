import { describe, expect, it } from "vitest";
import type { Clock } from "../../src/clock.js";
import { GitHubError } from "../../src/github/types.js";
import { collectApprovals } from "../../src/signoff/collect.js";
import { decide } from "../../src/signoff/decide.js";
import { approved, fakeApprovals, rejected, role, runContext, signoffOf } from "../fakes/approvals.js";
import { TWO_ROLES } from "./build.js";

const clock: Clock = { now: () => new Date("2026-03-02T14:05:00Z"), sleep: async () => {} };
const TEAMS = { "acme/sre": ["sara"], "acme/security": ["sec", "sam"], "acme/appsec": ["ana"] };
const run = runContext();

describe("collectApprovals", () => {
  it("lists the run's reviews once and stamps each with the time it was read", async () => {
    const port = fakeApprovals([approved("sara", "signoff-sre", "ok")], TEAMS);
    const got = await collectApprovals(TWO_ROLES, run, port, clock);
    expect(got.approvals).toEqual([{ user: "sara", state: "approved", comment: "ok", environments: ["signoff-sre"], observedAt: "2026-03-02T14:05:00.000Z" }]);
    expect(port.calls.filter((c) => c.startsWith("list:"))).toEqual(["list:4242"]);
  });

  it.each([
    ["a team approver in the role's environment", [approved("sara", "signoff-sre")], ["member:acme/sre:sara"]],
    ["a team without an org, in the repository owner's organization", [approved("sec", "signoff-security")], ["member:acme/security:sec"]],
    ["an approver of an environment no role uses", [approved("sara", "staging")], []],
    ["a rejected review", [rejected("sara", "signoff-sre")], []],
    ["the actor, while self-approval is refused", [approved("robot-releaser", "signoff-sre")], []],
    ["the pusher, while self-approval is refused", [approved("pat", "signoff-sre")], []],
    ["the commit's author, while self-approval is refused", [approved("ann", "signoff-sre")], []],
    ["one approver in two environments, each of its role's teams", [approved("sec", ["signoff-sre", "signoff-security"])], ["member:acme/sre:sec", "member:acme/security:sec"]],
  ])("asks membership only for what matters: %s", async (_, reviews, calls) => {
    const port = fakeApprovals(reviews, TEAMS);
    await collectApprovals(TWO_ROLES, run, port, clock, { pusher: "pat", author: "ann" });
    expect(port.calls.filter((c) => c.startsWith("member:"))).toEqual(calls);
  });

  it("asks about the actor when self-approval is allowed", async () => {
    const port = fakeApprovals([approved("robot-releaser", "signoff-sre")], TEAMS);
    await collectApprovals({ ...TWO_ROLES, selfApproval: true }, run, port, clock);
    expect(port.calls).toContain("member:acme/sre:robot-releaser");
  });

  it("asks no team about a user the role lists by name, and each team-user pair once", async () => {
    const signoff = signoffOf({
      environment: "production",
      roles: {
        lead: role({ users: ["ana"], teams: ["appsec"] }),
        security: role({ teams: ["appsec", "security"] }),
        audit: role({ teams: ["appsec"] }),
      },
    });
    const port = fakeApprovals([approved("ana", "production"), approved("sam", "production")], TEAMS);
    const got = await collectApprovals(signoff, run, port, clock);
    expect(port.calls.filter((c) => c.startsWith("member:"))).toEqual(["member:acme/appsec:ana", "member:acme/appsec:sam", "member:acme/security:sam"]);
    expect(got.lookups).toBe(3);
    expect(got.membership({ org: "acme", slug: "security" }, "SAM")).toBe(true);
    expect(got.membership({ org: "acme", slug: "security" }, "ana")).toBe(false);
  });

  it("asks only about the roles the change type needs", async () => {
    const signoff = { ...TWO_ROLES, requireByChangeType: { hotfix: ["sre"] } };
    const port = fakeApprovals([approved("sara", "signoff-sre"), approved("sec", "signoff-security")], TEAMS);
    await collectApprovals(signoff, run, port, clock, { changeType: "hotfix" });
    expect(port.calls.filter((c) => c.startsWith("member:"))).toEqual(["member:acme/sre:sara"]);
  });

  it("gives decide what it needs to approve", async () => {
    const port = fakeApprovals([approved("sara", "signoff-sre"), approved("sam", "signoff-security")], TEAMS);
    const got = await collectApprovals(TWO_ROLES, run, port, clock);
    const d = decide({ signoff: TWO_ROLES, stages: ["canary"], verdicts: { canary: "go" }, approvals: got.approvals, membership: got.membership, owner: run.owner, actor: run.actor });
    expect(d.decision).toBe("approved");
    expect(d.roles.map((r) => r.approvers[0]?.observedAt)).toEqual(["2026-03-02T14:05:00.000Z", "2026-03-02T14:05:00.000Z"]);
  });

  it("lets a GitHub failure through instead of deciding on part of the answers", async () => {
    const port = fakeApprovals([approved("sara", "signoff-sre")], TEAMS);
    const failing = { ...port, isTeamMember: async () => { throw new GitHubError("GET /orgs/acme/teams/sre/memberships/sara: 403; the token needs members: read", 403); } };
    await expect(collectApprovals(TWO_ROLES, run, failing, clock)).rejects.toThrow(/members: read/);
  });
});
