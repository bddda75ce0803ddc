/**
 * Dry runs, refusals and windows, through each built bundle: the plan lands in the
 * summary and the `plan` output and nothing else happens; without dry-run an action whose
 * work is not built yet says so and fails.
 */
import { describe, expect, it } from "vitest";
import { FAKE_GITHUB_TOKEN, type ActionName, runAction } from "../../tools/runner.js";
import { REQUIRED, STACK_LINE, WORKSPACE } from "../helpers/fixtures.js";

const CANARY_QUERY =
  'sum(rate(http_requests_total{code=~"5..", track="canary"}[5m])) / sum(rate(http_requests_total{track="canary"}[5m]))';

/** What each action's plan output must show, from the fixture playbook. */
const plans: [ActionName, (plan: any) => void, RegExp][] = [
  [
    "canary",
    (plan) => {
      expect(plan).toMatchObject({ service: "checkout", stage: "canary", weight: 10, soakSeconds: 1800 });
      expect(plan.checks[0]).toMatchObject({ name: "error-rate", canaryQuery: CANARY_QUERY });
    },
    /### Stage `canary` of checkout/,
  ],
  [
    "gate",
    (plan) => {
      expect(plan).toMatchObject({ stage: "canary", weight: 10, intervalSeconds: 60 });
      expect(plan.checks.map((c: { name: string }) => c.name)).toEqual(["error-rate", "p99-latency", "health"]);
      expect(plan.checks[0].canaryQuery).toBe(CANARY_QUERY);
    },
    /### Stage `canary` of checkout/,
  ],
  [
    "playbook",
    (plan) => {
      expect(plan.map((p: { stage: string; weight: number }) => [p.stage, p.weight])).toEqual([
        ["canary", 10],
        ["full", 100],
      ]);
      expect(plan[0].checks[0].canaryQuery).toBe(CANARY_QUERY);
    },
    /### Stage `full` of checkout/,
  ],
  [
    "rollback",
    (plan) => {
      expect(plan).toMatchObject({ service: "checkout", reason: "manual", source: "latest-deployment", verify: ["health"] });
      expect(plan.target).toBe("command ./deploy/rollback.sh");
    },
    /### Rollback of checkout/,
  ],
  [
    "signoff",
    (plan) => {
      expect(plan).toMatchObject({ environment: "production", require: ["sre", "lead"], selfApproval: false });
      expect(plan.stages).toEqual([{ name: "canary" }, { name: "full" }]);
    },
    /\| sre \| yes \| team sre \|/,
  ],
];

describe.each(plans)("a dry run of the %s bundle", (name, checkPlan, summaryLine) => {
  it("writes the plan to the summary and the plan output, and changes nothing else", async () => {
    const run = await runAction(name, { inputs: { ...REQUIRED[name], "dry-run": "true" }, workspace: WORKSPACE });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    // The canary's dry run also shows the state it would hand on; nothing else is set.
    expect(Object.keys(run.outputs).sort()).toEqual(name === "canary" ? ["plan", "state"] : ["plan"]);
    checkPlan(JSON.parse(run.outputs["plan"]!));
    expect(run.summary).toMatch(/^## Dry run: /);
    expect(run.summary).toContain("Nothing was changed.");
    expect(run.summary).toMatch(summaryLine);
    expect(run.stdout).toContain("Nothing will be changed.");
    expect(run.annotations).toEqual([]);
    expect(run.state).toEqual({});
    expect(run.env).toEqual({});
  });
});

describe.each(["canary", "playbook"] as const)("the %s bundle in a closed deployment window", (name) => {
  const inputs = { ...REQUIRED[name], playbook: "playbooks/closed-window.yml", "dry-run": "true" };

  it("refuses, giving the rule that closed it", async () => {
    const run = await runAction(name, { inputs, workspace: WORKSPACE });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([
      { level: "error", message: expect.stringMatching(/^The deployment window is closed: inside the denied window every day 00:00-24:00; now .* UTC\. Nothing was changed\. Set force: true to go on anyway\.$/) },
    ]);
    expect(run.outputs).toEqual({});
  });

  it("goes on with force: true, leaving a warning", async () => {
    const run = await runAction(name, { inputs: { ...inputs, force: "true" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([
      { level: "warning", message: expect.stringMatching(/^The deployment window is closed \(inside the denied window every day 00:00-24:00; .*\); going on because force is true\.$/) },
    ]);
    expect(Object.keys(run.outputs).sort()).toEqual(name === "canary" ? ["plan", "state"] : ["plan"]);
  });
});

// Windows only hold back traffic moving forward: a gate or sign-off refused by a window that
// closed mid-rollout would fail the job and roll back a healthy canary, and an undo must
// always be possible.
describe.each(["gate", "signoff", "rollback"] as const)("the %s bundle in a closed deployment window", (name) => {
  it("is never blocked by it", async () => {
    const inputs = { ...REQUIRED[name], playbook: "playbooks/closed-window.yml", "dry-run": "true" };
    const run = await runAction(name, { inputs, workspace: WORKSPACE });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(Object.keys(run.outputs)).toEqual(["plan"]);
  });
});

describe("secret inputs", () => {
  it("are masked before anything is logged, and appear nowhere else", async () => {
    const token = "prom-token-5f0c1e9a";
    const headers = "X-Scope-OrgID: tenant-7f3a\nX-Api-Key: key-91d2b7c4";
    const run = await runAction("gate", {
      inputs: { stage: "canary", "dry-run": "true", "prometheus-token": token, "prometheus-headers": headers },
      workspace: WORKSPACE,
    });
    expect(run.exitCode).toBe(0);
    expect(run.masks).toEqual(expect.arrayContaining([token, headers, "tenant-7f3a", "key-91d2b7c4"]));
    const firstOther = run.stdout.split("\n").findIndex((l) => !l.startsWith("::add-mask::"));
    const lastMask = run.stdout.split("\n").findLastIndex((l) => l.startsWith("::add-mask::"));
    expect(lastMask).toBeLessThan(firstOther);
    const unmasked = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
    for (const secret of [token, "tenant-7f3a", "key-91d2b7c4"]) {
      expect(unmasked).not.toContain(secret);
      expect(run.summary).not.toContain(secret);
      expect(JSON.stringify(run.outputs)).not.toContain(secret);
    }
  });

  it("include the GitHub token the runner passes by default", async () => {
    const run = await runAction("signoff", { inputs: { "dry-run": "true" }, workspace: WORKSPACE });
    expect(run.masks).toEqual([FAKE_GITHUB_TOKEN]);
    expect(run.summary).not.toContain(FAKE_GITHUB_TOKEN);
  });
});

describe("text the user wrote, in the summary", () => {
  it("reaches it escaped: HTML in the rollback's reason renders as text, never as markup", async () => {
    const reason = `<img src=x onerror="alert(1)"> gate failed | see *runbook* [here](javascript:alert(2))`;
    const run = await runAction("rollback", { inputs: { reason, "dry-run": "true" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(0);
    expect(run.summary).not.toContain("<img");
    expect(run.summary).toContain("&lt;img src=x onerror=\"alert(1)\"&gt; gate failed \\| see \\*runbook\\* \\[here\\](javascript:alert(2))");
    // The table keeps its six cells: the `|` in the reason did not open a new one.
    const row = run.summary.split("\n").find((l) => l.includes("gate failed"))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
  });
});

describe("the canary's dry run", () => {
  it("hands on the state it would produce, recording nothing from the target", async () => {
    const run = await runAction("canary", { inputs: { ...REQUIRED.canary, "dry-run": "true" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(0);
    const state = JSON.parse(run.outputs["state"]!);
    expect(state).toMatchObject({ version: 1, service: "checkout", stage: "canary", weight: 10, targetVersion: "v2", status: "rolling-out", verdicts: {} });
    expect(state.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(state).not.toHaveProperty("previous");
    expect(state).not.toHaveProperty("deployment");
  });
});
