import { describe, expect, it } from "vitest";
import { parsePlaybook } from "../../src/playbook/load.js";
import { refNameProblem, renderTag, tagTemplateProblem } from "../../src/playbook/tag.js";
import { playbookText, problemsOf } from "../playbook/problems.js";

const withSignoff = (lines: readonly string[]) => playbookText({ extra: ["signoff:", ...lines.map((l) => `  ${l}`)].join("\n") });
// playbookText's signoff starts on this line.
const SIGNOFF_LINE = playbookText().split("\n").length;

describe("signoff: new keys", () => {
  it("reads roles in their own environments, counts, roles by change type and the tag", () => {
    const pb = parsePlaybook(withSignoff([
      "roles:",
      "  sre: { teams: [acme/sre], environment: signoff-sre }",
      "  security: { teams: [security], environment: signoff-security, count: 2 }",
      "  on-call: { users: [otto], environment: signoff-on-call }",
      "require: [sre, security]",
      "require-by-change-type: { hotfix: [on-call], major: [sre, security] }",
      "one-role-per-person: false",
      "conditional-acknowledged-by: [sre]",
      "tag: v{version}",
    ]), "pb.yml");
    expect(pb.signoff).toEqual({
      roles: {
        sre: { users: [], teams: ["acme/sre"], environment: "signoff-sre", count: 1 },
        security: { users: [], teams: ["security"], environment: "signoff-security", count: 2 },
        "on-call": { users: ["otto"], teams: [], environment: "signoff-on-call", count: 1 },
      },
      require: ["sre", "security"],
      requireByChangeType: { hotfix: ["on-call"], major: ["sre", "security"] },
      selfApproval: false,
      oneRolePerPerson: false,
      conditionalAcknowledgedBy: ["sre"],
      tag: "v{version}",
    });
  });

  it("keeps today's form working: one environment for every role, defaults for the new keys", () => {
    const pb = parsePlaybook(withSignoff(["environment: production", "roles: { sre: { users: [ana] } }", "self-approval: true"]), "pb.yml");
    expect(pb.signoff).toEqual({
      environment: "production",
      roles: { sre: { users: ["ana"], teams: [], count: 1 } },
      require: ["sre"],
      requireByChangeType: {},
      selfApproval: true,
      oneRolePerPerson: true,
      conditionalAcknowledgedBy: [],
    });
  });

  it("needs no environment of its own for a role that is never required", () => {
    expect(problemsOf(withSignoff(["roles:", "  sre: { users: [ana], environment: signoff-sre }", "  observer: { users: [obi] }", "require: [sre]"]))).toEqual([]);
  });
});

describe("signoff: mistakes, each with file, line and path", () => {
  it.each([
    ["a count below 1",
      ["environment: prod", "roles:", "  security: { teams: [security], count: 0 }"], 3,
      "signoff.roles.security.count", "expected a whole number of at least 1, found 0"],
    ["a count that is not a whole number",
      ["environment: prod", "roles:", "  security: { teams: [security], count: 1.5 }"], 3,
      "signoff.roles.security.count", "found 1.5"],
    ["a count the listed users cannot fill",
      ["environment: prod", "roles:", "  security: { users: [sec], count: 2 }"], 3,
      "signoff.roles.security.count", "role 'security' asks for 2 approvers but names only 1 user and no team; expected count at most 1, or more users or a team"],
    ["a required role with no environment, and none at the top",
      ["roles:", "  sre: { users: [ana], environment: signoff-sre }", "  security:", "    teams: [security]"], 4,
      "signoff.roles.security.environment", "role 'security' can be required but names no environment, and signoff names none for it; expected environment: signoff-security on the role"],
    ["a role only required by change type with no environment",
      ["roles:", "  sre: { users: [ana], environment: signoff-sre }", "  on-call: { users: [otto] }", "require: [sre]", "require-by-change-type: { hotfix: [on-call] }"], 3,
      "signoff.roles.on-call.environment", "role 'on-call' can be required but names no environment"],
    ["require-by-change-type naming an unknown role",
      ["environment: prod", "roles: { sre: { users: [ana] } }", "require-by-change-type:", "  hotfix: [sre, on-call]"], 4,
      "signoff.require-by-change-type.hotfix[1]", "no role named 'on-call'; expected one of: sre"],
    ["an unknown change type",
      ["environment: prod", "roles: { sre: { users: [ana] } }", "require-by-change-type:", "  breaking: [sre]"], 4,
      "signoff.require-by-change-type.breaking", "unknown key 'breaking'; expected one of: configuration, patch, minor, major, hotfix"],
    ["an empty list of roles for a change type",
      ["environment: prod", "roles: { sre: { users: [ana] } }", "require-by-change-type:", "  patch: []"], 4,
      "signoff.require-by-change-type.patch", "expected at least 1 item, found a list"],
    ["conditional-acknowledged-by naming an unknown role",
      ["environment: prod", "roles: { sre: { users: [ana] } }", "conditional-acknowledged-by: [qa]"], 3,
      "signoff.conditional-acknowledged-by[0]", "no role named 'qa'; expected one of: sre"],
    ["a role required twice",
      ["environment: prod", "roles: { sre: { users: [ana] } }", "require: [sre, sre]"], 3,
      "signoff.require[1]", "role 'sre' is listed twice"],
    ["one-role-per-person that is not a boolean",
      ["environment: prod", "roles: { sre: { users: [ana] } }", "one-role-per-person: yes please"], 3,
      "signoff.one-role-per-person", 'expected true or false, found "yes please"'],
    ["a tag without {version}",
      ["environment: prod", "roles: { sre: { users: [ana] } }", "tag: release"], 3,
      "signoff.tag", 'expected a template holding {version}, like v{version}, found "release"'],
    ["a tag with an unknown placeholder",
      ["environment: prod", "roles: { sre: { users: [ana] } }", "tag: v{version}-{sha}"], 3,
      "signoff.tag", "unknown placeholder {sha}; expected {version} or {service}"],
    ["a tag git would refuse",
      ["environment: prod", "roles: { sre: { users: [ana] } }", 'tag: "release {version}"'], 3,
      "signoff.tag", 'a tag name cannot hold spaces, control characters or any of ~ ^ : ? * [ \\, found "release {version}"'],
  ])("%s", (_, lines, offset, path, message) => {
    const problems = problemsOf(withSignoff(lines));
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]).toMatchObject({ file: "pb.yml", line: SIGNOFF_LINE + offset });
    expect(problems[0]!.message).toContain(message);
  });

  it("reports a missing environment alongside a schema mistake elsewhere", () => {
    const problems = problemsOf(withSignoff(["roles:", "  sre: { users: [ana] }", "  security: { teams: [security], count: zero }"]));
    expect(problems.map((p) => p.path)).toEqual(["signoff.roles.sre.environment", "signoff.roles.security.environment", "signoff.roles.security.count"]);
  });
});

describe("tag templates", () => {
  it.each([
    ["v{version}", { version: "1.4.0", service: "api" }, "v1.4.0"],
    ["{service}/v{version}", { version: "2.0.0", service: "log-capturer" }, "log-capturer/v2.0.0"],
    ["release-{version}-prod", { version: "1.2.4-hotfix", service: "api" }, "release-1.2.4-hotfix-prod"],
  ])("%s renders as a valid tag", (template, values, tag) => {
    expect(tagTemplateProblem(template)).toBeUndefined();
    expect(renderTag(template, values)).toBe(tag);
    expect(refNameProblem(tag)).toBeUndefined();
  });

  it.each([
    ["v1..2", "'..'"],
    ["/v1", "start or end with '/'"],
    ["v1.", "end with '.'"],
    [".v1", "start with '.'"],
    ["v1.lock", "end with '.lock'"],
    ["v@{1}", "'@{'"],
    ["v1~2", "~ ^ :"],
    ["", "empty"],
  ])("git refuses %j", (name, why) => {
    expect(refNameProblem(name)).toContain(why);
  });
});
