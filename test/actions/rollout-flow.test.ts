/**
 * The separate actions as a workflow chains them, run from their built bundles against the
 * local GitHub API and real scripts: canary, gate, canary, rollback; a rollout to promotion;
 * a re-run; a manual rollback from the deployment alone; a rollback of a rollback; a
 * hostile version.
 */
import { describe, expect, it } from "vitest";
import { parseState } from "../../src/state.js";
import { expectFailed, expectNoSecrets, expectPassed, GITHUB_TOKEN, PROMETHEUS_TOKEN, useRolloutWorld } from "./rollout-world.js";

const w = useRolloutWorld();
const gateInputs = (state: string, stage: string) => ({ state, stage, "prometheus-token": PROMETHEUS_TOKEN, "upload-evidence": "false" });

describe("the canary, gate and rollback bundles, chained", () => {
  it("canary 10% → gate go → canary 50% → rollback: the starting weight is back, GitHub says why, the report is out", async () => {
    const canary = await w.run("canary", { stage: "canary", version: "v2" });
    expectPassed(canary);
    expect(await w.live("weight")).toBe("10");
    const first = parseState(canary.outputs["state"]!, "state");
    expect(first).toMatchObject({ stage: "canary", weight: 10, targetVersion: "v2", previous: { kind: "command", weight: 0, current: { stable: "v1" } } });
    expect(first.run).toEqual({ id: "7001", url: `https://github.com/${w.gh.api.owner}/${w.gh.api.repo}/actions/runs/7001`, actor: "alice" });
    expect(canary.summary).toContain("## Canary: shop `v2` at 10% (stage canary)");

    const gate = await w.run("gate", gateInputs(canary.outputs["state"]!, "canary"));
    expectPassed(gate);
    expect(gate.outputs["verdict"]).toBe("go");
    expect(w.prometheusRequests.length).toBeGreaterThan(0);

    const half = await w.run("canary", { stage: "half", version: "v2", state: gate.outputs["state"]! });
    expectPassed(half);
    expect(await w.live("weight")).toBe("50");

    const rollback = await w.run("rollback", { state: half.outputs["state"]!, reason: "latency on the checkout page", "prometheus-token": PROMETHEUS_TOKEN }, "7002");
    expectPassed(rollback);
    expect(await w.live("weight")).toBe("0");

    expect(await w.told()).toEqual(["set-weight canary 0→10 v2", "set-weight half 10→50 v2", "rollback half 50→0 v2"]);
    const [rollbackRun] = (await w.scripts()).slice(-1);
    expect(JSON.parse(rollbackRun!.env["DEPLOY_STATE"]!)).toEqual({ kind: "command", weight: 0, current: { stable: "v1" } });
    for (const { env } of await w.scripts()) {
      expect(Object.keys(env).filter((k) => k.startsWith("INPUT_") || k === "GITHUB_TOKEN")).toEqual([]);
      expect(Object.values(env).join("\n")).not.toContain(GITHUB_TOKEN);
    }

    const [deployment] = w.deployments();
    expect(w.deployments()).toHaveLength(1);
    expect(deployment).toMatchObject({ environment: "production", task: "deploy:shop", ref: w.gh.api.mainSha });
    expect(w.statuses(deployment!.id).map((s) => `${s.state}: ${s.description}`)).toEqual([
      "failure: Rolled back: latency on the checkout page",
      "in_progress: Stage half: 50% on v2",
      "in_progress: Stage half: moving 10% → 50%",
      "in_progress: Stage canary: 10% on v2",
      "in_progress: Stage canary: moving 0% → 10%",
    ]);
    const report = rollback.outputs["report"]!;
    expect(report).toContain("## Rollback of shop: latency on the checkout page");
    expect(report).toContain("**Recovered**");
    expect(report).toContain("| Rollout undone | `v2` at 50% (stage half)");
    expect(report).toContain("| Started by | @alice, [run 7002](");
    expect(report).toContain("- ran ./deploy/rollback.sh: weight 50% back to 0% (leaving v2)");
    expect(rollback.summary).toContain(report);
    expect(parseState(rollback.outputs["state"]!, "state")).toMatchObject({ status: "rolled-back", weight: 0 });
    for (const run of [canary, gate, half, rollback]) expectNoSecrets(run, [GITHUB_TOKEN, PROMETHEUS_TOKEN]);
  });

  it("through every stage, then promote after the last gate: the deployment's latest status is success with the environment URL", async () => {
    let state = "";
    for (const stage of ["canary", "half", "full"]) {
      const moved = await w.run("canary", { stage, version: "v2", ...(state && { state }) });
      expectPassed(moved);
      const gate = await w.run("gate", gateInputs(moved.outputs["state"]!, stage));
      expectPassed(gate);
      state = gate.outputs["state"]!;
    }
    const promoted = await w.run("canary", { stage: "full", version: "v2", state, promote: "true", "environment-url": "https://shop.example.com" });
    expectPassed(promoted);
    expect(parseState(promoted.outputs["state"]!, "state")).toMatchObject({ status: "promoted", stage: "full", weight: 100, verdicts: { canary: "go", half: "go", full: "go" } });
    expect(promoted.summary).toContain("Promoted: `v2` is now the stable version.");
    expect(await w.live("stable")).toBe("v2");
    expect((await w.told()).slice(-2)).toEqual(["set-weight full 100→100 v2", "promote full 100→100 v2"]);
    const [deployment] = w.deployments();
    expect(w.deployments()).toHaveLength(1);
    expect(w.statuses(deployment!.id)[0]).toMatchObject({ state: "success", environmentUrl: "https://shop.example.com", description: "v2 promoted" });
  });

  it("refuses promote: true before the last stage was gated, as an input problem, changing nothing", async () => {
    const moved = await w.run("canary", { stage: "canary", version: "v2" });
    const promote = await w.run("canary", { stage: "canary", version: "v2", state: moved.outputs["state"]!, promote: "true" });
    expectFailed(promote, /^1 problem found in the inputs/);
    expect(promote.annotations[0]?.message).toBe("input 'promote': is true at stage canary, but only the last stage (full) is promoted; expected false, or stage full");
    expect(await w.told()).toEqual(["set-weight canary 0→10 v2"]);
  });

  it("a re-run of the canary in the same workflow run makes no second deployment", async () => {
    const first = await w.run("canary", { stage: "canary", version: "v2" });
    const again = await w.run("canary", { stage: "canary", version: "v2" });
    expectPassed(again);
    expect(w.deployments()).toHaveLength(1);
    expect(again.stdout).toContain(`GitHub deployment ${w.deployments()[0]!.id} of production was made by this run already; using it.`);
    expect(parseState(again.outputs["state"]!, "state").deployment).toEqual(parseState(first.outputs["state"]!, "state").deployment);
  });

  it("a manual rollback with only a token, an environment and a reason finds its state in the deployment's payload and restores", async () => {
    const canary = await w.run("canary", { stage: "canary", version: "v2", environment: "production" });
    expectPassed(canary);
    expect(await w.live("weight")).toBe("10");
    const rollback = await w.run("rollback", { "github-token": GITHUB_TOKEN, environment: "production", reason: "pager went off" }, "7003");
    expectPassed(rollback);
    expect(await w.live("weight")).toBe("0");
    expect((await w.told()).at(-1)).toMatch(/^rollback canary \d+→0 v2$/);
    const [deployment] = w.deployments();
    expect(rollback.outputs["report"]).toContain(`| State from | the payload of GitHub deployment ${deployment!.id} in production |`);
    expect(w.statuses(deployment!.id)[0]).toMatchObject({ state: "failure", description: "Rolled back: pager went off" });
  });

  it("a second rollback (of a rollback) changes nothing and succeeds, saying there is nothing to undo", async () => {
    const canary = await w.run("canary", { stage: "canary", version: "v2" });
    const first = await w.run("rollback", { state: canary.outputs["state"]!, reason: "bad" }, "7002");
    expectPassed(first);
    const scripts = (await w.scripts()).length;
    const statuses = w.statuses(w.deployments()[0]!.id).length;
    const reruns: Record<string, string>[] = [{ state: first.outputs["state"]! }, { reason: "again, from GitHub" }];
    for (const inputs of reruns) {
      const again = await w.run("rollback", inputs, "7003");
      expectPassed(again);
      expect(again.stdout).toContain("Nothing to undo: the rollout of shop v2 was rolled back already.");
      expect(again.outputs["report"]).toBe("");
      expect(again.summary).toContain("## Rollback of shop: nothing to undo");
    }
    // A re-run of the canary job with its old state output does not move traffic again.
    const rerun = await w.run("canary", { stage: "canary", version: "v2", state: canary.outputs["state"]! });
    expectFailed(rerun, /^GitHub deployment \d+ of shop v2 was rolled back, though the state given says it is rolling out; start a new rollout/);
    expect(await w.scripts()).toHaveLength(scripts);
    expect(w.statuses(w.deployments()[0]!.id)).toHaveLength(statuses);
  });

  it("a canary whose script fails marks the deployment failed, fails the step with the script's words, and still outputs the state", async () => {
    w.breakScript("set-weight");
    const canary = await w.run("canary", { stage: "canary", version: "v2" });
    expectFailed(canary, /^\.\/deploy\/set-weight\.sh \(target\.command\.set-weight\) exited with code 3/);
    expect(canary.annotations.at(-1)?.message).toContain("the load balancer answered 500");
    expect(canary.summary).toContain("## Canary failed: shop at stage canary");
    const state = parseState(canary.outputs["state"]!, "state");
    expect(state).toMatchObject({ stage: "canary", weight: 10, previous: { kind: "command", weight: 0 } });
    expect(w.statuses(w.deployments()[0]!.id)[0]).toMatchObject({ state: "failure", description: expect.stringMatching(/^Stage canary: \.\/deploy\/set-weight\.sh .*exited with code 3/) });
    // What the failed step left is enough to undo it.
    const rollback = await w.run("rollback", { state: canary.outputs["state"]!, reason: "the canary step failed" }, "7002");
    expectPassed(rollback);
    expect(await w.told()).toEqual(["set-weight canary 0→10 v2", "rollback canary 10→0 v2"]);
    expect(await w.live("weight")).toBe("0");
  });

  it("a rollback whose script fails says so without a stack trace", async () => {
    const canary = await w.run("canary", { stage: "canary", version: "v2" });
    w.breakScript("rollback");
    const rollback = await w.run("rollback", { state: canary.outputs["state"]!, reason: "bad" }, "7002");
    expectFailed(rollback, /^\.\/deploy\/rollback\.sh \(target\.command\.rollback\) exited with code 3/);
    expect(w.statuses(w.deployments()[0]!.id)[0]?.state).not.toBe("success");
  });

  it("a hostile version arrives byte for byte in DEPLOY_VERSION and nothing else runs", async () => {
    const version = `1.2;rm\${IFS}-rf\${IFS}/;$(touch\${IFS}pwned);\`touch\${IFS}pwned2\`;"quoted";'single';ünïcode|tee\${IFS}pwned3&&exit\${IFS}1`;
    const canary = await w.run("canary", { stage: "canary", version });
    expectPassed(canary);
    const [run] = await w.scripts();
    expect(run!.env["DEPLOY_VERSION"]).toBe(version);
    expect(Buffer.from(run!.env["DEPLOY_VERSION"]!, "utf8")).toEqual(Buffer.from(version, "utf8"));
    expect(await w.live("canary")).toBe(version);
    for (const file of ["pwned", "pwned2", "pwned3", "deploy/pwned", "live/pwned"]) expect(w.exists(file)).toBe(false);
    expect(w.deployments()[0]!.description).toBe(`shop ${version}`.slice(0, 140));
  });

  it("a hostile version with spaces arrives byte for byte too: it is never spliced into a command line", async () => {
    const version = `1.2; rm -rf / $(touch pwned) "quoted" 'single' \`touch pwned2\` ünïcode`;
    const canary = await w.run("canary", { stage: "canary", version });
    expectPassed(canary);
    const [run] = await w.scripts();
    expect(run!.env["DEPLOY_VERSION"]).toBe(version);
    expect(await w.live("canary")).toBe(version);
    for (const file of ["pwned", "pwned2", "deploy/pwned", "live/pwned"]) expect(w.exists(file)).toBe(false);
  });

  it("a version with a line break is refused as an input problem before any script runs", async () => {
    const canary = await w.run("canary", { stage: "canary", version: "1.2\n::error::forged" });
    expectFailed(canary, /^1 problem found in the inputs/);
    expect(canary.annotations[0]?.message).toMatch(/^input 'version': found "1\.2\\n::error::forged"; expected a version such as an image tag or commit SHA on one line, without control characters$/);
    expect(await w.scripts()).toEqual([]);
    expect(w.gh.api.requests).toEqual([]);
  });
});
