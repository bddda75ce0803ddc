/**
 * The one-job action (the top-level `action.yml`, bundle `playbook`) from its built bundle,
 * against the local GitHub API and real scripts: every stage to promotion, and a failing
 * gate that rolls back on its own and hands out the incident report. No secret reaches the
 * state, the deployment, the report, the evidence or the summary.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseState } from "../../src/state.js";
import { expectFailed, expectNoSecrets, expectPassed, GITHUB_TOKEN, PROMETHEUS_TOKEN, useRolloutWorld } from "./rollout-world.js";

const w = useRolloutWorld();
const SECRETS = [GITHUB_TOKEN, PROMETHEUS_TOKEN];

const inputs = (extra: Record<string, string> = {}) => ({
  version: "v2",
  "prometheus-token": PROMETHEUS_TOKEN,
  "environment-url": "https://shop.example.com",
  "evidence-dir": join(w.workspace, "evidence"),
  "upload-evidence": "false",
  ...extra,
});

/** Everything GitHub and the workspace hold that a secret must never reach. */
async function leftBehind(): Promise<string[]> {
  const evidence = await readdir(join(w.workspace, "evidence")).catch(() => []);
  return [
    JSON.stringify(w.gh.api.store.deployments),
    JSON.stringify(w.gh.api.store.statuses),
    JSON.stringify(w.gh.api.store.issues),
    ...(await Promise.all(evidence.map((f) => readFile(join(w.workspace, "evidence", f), "utf8")))),
  ];
}

describe("the one-job action", () => {
  it("runs every stage, gates each, and promotes: the deployment ends successful with the environment URL", async () => {
    const run = await w.run("playbook", inputs());
    expectPassed(run);
    expect(run.stdout).toContain("shop v2 went through canary, half, full and was promoted.");
    expect(await w.told()).toEqual(["set-weight canary 0→10 v2", "set-weight half 10→50 v2", "set-weight full 50→100 v2", "promote full 100→100 v2"]);
    expect(await w.live("stable")).toBe("v2");
    expect(run.outputs["verdict"]).toBe("go");
    // Nothing was rolled back: no report (a workflow reads an unset output as "").
    expect(run.outputs["report"]).toBeUndefined();
    expect(parseState(run.outputs["state"]!, "state")).toMatchObject({ status: "promoted", verdicts: { canary: "go", half: "go", full: "go" }, run: { id: "7001", actor: "alice" } });
    expect(w.deployments()).toHaveLength(1);
    expect(w.statuses(w.deployments()[0]!.id)[0]).toMatchObject({ state: "success", environmentUrl: "https://shop.example.com", description: "v2 promoted" });
    expect(run.summary).toContain("## Promoted: shop v2 is the stable version");
    expect((await readdir(join(w.workspace, "evidence"))).sort()).toEqual(["deploy-playbook-evidence-canary.json", "deploy-playbook-evidence-full.json", "deploy-playbook-evidence-half.json"]);
    expect(w.prometheusRequests.length).toBeGreaterThan(0);
    expectNoSecrets(run, SECRETS);
    for (const text of await leftBehind()) for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it("rolls back on its own when a gate fails: the report output holds the failing gate's evidence, and the step fails", async () => {
    w.health.failFrom = 50;
    const run = await w.run("playbook", inputs({ "open-issue": "true" }));
    expectFailed(run, /^Gate no-go for stage half: health .*Rolled back automatically \(rollback\.on: no-go, inconclusive\)\. Rolled back shop v2 from 50% to 0%; the verify checks pass\.$/);
    expect(await w.told()).toEqual(["set-weight canary 0→10 v2", "set-weight half 10→50 v2", "rollback half 50→0 v2"]);
    expect(await w.live("weight")).toBe("0");
    expect(run.outputs["verdict"]).toBe("no-go");
    const report = run.outputs["report"]!;
    expect(report).toContain("| Trigger | automatic: stage half judged **no-go** |");
    expect(report).toContain("### The gate that failed: stage half (50%)");
    expect(report).toMatch(/\| health \| fail \|/);
    expect(report).toContain("| health | pass |");
    expect(run.summary).toContain(report);
    expect(parseState(run.outputs["state"]!, "state")).toMatchObject({ status: "rolled-back", weight: 0, verdicts: { canary: "go", half: "no-go" } });
    const [deployment] = w.deployments();
    expect(w.statuses(deployment!.id)[0]).toMatchObject({ state: "failure", description: expect.stringMatching(/^Rolled back: stage half judged no-go: health/) });
    expect(w.gh.api.store.issues).toHaveLength(1);
    expect(w.gh.api.store.issues[0]).toMatchObject({ title: expect.stringMatching(/^Rollback of shop v2: stage half judged no-go/), body: report });
    expectNoSecrets(run, SECRETS);
    for (const text of await leftBehind()) for (const secret of SECRETS) expect(text).not.toContain(secret);
  });

  it("a token without deployments: write fails naming the permission, before any traffic moves", async () => {
    w.gh.api.deny("deployments", 403);
    const run = await w.run("playbook", inputs());
    expectFailed(run, /^could not list the deployments of 'production': GitHub answered 403: .*the token probably lacks `deployments: write`/);
    expect(await w.told()).toEqual([]);
    expect(await w.live("weight")).toBe("0");
    expectNoSecrets(run, SECRETS);
  });
});
