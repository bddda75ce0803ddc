import { describe, expect, it } from "vitest";
import type { Verdict } from "../../src/judge/types.js";
import { decide } from "../../src/signoff/decide.js";
import { approved, rejected, role, signoffOf } from "../fakes/approvals.js";
import { inputOf, membershipOf, SEEN, TWO_ROLES } from "./build.js";

const both = [approved("sara", "signoff-sre", "LGTM"), approved("sec", "signoff-security")];

describe("decide: who approved", () => {
  it("approves when each required role is covered, and records who, where and when", () => {
    const d = decide(inputOf({ approvals: both }));
    expect(d.decision).toBe("approved");
    expect(d.reasons).toEqual([]);
    expect(d.roles).toEqual([
      { role: "sre", environment: "signoff-sre", required: true, count: 1, approvers: [{ user: "sara", comment: "LGTM", environment: "signoff-sre", observedAt: SEEN }], missing: 0 },
      { role: "security", environment: "signoff-security", required: true, count: 1, approvers: [{ user: "sec", comment: "", environment: "signoff-security", observedAt: SEEN }], missing: 0 },
    ]);
  });

  const twoHats = signoffOf({
    roles: {
      sre: role({ users: ["ana"], teams: ["acme/sre"], environment: "signoff-sre" }),
      security: role({ users: ["ana"], environment: "signoff-security" }),
    },
  });
  const anaTwice = [approved("ana", "signoff-sre"), approved("ana", "signoff-security")];

  it.each([
    ["refused by default", true, "rejected", /role security needs 1 approver in signoff-security, counted nobody; not counted: @ana is counted for sre, and one person fills one role/],
    ["allowed by one-role-per-person: false", false, "approved", undefined],
  ] as const)("one person covering two roles: %s", (_, onePerPerson, decision, reason) => {
    const d = decide(inputOf({ signoff: { ...twoHats, oneRolePerPerson: onePerPerson }, approvals: anaTwice }));
    expect(d.decision).toBe(decision);
    if (reason) expect(d.reasons.join("\n")).toMatch(reason);
    else expect(d.roles.map((r) => r.approvers.map((a) => a.user))).toEqual([["ana"], ["ana"]]);
  });

  it.each([
    ["a team member (slug in the owner's organization)", ["sec"], "approved", ""],
    ["a member who left the team", [], "rejected", "@sec is not listed for security nor an active member of team security"],
  ])("security approved by %s", (_, roster, decision, reason) => {
    const d = decide(inputOf({ approvals: both, membership: membershipOf({ "acme/sre": ["sara"], "acme/security": roster }) }));
    expect(d.decision).toBe(decision);
    expect(d.reasons.join("\n")).toContain(reason);
  });

  it("matches logins without regard to case", () => {
    const signoff = signoffOf({ roles: { sre: role({ users: ["Sara"], environment: "signoff-sre" }) } });
    expect(decide(inputOf({ signoff, approvals: [approved("sARA", "Signoff-SRE")] })).decision).toBe("approved");
  });

  it("rejects on a rejected review, naming who and why", () => {
    const d = decide(inputOf({ approvals: [...both, rejected("sam", "signoff-security", "pen test pending")] }));
    expect(d.decision).toBe("rejected");
    expect(d.reasons).toEqual(['@sam rejected the deployment in signoff-security: "pen test pending"']);
  });

  it("ignores reviews of environments the sign-off does not use", () => {
    const d = decide(inputOf({ approvals: [...both, rejected("sam", "staging", "meh"), approved("eve", "staging")] }));
    expect(d.decision).toBe("approved");
    expect(d.notCounted).toEqual([]);
  });

  it.each([
    ["the actor", "actor", "@sara started the run, and self-approval is refused"],
    ["the pusher", "pusher", "@sara pushed the commit being rolled out, and self-approval is refused"],
    ["the commit's author", "author", "@sara wrote the commit being rolled out, and self-approval is refused"],
  ] as const)("refuses self-approval by %s", (_, who, reason) => {
    const d = decide(inputOf({ approvals: both, [who]: "SARA" }));
    expect(d.decision).toBe("rejected");
    expect(d.reasons.join("\n")).toContain(`not counted: ${reason}`);
    expect(d.notCounted).toEqual([{ user: "sara", why: reason.slice("@sara ".length) }]);
    expect(decide(inputOf({ approvals: both, [who]: "sara", signoff: { ...TWO_ROLES, selfApproval: true } })).decision).toBe("approved");
  });

  it("rejects with no approvals at all, naming each environment nobody reviewed", () => {
    const d = decide(inputOf());
    expect(d.decision).toBe("rejected");
    expect(d.reasons).toEqual([
      "no review in environment signoff-sre: the job waiting there for sre never ran or is still waiting",
      "no review in environment signoff-security: the job waiting there for security never ran or is still waiting",
    ]);
    expect(d.roles.map((r) => r.missing)).toEqual([1, 1]);
  });

  it("rejects when one role's environment was never reviewed", () => {
    const d = decide(inputOf({ approvals: [approved("sara", "signoff-sre")] }));
    expect(d.decision).toBe("rejected");
    expect(d.reasons).toEqual(["no review in environment signoff-security: the job waiting there for security never ran or is still waiting"]);
  });

  const twoFromSecurity = { ...TWO_ROLES, roles: { ...TWO_ROLES.roles, security: role({ teams: ["security"], environment: "signoff-security", count: 2 }) } };
  it.each([
    ["one approver", [approved("sec", "signoff-security")], "rejected", 1],
    ["the same approver twice", [approved("sec", "signoff-security"), approved("SEC", "signoff-security", "again")], "rejected", 1],
    ["two approvers", [approved("sec", "signoff-security"), approved("sam", "signoff-security")], "approved", 0],
  ] as const)("count 2 from security with %s", (_, reviews, decision, missing) => {
    const d = decide(inputOf({ signoff: twoFromSecurity, approvals: [approved("sara", "signoff-sre"), ...reviews] }));
    expect(d.decision).toBe(decision);
    expect(d.roles.find((r) => r.role === "security")?.missing).toBe(missing);
    if (missing) expect(d.reasons).toEqual(["role security needs 2 approvers in signoff-security, counted @sec"]);
  });

  it("in one environment for every role, counts each role from the same environment's reviews", () => {
    const signoff = signoffOf({ environment: "production", roles: { sre: role({ teams: ["acme/sre"] }), security: role({ teams: ["security"] }) } });
    const d = decide(inputOf({ signoff, approvals: [approved("sec", "production"), approved("sid", "production")] }));
    expect(d.decision).toBe("approved");
    expect(d.roles.map((r) => [r.role, r.environment, r.approvers[0]?.user])).toEqual([["sre", "production", "sid"], ["security", "production", "sec"]]);
  });

  it("lets a role's own environment win over the sign-off's", () => {
    const signoff = signoffOf({ environment: "production", roles: { sre: role({ teams: ["acme/sre"] }), security: role({ teams: ["security"], environment: "signoff-security" }) } });
    expect(decide(inputOf({ signoff, approvals: [approved("sara", "production"), approved("sec", "signoff-security")] })).decision).toBe("approved");
    const d = decide(inputOf({ signoff, approvals: [approved("sara", "production"), approved("sec", "production")] }));
    expect(d.reasons).toEqual(["no review in environment signoff-security: the job waiting there for security never ran or is still waiting"]);
  });

  it("rejects when a required role is not defined (a playbook built without the loader)", () => {
    const d = decide(inputOf({ signoff: { ...TWO_ROLES, require: ["sre", "qa"] }, approvals: both }));
    expect(d.decision).toBe("rejected");
    expect(d.reasons).toEqual(["role qa is required but the playbook does not define it"]);
  });

  it("lists a role no change needs without approvers", () => {
    const d = decide(inputOf({ signoff: { ...TWO_ROLES, require: ["sre"] }, approvals: both }));
    expect(d.decision).toBe("approved");
    expect(d.roles.map((r) => [r.role, r.required, r.approvers.length, r.missing])).toEqual([["sre", true, 1, 0], ["security", false, 0, 0]]);
  });

  it("lists who approved but fills no role", () => {
    const d = decide(inputOf({ approvals: [...both, approved("eve", "signoff-sre")] }));
    expect(d.decision).toBe("approved");
    expect(d.notCounted).toEqual([{ user: "eve", why: "approved in signoff-sre but fills no role that approves there" }]);
  });
});

describe("decide: matching does not depend on order", () => {
  // ana can fill either role, bo only sre: taking ana for sre first would leave security empty.
  const signoff = signoffOf({
    roles: {
      sre: role({ users: ["ana", "bo"], environment: "production" }),
      security: role({ users: ["ana"], environment: "production" }),
    },
  });
  const reviews = [approved("ana", "production", "a"), approved("bo", "production", "b"), approved("cy", "production", "c")];
  const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

  it.each(orders)("reviews in order %i, %i, %i", (...order) => {
    const d = decide(inputOf({ signoff, approvals: order.map((i) => reviews[i]!) }));
    expect(d.decision).toBe("approved");
    expect(d.roles.map((r) => [r.role, r.approvers.map((a) => a.user)])).toEqual([["sre", ["bo"]], ["security", ["ana"]]]);
    expect(d.notCounted).toEqual([{ user: "cy", why: "approved in production but fills no role that approves there" }]);
  });
});

describe("decide: stage verdicts", () => {
  const VERDICTS = ["go", "conditional", "no-go", "inconclusive", undefined] as const;
  // The worst stage decides: a missing, no-go or inconclusive stage rejects, a conditional one holds.
  const rank = (v: Verdict | undefined) => (v === "go" ? 0 : v === "conditional" ? 1 : 2);
  const outcome = ["approved", "conditional", "rejected"] as const;
  const pairs = VERDICTS.flatMap((a) => VERDICTS.map((b) => [a, b] as const));

  it.each(pairs)("canary %s, full %s", (canary, full) => {
    const verdicts = { ...(canary && { canary }), ...(full && { full }) };
    const d = decide(inputOf({ approvals: both, verdicts }));
    expect(d.decision).toBe(outcome[Math.max(rank(canary), rank(full))]);
    expect(d.stages).toEqual([{ name: "canary", ...(canary && { verdict: canary }) }, { name: "full", ...(full && { verdict: full }) }]);
  });

  it.each([
    [undefined, "stage full has not been judged yet; every stage needs a verdict before the sign-off"],
    ["no-go", "stage full ended no-go"],
    ["inconclusive", "stage full ended inconclusive"],
    ["conditional", "stage full ended conditional: a check warned"],
  ] as const)("says why for a full stage %s", (full, reason) => {
    expect(decide(inputOf({ approvals: both, verdicts: { canary: "go", ...(full && { full }) } })).reasons).toEqual([reason]);
  });

  it("ignores verdicts of stages the playbook no longer has", () => {
    expect(decide(inputOf({ approvals: both, verdicts: { canary: "go", full: "go", old: "no-go" } })).decision).toBe("approved");
  });
});

describe("decide: conditions", () => {
  const conditional = { canary: "go", full: "conditional" } as const;

  it.each([
    ["no acknowledging role", [], both, "conditional", []],
    ["the acknowledging role approved", ["sre"], both, "approved", ["full"]],
    ["an acknowledging role that did not approve", ["sre", "product"], both, "conditional", []],
  ] as const)("a conditional stage with %s", (_, acknowledgedBy, reviews, decision, acknowledged) => {
    const signoff = { ...TWO_ROLES, roles: { ...TWO_ROLES.roles, product: role({ users: ["pia"], environment: "signoff-product" }) }, require: ["sre", "security"], conditionalAcknowledgedBy: acknowledgedBy };
    const d = decide(inputOf({ signoff, approvals: reviews, verdicts: conditional }));
    expect(d.decision).toBe(decision);
    expect(d.acknowledged).toEqual(acknowledged);
    expect(d.conditions.map((c) => c.stage)).toEqual(decision === "conditional" ? ["full"] : []);
  });

  it("says which roles did not acknowledge", () => {
    const signoff = { ...TWO_ROLES, roles: { ...TWO_ROLES.roles, product: role({ users: ["pia"], environment: "signoff-product" }) }, require: ["sre", "security"], conditionalAcknowledgedBy: ["product"] };
    expect(decide(inputOf({ signoff, approvals: both, verdicts: conditional })).reasons).toEqual([
      "stage full ended conditional: a check warned (not acknowledged: product did not all approve)",
    ]);
  });

  it.each([
    ["conditional: watch memory for 24h", "watch memory for 24h"],
    ["  Conditional:   rerun the soak tomorrow  ", "rerun the soak tomorrow"],
    ["conditional:", "(no condition written)"],
  ])("an approval comment %j makes the decision conditional and records the condition", (comment, text) => {
    const d = decide(inputOf({ approvals: [approved("sara", "signoff-sre", comment), approved("sec", "signoff-security")] }));
    expect(d.decision).toBe("conditional");
    expect(d.conditions).toEqual([{ by: "sara", text }]);
    expect(d.reasons).toEqual([`@sara approved on a condition: ${JSON.stringify(text)}`]);
  });

  it("an acknowledging role does not lift a condition an approver wrote", () => {
    const signoff = { ...TWO_ROLES, conditionalAcknowledgedBy: ["sre"] };
    const d = decide(inputOf({ signoff, approvals: [approved("sara", "signoff-sre"), approved("sec", "signoff-security", "conditional: fix CVE-1 by Friday")] }));
    expect(d.decision).toBe("conditional");
  });

  it("a rejection outranks every condition, and every reason is kept", () => {
    const d = decide(inputOf({ approvals: [approved("sara", "signoff-sre", "conditional: x"), rejected("sec", "signoff-security", "no")], verdicts: { canary: "go", full: "conditional" } }));
    expect(d.decision).toBe("rejected");
    expect(d.reasons).toEqual([
      '@sec rejected the deployment in signoff-security: "no"',
      "role security needs 1 approver in signoff-security, counted nobody",
      "stage full ended conditional: a check warned", '@sara approved on a condition: "x"']);
  });
});
