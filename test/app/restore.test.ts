/** The restore operation on fakes: from the state or the latest deployment, nothing to undo, verify, the incident report, GitHub. */
import { describe, expect, it } from "vitest";
import { move } from "../../src/app/move.js";
import { restore } from "../../src/app/restore.js";
import { ConfigurationError, Refusal } from "../../src/errors.js";
import { GitHubError } from "../../src/github/types.js";
import { type DeployState, parseState } from "../../src/state.js";
import { deployState } from "../fakes/state.js";
import { moveRequest, PLAYBOOK, PROMETHEUS_TOKEN, restoreRequest, stageNamed, world } from "./rollout-world.js";

/** A rollout of v2 moved to 50% through the fakes, both moves recorded in GitHub. */
async function movedTo50(w: ReturnType<typeof world>): Promise<DeployState> {
  const first = parseState((await move(moveRequest(), w.deps)).outputs["state"]!, "state");
  const half = await move(moveRequest({ stage: stageNamed("half"), state: { ...first, verdicts: { canary: "go" } } }), w.deps);
  return parseState(half.outputs["state"]!, "state");
}

describe("restore", () => {
  it("puts the target back from the state, marks the deployment rolled back and reports the incident", async () => {
    const w = world();
    const state = await movedTo50(w);
    expect(w.target.live.weight).toBe(50);
    const report = await restore(restoreRequest({ state }), w.deps);
    expect(report.accepted).toBe(true);
    expect(w.target.live.weight).toBe(0);
    expect(w.target.calls.at(-1)).toMatchObject({ call: "restore", recorded: state.previous, step: { weight: 50, previousWeight: 0, version: "v2" } });
    expect(report.state).toMatchObject({ status: "rolled-back", weight: 0, stage: "half" });
    expect(parseState(report.outputs["state"]!, "state").status).toBe("rolled-back");
    expect(w.github.statusesOf(state.deployment!.id)[0]).toMatchObject({ state: "failure", description: "Rolled back: error budget burning" });
    expect(report.message).toBe("Rolled back shop v2 from 50% to 0%; the verify checks pass.");
    const text = report.outputs["report"]!;
    expect(text).toContain("## Rollback of shop: error budget burning");
    expect(text).toContain("**Recovered**");
    expect(text).toContain("| Started by | @bob, [run 7002](https://github.com/octo-org/shop/actions/runs/7002) |");
    expect(text).toContain("| Rollout undone | `v2` at 50% (stage half)");
    expect(text).toContain("| State from | the state input |");
    expect(text).toContain("- weight 50% back to 0%");
    expect(report.summary).toBe(text);
  });

  it("without a state, restores from the payload of the latest deployment GitHub holds", async () => {
    const w = world();
    const state = await movedTo50(w);
    const report = await restore(restoreRequest(), w.deps);
    expect(report.accepted).toBe(true);
    expect(w.target.live.weight).toBe(0);
    // The payload was written before the first move; the statuses say the rollout reached 50%.
    expect(w.github.deployments[0]!.payload).toMatchObject({ stage: "canary", weight: 0 });
    expect(w.target.calls.at(-1)).toMatchObject({ call: "restore", recorded: state.previous, step: { stage: "half", weight: 50, previousWeight: 0 } });
    expect(report.message).toBe("Rolled back shop v2 from 50% to 0%; the verify checks pass.");
    expect(report.outputs["report"]).toContain(`| State from | the payload of GitHub deployment ${state.deployment!.id} in production |`);
    expect(w.github.statusesOf(state.deployment!.id)[0]).toMatchObject({ state: "failure", description: "Rolled back: error budget burning" });
  });

  it("without a state, counts a move that started and did not report done as reached", async () => {
    const w = world();
    const first = parseState((await move(moveRequest(), w.deps)).outputs["state"]!, "state");
    w.target.failOn("wait", "./deploy/status.sh (target.command.status) still reports not done (exit 1) after 10m");
    const failed = await move(moveRequest({ stage: stageNamed("half"), state: { ...first, verdicts: { canary: "go" } } }), w.deps);
    expect(failed.accepted).toBe(false);
    await restore(restoreRequest(), w.deps);
    expect(w.target.calls.at(-1)).toMatchObject({ call: "restore", step: { stage: "half", weight: 50 } });
  });

  it("marks the previous rollout's deployment successful again: its version is live", async () => {
    const w = world();
    const older = await w.github.port.deployments.create({ ref: "main", environment: "production", task: "deploy:shop", payload: deployState(PLAYBOOK, { targetVersion: "v1", previous: { kind: "command", weight: 0 } }), description: "shop v1", transientEnvironment: false, productionEnvironment: true });
    const state = await movedTo50(w);
    const report = await restore(restoreRequest({ state }), w.deps);
    expect(w.github.statusesOf(older.id)[0]).toMatchObject({ state: "success", description: "Restored by rolling back v2" });
    expect(report.outputs["report"]).toContain(`deployment ${older.id} (v1) marked success again`);
  });

  it("looks for the restored version's deployment in the rollout's own environment, not the one the input defaults to", async () => {
    const w = world();
    const create = (environment: string, version: string) =>
      w.github.port.deployments.create({ ref: "main", environment, task: "deploy:shop", payload: deployState(PLAYBOOK, { targetVersion: version, previous: { kind: "command", weight: 0 } }), description: `shop ${version}`, transientEnvironment: false, productionEnvironment: environment === "production" });
    const production = await create("production", "v0");
    const staging = await create("staging", "v1");
    const first = parseState((await move(moveRequest({ deployment: { environment: "staging" } }), w.deps)).outputs["state"]!, "state");
    await restore(restoreRequest({ state: first, deployment: { environment: "production" } }), w.deps);
    expect(w.github.statusesOf(staging.id)[0]).toMatchObject({ state: "success", description: "Restored by rolling back v2" });
    expect(w.github.statusesOf(production.id)).toEqual([]);
  });

  it("a second rollback finds nothing to undo, changes nothing, and passes", async () => {
    const w = world();
    await movedTo50(w);
    await restore(restoreRequest(), w.deps);
    const calls = w.target.calls.length;
    const statuses = w.github.statusesOf(w.github.deployments[0]!.id).length;
    const again = await restore(restoreRequest({ reason: "again" }), w.deps);
    expect(again.accepted).toBe(true);
    expect(again.message).toBe("Nothing to undo: the rollout of shop v2 was rolled back already.");
    expect(again.outputs["report"]).toBe("");
    expect(w.target.calls).toHaveLength(calls);
    expect(w.github.statusesOf(w.github.deployments[0]!.id)).toHaveLength(statuses);
  });

  it("a rollback given a state from before an earlier rollback asks GitHub, and finds nothing to undo", async () => {
    const w = world();
    const stale = await movedTo50(w);
    await restore(restoreRequest({ state: stale }), w.deps);
    const calls = w.target.calls.length;
    const again = await restore(restoreRequest({ state: stale }), w.deps);
    expect(again.message).toBe("Nothing to undo: the rollout of shop v2 was rolled back already.");
    expect(w.target.calls).toHaveLength(calls);
  });

  it("a rollback of a rolled-back state finds nothing to undo", async () => {
    const w = world();
    const state = deployState(PLAYBOOK, { status: "rolled-back", previous: { kind: "command", weight: 0 } });
    const report = await restore(restoreRequest({ state }), w.deps);
    expect(report.message).toBe("Nothing to undo: the rollout of shop v2 was rolled back already.");
    expect(w.target.calls).toEqual([]);
  });

  it("a rollout that never moved has nothing to undo", async () => {
    const w = world();
    const report = await restore(restoreRequest({ state: deployState(PLAYBOOK) }), w.deps);
    expect(report.accepted).toBe(true);
    expect(report.message).toBe("Nothing to undo: the rollout of shop v2 never moved traffic (nothing was recorded before a first move).");
    expect(w.target.calls).toEqual([]);
    expect(w.github.calls).toEqual([]);
  });

  it("without a state, refuses when GitHub holds no rollout of the service", async () => {
    const w = world();
    await expect(restore(restoreRequest(), w.deps)).rejects.toThrow(new Refusal("GitHub holds no deployment of shop made by deploy-playbook in environment production: nothing to roll back."));
    expect(w.target.calls).toEqual([]);
  });

  it("without a state or a token, asks for one of them", async () => {
    const w = world();
    const { github: _, ...deps } = w.deps;
    await expect(restore(restoreRequest(), deps)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("fails the step when the verify checks still fail after the timeout: the service did not recover", async () => {
    const w = world();
    const state = await movedTo50(w);
    w.health.ok = false;
    w.health.detail = "status 503";
    const report = await restore(restoreRequest({ state }), w.deps);
    expect(report.accepted).toBe(false);
    expect(w.target.live.weight).toBe(0);
    expect(report.message).toMatch(/^Rolled back shop to 0%, but the service did not recover: health /);
    expect(report.annotations).toEqual([{ level: "error", title: "Not recovered after rollback", message: expect.stringContaining("health") }]);
    expect(report.outputs["report"]).toContain("**NOT RECOVERED**");
  });

  it("opens an issue holding the incident report when asked", async () => {
    const w = world();
    const state = await movedTo50(w);
    const report = await restore(restoreRequest({ state, openIssue: true }), w.deps);
    expect(w.github.issues).toEqual([{ number: 1, title: "Rollback of shop v2: error budget burning", body: report.outputs["report"] }]);
    expect(w.log.lines).toContain("Incident report filed as issue #1: https://github.com/octo-org/shop/issues/1");
  });

  it("a GitHub fault while recording the rollback fails the step naming the permission, with the state and the report", async () => {
    const w = world();
    const state = await movedTo50(w);
    const denied = new GitHubError("could not set the status of deployment 1001: GitHub answered 403; the token probably lacks `deployments: write`", 403);
    w.github.failOn("deployments.setStatus", denied);
    const report = await restore(restoreRequest({ state }), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toBe(`Rolled back shop v2 from 50% to 0%, but GitHub could not record it: ${denied.message}`);
    // The target was restored first: an undo does not wait for GitHub.
    expect(w.target.live.weight).toBe(0);
    expect(parseState(report.outputs["state"]!, "state").status).toBe("rolled-back");
    expect(report.outputs["report"]).toContain("- not recorded: could not set the status of deployment 1001");
  });

  it("an issue GitHub refuses to open fails the step naming the permission, the report still out", async () => {
    const w = world();
    const state = await movedTo50(w);
    w.github.failOn("issues.create", new GitHubError("could not open an issue: GitHub answered 403; the token probably lacks `issues: write`", 403));
    const report = await restore(restoreRequest({ state, openIssue: true }), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toMatch(/GitHub could not record it: could not open an issue: .*`issues: write`$/);
    expect(report.outputs["report"]).toContain("## Rollback of shop");
    expect(w.github.statusesOf(state.deployment!.id)[0]!.state).toBe("failure");
  });

  it("never writes the Prometheus token into the state, the report or the issue", async () => {
    const w = world();
    const state = await movedTo50(w);
    w.health.ok = false;
    w.health.detail = `status 503, body says Authorization: Bearer ${PROMETHEUS_TOKEN}`;
    const report = await restore(restoreRequest({ state, openIssue: true, reason: `token ${PROMETHEUS_TOKEN} leaked` }), w.deps);
    for (const text of [report.outputs["state"], report.outputs["report"], report.summary, report.message, JSON.stringify(report.annotations), JSON.stringify(w.github.issues), JSON.stringify(w.github.statusesOf(state.deployment!.id))]) {
      expect(text).not.toContain(PROMETHEUS_TOKEN);
    }
    expect(report.outputs["report"]).toContain("status 503");
  });

  it("a dry run reads and changes nothing", async () => {
    const w = world();
    const report = await restore(restoreRequest({ dryRun: true }), w.deps);
    expect(report.accepted).toBe(true);
    expect(w.target.calls).toEqual([]);
    expect(w.github.calls).toEqual([]);
  });
});
