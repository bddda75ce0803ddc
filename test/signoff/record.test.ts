import { describe, expect, it } from "vitest";
import { decide } from "../../src/signoff/decide.js";
import { renderSignoffRecord } from "../../src/signoff/record.js";
import { approved, role } from "../fakes/approvals.js";
import { inputOf, TWO_ROLES } from "./build.js";

describe("renderSignoffRecord", () => {
  it("shows the decision, each role's approver with comment, environment and time, and each stage's verdict", () => {
    const d = decide(inputOf({ approvals: [approved("sara", "signoff-sre", "LGTM"), approved("sec", "signoff-security")] }));
    expect(renderSignoffRecord(d, "api 1.4.0")).toBe([
      "### Sign-off of api 1.4.0: APPROVED",
      "",
      "| Role | Required | Approver | Comment | Environment | Seen at |",
      "| --- | --- | --- | --- | --- | --- |",
      "| sre | yes | @sara | LGTM | `signoff-sre` | 2026-01-05T10:00:00.000Z |",
      "| security | yes | @sec |  | `signoff-security` | 2026-01-05T10:00:00.000Z |",
      "",
      "| Stage | Verdict |",
      "| --- | --- |",
      "| canary | go |",
      "| full | go |",
      "",
    ].join("\n"));
  });

  it("escapes approval comments so they cannot break the table or inject HTML", () => {
    const comment = "conditional: ok | <script>alert(1)</script> & *bold*\nsecond line";
    const d = decide(inputOf({ approvals: [approved("sara", "signoff-sre", comment), approved("sec", "signoff-security")] }));
    const md = renderSignoffRecord(d);
    const row = md.split("\n").find((l) => l.startsWith("| sre |"))!;
    expect(row).toBe("| sre | yes | @sara | conditional: ok \\| &lt;script&gt;alert(1)&lt;/script&gt; &amp; \\*bold\\* second line | `signoff-sre` | 2026-01-05T10:00:00.000Z |");
    expect(md).not.toContain("<script>");
    expect(md).toContain("- @sara: ok \\| &lt;script&gt;");
  });

  it("marks missing approvers, stages not judged, the reasons and who was not counted", () => {
    const signoff = { ...TWO_ROLES, roles: { ...TWO_ROLES.roles, security: role({ teams: ["security"], environment: "signoff-security", count: 2 }) } };
    const d = decide(inputOf({ signoff, actor: "sam", approvals: [approved("sara", "signoff-sre"), approved("sec", "signoff-security"), approved("sam", "signoff-security")], verdicts: { canary: "go" } }));
    const md = renderSignoffRecord(d);
    expect(md).toContain("### Sign-off: REJECTED");
    expect(md).toContain("- role security needs 2 approvers in signoff-security, counted @sec; not counted: @sam started the run, and self-approval is refused");
    expect(md).toContain("| security | yes (2) | **missing 1** |  | `signoff-security` |  |");
    expect(md).toContain("- @sam started the run, and self-approval is refused");
    expect(md).toContain("| full | **not judged** |");
  });

  it("adds an evidence column for judged stages when asked", () => {
    const d = decide(inputOf({ approvals: [approved("sara", "signoff-sre")], verdicts: { canary: "go" } }));
    const md = renderSignoffRecord(d, undefined, { evidence: (stage) => `[${stage} evidence](https://example.com/${stage})` });
    expect(md).toContain("| Stage | Verdict | Evidence |");
    expect(md).toContain("| canary | go | [canary evidence](https://example.com/canary) |");
    expect(md).toContain("| full | **not judged** |  |");
  });
});
