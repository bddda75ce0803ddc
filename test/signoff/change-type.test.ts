import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import type { ChangeType } from "../../src/playbook/types.js";
import { changeTypeOf, requiredRoles, resolveChangeType } from "../../src/signoff/change-type.js";
import { decide } from "../../src/signoff/decide.js";
import { approved, role, signoffOf } from "../fakes/approvals.js";
import { inputOf } from "./build.js";

describe("changeTypeOf", () => {
  it.each([
    ["1.2.3", "1.2.4", "patch"],
    ["1.2.3", "1.3.0", "minor"],
    ["1.2.3", "2.0.0", "major"],
    ["v1.2.3", "v1.2.4", "patch"],
    ["1.2.3", "v1.3.0", "minor"],
    ["2.0.0", "1.9.9", "major"],
    ["1.2.3", "1.2.4-hotfix", "patch"],
    ["1.2.3-rc.1", "1.2.3", "patch"],
    ["1.2.3+build.1", "1.2.3+build.2", undefined],
    ["0.3.1", "0.4.0", "minor"],
    ["ghcr.io/acme/api:v1.4.0", "ghcr.io/acme/api:v2.0.0", "major"],
    ["registry:5000/api:1.0.0", "registry:5000/api:1.0.1", "patch"],
    ["1.2.3", "1.2.3", undefined],
    [undefined, "1.2.3", undefined],
    ["1.2", "1.3", undefined],
    ["01.2.3", "1.2.4", undefined],
    ["3f2a9c1", "8be41d0", undefined],
    ["latest", "1.0.0", undefined],
  ] as const)("%s → %s is %s", (previous, next, expected) => {
    expect(changeTypeOf(previous, next)).toBe(expected);
  });
});

// The change table of the Kafka pipeline runbook.
const table = signoffOf({
  roles: {
    "team-lead": role({ teams: ["platform-leads"], environment: "signoff-team-lead" }),
    "product-owner": role({ users: ["polly"], environment: "signoff-product-owner" }),
    "engineering-manager": role({ users: ["emma"], environment: "signoff-engineering-manager" }),
    "on-call": role({ users: ["otto"], environment: "signoff-on-call" }),
  },
  require: ["team-lead", "engineering-manager"],
  requireByChangeType: { configuration: ["team-lead"], patch: ["team-lead"], minor: ["product-owner"], major: ["engineering-manager"], hotfix: ["on-call"] },
});
const reviews = {
  "team-lead": approved("tess", "signoff-team-lead"),
  "product-owner": approved("polly", "signoff-product-owner"),
  "engineering-manager": approved("emma", "signoff-engineering-manager"),
  "on-call": approved("otto", "signoff-on-call"),
};

describe("roles by change type", () => {
  it.each([
    ["configuration", ["team-lead"]],
    ["patch", ["team-lead"]],
    ["minor", ["product-owner"]],
    ["major", ["engineering-manager"]],
    ["hotfix", ["on-call"]],
    [undefined, ["team-lead", "engineering-manager"]],
  ] as const)("a %s change needs %j", (type, roles) => {
    expect(requiredRoles(table, type)).toEqual(roles);
    const only = (names: readonly string[]) => names.map((n) => reviews[n as keyof typeof reviews]);
    const input = { signoff: table, membership: () => false, ...(type && { changeType: type as ChangeType }) };
    const d = decide(inputOf({ ...input, membership: (t, u) => t.slug === "platform-leads" && u === "tess", approvals: only(roles) }));
    expect(d.decision).toBe("approved");
    expect(d.roles.filter((r) => r.required).map((r) => r.role)).toEqual(roles);
    const others = Object.keys(reviews).filter((r) => !roles.includes(r as never));
    expect(decide(inputOf({ ...input, approvals: only(others) })).decision).toBe("rejected");
  });

  it("records the change type it decided for", () => {
    expect(decide(inputOf({ signoff: table, changeType: "hotfix", approvals: [reviews["on-call"]] })).changeType).toBe("hotfix");
  });
});

describe("resolveChangeType", () => {
  const where = "input 'change-type'";
  it.each([
    ["the type given wins over the versions", "hotfix", "1.2.3", "2.0.0", "hotfix"],
    ["the versions give it when none is given", undefined, "1.2.3", "1.3.0", "minor"],
  ] as const)("%s", (_, given, previous, next, expected) => {
    expect(resolveChangeType(table, { ...(given && { given }), previous, next, where })).toBe(expected);
  });

  it("needs nothing when the playbook does not require by change type", () => {
    expect(resolveChangeType(signoffOf({ roles: { sre: role({ users: ["s"] }) } }), { previous: "abc", next: "def", where })).toBeUndefined();
  });

  it.each([
    ["versions that are not semantic", "3f2a9c1", '"3f2a9c1" to "8be41d0" is not a change between semantic versions'],
    ["no previous version", undefined, 'there is no previous version to compare "8be41d0" with'],
  ])("is a configuration error naming the input with %s", (_, previous, why) => {
    let error: unknown;
    try {
      resolveChangeType(table, { ...(previous && { previous }), next: "8be41d0", where });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problem = (error as ConfigurationError).problems[0]!;
    expect(problem.path).toBe(where);
    expect(problem.message).toBe(`the playbook's signoff.require-by-change-type needs the change type, none was given, and ${why}; expected one of configuration, patch, minor, major, hotfix`);
  });
});
