/** The move operation on fakes: recorded before the first move, moved and waited for, recorded in GitHub; a failing target. */
import { describe, expect, it } from "vitest";
import { move } from "../../src/app/move.js";
import { restore } from "../../src/app/restore.js";
import { ConfigurationError, Refusal } from "../../src/errors.js";
import { GitHubError } from "../../src/github/types.js";
import { type DeployState, parseState } from "../../src/state.js";
import { deployState } from "../fakes/state.js";
import { moveRequest, PLAYBOOK, restoreRequest, stageNamed, world } from "./rollout-world.js";

const stateOf = (text: string | undefined): DeployState => parseState(text ?? "", "state");

describe("move", () => {
  it("records what is live before the first move, opens the deployment, then moves and waits", async () => {
    const w = world();
    const report = await move(moveRequest(), w.deps);
    expect(report.accepted).toBe(true);
    expect(w.target.names()).toEqual(["record", "move", "wait"]);
    expect(w.github.calls.slice(0, 2)).toEqual(["deployments.list", "deployments.create"]);
    expect(w.target.live).toMatchObject({ weight: 10, canary: "v2" });
    const state = stateOf(report.outputs["state"]);
    expect(state).toMatchObject({ stage: "canary", weight: 10, targetVersion: "v2", status: "rolling-out", previous: { kind: "command", weight: 0, current: { stable: "v1" } } });
    expect(state.run).toEqual({ id: "7001", url: "https://github.com/octo-org/shop/actions/runs/7001", actor: "alice" });
    const [deployment] = w.github.deployments;
    expect(state.deployment).toEqual({ id: deployment!.id, environment: "production" });
    // The payload holds the record taken before the move: what a rollback without a state restores.
    expect(deployment!.payload).toMatchObject({ service: "shop", targetVersion: "v2", previous: { weight: 0 }, run: { id: "7001" } });
    expect(w.github.statusesOf(deployment!.id).map((s) => s.state)).toEqual(["in_progress", "in_progress"]);
    expect(w.github.statusesOf(deployment!.id)[0]!.description).toBe("Stage canary: 10% on v2");
  });

  it("moves on from a stage whose gate passed, keeping the first record and the deployment", async () => {
    const w = world();
    const first = stateOf((await move(moveRequest(), w.deps)).outputs["state"]);
    const gated = { ...first, verdicts: { canary: "go" as const } };
    const report = await move(moveRequest({ stage: stageNamed("half"), state: gated }), w.deps);
    const state = stateOf(report.outputs["state"]);
    expect(state).toMatchObject({ stage: "half", weight: 50, previous: first.previous, deployment: first.deployment });
    expect(w.target.names()).toEqual(["record", "move", "wait", "move", "wait"]);
    expect(w.target.calls[3]!.step).toMatchObject({ weight: 50, previousWeight: 10, version: "v2" });
    expect(w.github.deployments).toHaveLength(1);
  });

  it("a re-run of the same workflow run finds its deployment and its record instead of making a second", async () => {
    const w = world();
    const first = stateOf((await move(moveRequest(), w.deps)).outputs["state"]);
    const again = await move(moveRequest(), w.deps);
    expect(again.accepted).toBe(true);
    expect(w.github.deployments).toHaveLength(1);
    // What was live before the first move, not the canary the first attempt put there.
    expect(stateOf(again.outputs["state"]).previous).toEqual(first.previous);
    expect(w.target.names()).toEqual(["record", "move", "wait", "move", "wait"]);
    expect(w.log.lines).toContain(`GitHub deployment ${w.github.deployments[0]!.id} of production was made by this run already; using it.`);
  });

  it.each([
    ["backwards", "half", { stage: "half", weight: 50, verdicts: { canary: "go" } }, "canary", /is at stage half, past canary; stages move forward only/],
    ["skipping a stage", "canary", { verdicts: { canary: "go" } }, "full", /the next stage is half, not full/],
    ["on from a no-go", "canary", { verdicts: { canary: "no-go" } }, "half", /has stage canary judged no-go; roll back instead of moving on/],
    ["on from an inconclusive gate", "canary", { verdicts: { canary: "inconclusive" } }, "half", /judged inconclusive; roll back/],
    ["on from an ungated stage", "canary", {}, "half", /has no verdict for stage canary; gate it before moving on/],
    ["a rolled-back rollout", "canary", { status: "rolled-back", verdicts: { canary: "go" } }, "half", /was rolled-back; start a new rollout/],
    ["a promoted rollout", "full", { stage: "full", weight: 100, status: "promoted" }, "full", /was promoted; start a new rollout/],
  ] as const)("refuses a move %s before touching anything", async (_, __, overrides, to, message) => {
    const w = world();
    const state = deployState(PLAYBOOK, { previous: { kind: "command", weight: 0 }, ...overrides } as Partial<DeployState>);
    const refused = move(moveRequest({ stage: stageNamed(to), state }), w.deps);
    await expect(refused).rejects.toBeInstanceOf(ConfigurationError);
    await expect(refused).rejects.toThrow(message);
    expect(w.target.calls).toEqual([]);
    expect(w.github.calls).toEqual([]);
  });

  it("refuses to move on with a state from before a rollback GitHub recorded", async () => {
    const w = world();
    const stale = stateOf((await move(moveRequest(), w.deps)).outputs["state"]);
    await restore(restoreRequest({ state: stale }), w.deps);
    const calls = w.target.calls.length;
    const refused = move(moveRequest({ stage: stageNamed("half"), state: { ...stale, verdicts: { canary: "go" } } }), w.deps);
    await expect(refused).rejects.toThrow(
      new Refusal(`GitHub deployment ${stale.deployment!.id} of shop v2 was rolled back, though the state given says it is rolling out; start a new rollout (no state) to move traffic again.`),
    );
    expect(w.target.calls).toHaveLength(calls);
  });

  it("refuses a later stage without a state", async () => {
    const w = world();
    await expect(move(moveRequest({ stage: stageNamed("half") }), w.deps)).rejects.toThrow(/input 'state': is missing, but stage half is not the first/);
    expect(w.target.calls).toEqual([]);
  });

  it("refuses a state of another service and of another playbook, both at once", async () => {
    const w = world();
    const state = deployState(PLAYBOOK, { service: "billing", digest: `sha256:${"0".repeat(64)}` });
    const error = await move(moveRequest({ state }), w.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^is for service "billing", but the playbook is for "shop"/),
      expect.stringMatching(/^was made with another version of the playbook/),
    ]);
    expect(w.target.calls).toEqual([]);
  });

  it("refuses another version than the state's rollout", async () => {
    const w = world();
    const state = deployState(PLAYBOOK, { targetVersion: "v2" });
    await expect(move(moveRequest({ version: "v3", state }), w.deps)).rejects.toThrow(/input 'version': found "v3", but the state is the rollout of "v2"/);
    expect(w.target.calls).toEqual([]);
  });

  it("a failing target marks the deployment failed, fails the step, and still outputs the state for the rollback", async () => {
    const w = world();
    w.target.failOn("wait", "./deploy/status.sh (target.command.status) still reports not done (exit 1) after 10m");
    const report = await move(moveRequest(), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toMatch(/status\.sh .* still reports not done/);
    expect(report.summary).toContain("## Canary failed: shop at stage canary");
    const state = stateOf(report.outputs["state"]);
    expect(state).toMatchObject({ stage: "canary", weight: 10, previous: { kind: "command", weight: 0 }, status: "rolling-out" });
    expect(state.deployment?.id).toBe(w.github.deployments[0]!.id);
    const [latest] = w.github.statusesOf(state.deployment!.id);
    expect(latest).toMatchObject({ state: "failure", description: expect.stringMatching(/^Stage canary: \.\/deploy\/status\.sh/) });
  });

  it("promotes after the last stage's gate passed: the target's promote, then success with the environment URL", async () => {
    const w = world();
    const state = deployState(PLAYBOOK, { stage: "full", weight: 100, previous: { kind: "command", weight: 0 }, verdicts: { canary: "go", half: "go", full: "go" }, run: { id: "7001", url: "u" } });
    const report = await move(moveRequest({ stage: stageNamed("full"), state, promote: true }), w.deps);
    expect(report.accepted).toBe(true);
    expect(w.target.names()).toEqual(["move", "wait", "promote"]);
    expect(w.target.live).toMatchObject({ stable: "v2", weight: 0 });
    const after = stateOf(report.outputs["state"]);
    expect(after.status).toBe("promoted");
    expect(w.github.statusesOf(after.deployment!.id)[0]).toMatchObject({ state: "success", environmentUrl: "https://shop.example.com", description: "v2 promoted" });
    expect(report.message).toContain("promoted");
  });

  it.each([
    ["at an earlier stage", { stage: "canary", weight: 10, verdicts: { canary: "go" } }, "canary", "is true at stage canary, but only the last stage (full) is promoted; expected false, or stage full"],
    ["before the last stage was moved to", { stage: "half", weight: 50, verdicts: { canary: "go", half: "go" } }, "full", "is true, but the state has no passing verdict for stage full; move to it, gate it, then promote with the gate step's state output"],
    ["before the last stage was gated", { stage: "full", weight: 100, verdicts: { canary: "go", half: "go" } }, "full", "is true, but the state has no passing verdict for stage full; move to it, gate it, then promote with the gate step's state output"],
    ["after the last stage judged no-go", { stage: "full", weight: 100, verdicts: { canary: "go", half: "go", full: "no-go" } }, "full", "is true, but the state has stage full judged no-go; move to it, gate it, then promote with the gate step's state output"],
  ] as const)("refuses to promote %s, before touching anything", async (_, overrides, to, message) => {
    const w = world();
    const state = deployState(PLAYBOOK, { previous: { kind: "command", weight: 0 }, ...overrides });
    await expect(move(moveRequest({ stage: stageNamed(to), state, promote: true }), w.deps)).rejects.toThrow(new ConfigurationError([{ path: "input 'promote'", message }]));
    expect(w.target.calls).toEqual([]);
    expect(w.github.calls).toEqual([]);
  });

  it.each([
    ["a permission the token lacks", new GitHubError("could not create a deployment of production: GitHub answered 403; the token probably lacks `deployments: write`", 403)],
    ["a 5xx that did not recover", new GitHubError("could not create a deployment of production: GitHub answered 502 three times", 502)],
  ])("a GitHub fault (%s) fails the move with its message and never reports success", async (_, fault) => {
    const w = world();
    w.github.failOn("deployments.create", fault);
    await expect(move(moveRequest(), w.deps)).rejects.toBe(fault);
    // The fault comes before any traffic moves.
    expect(w.target.names()).toEqual(["record"]);
    expect(w.target.live.weight).toBe(0);
  });

  it("a GitHub fault after the traffic moved fails the step, names the permission, and still outputs the state", async () => {
    const w = world();
    // The status before the move goes through; the one after it is refused.
    w.github.failOn("deployments.setStatus", new GitHubError("could not set the status of deployment 1001: GitHub answered 403; the token probably lacks `deployments: write`", 403), 1);
    const report = await move(moveRequest(), w.deps);
    expect(w.target.live.weight).toBe(10);
    expect(report.accepted).toBe(false);
    expect(report.message).toMatch(/`deployments: write`$/);
    expect(stateOf(report.outputs["state"])).toMatchObject({ stage: "canary", weight: 10, previous: { weight: 0 }, deployment: { id: w.github.deployments[0]!.id } });
  });

  it("a promotion GitHub cannot record fails the step with the promoted state", async () => {
    const w = world();
    const first = stateOf((await move(moveRequest(), w.deps)).outputs["state"]);
    const state: DeployState = { ...first, stage: "full", weight: 100, verdicts: { canary: "go", half: "go", full: "go" } };
    w.github.failOn("deployments.setStatus", new GitHubError("could not set the status of deployment 1001: GitHub answered 502 after 3 retries", 502), 1);
    const report = await move(moveRequest({ stage: stageNamed("full"), state, promote: true }), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toContain("502 after 3 retries");
    expect(w.target.live.stable).toBe("v2");
    expect(stateOf(report.outputs["state"]).status).toBe("promoted");
  });

  it("without GitHub, moves and says the rollout is not recorded", async () => {
    const w = world();
    const { github: _, ...deps } = w.deps;
    const report = await move(moveRequest(), deps);
    expect(report.accepted).toBe(true);
    expect(stateOf(report.outputs["state"]).deployment).toBeUndefined();
    expect(w.log.lines).toContain("No GitHub token: the rollout is not recorded as a GitHub deployment.");
  });

  it("a dry run changes nothing and outputs the state it would produce", async () => {
    const w = world();
    const report = await move(moveRequest({ dryRun: true }), w.deps);
    expect(w.target.calls).toEqual([]);
    expect(w.github.calls).toEqual([]);
    expect(stateOf(report.outputs["state"])).toMatchObject({ stage: "canary", weight: 10 });
  });
});
