/** The state checks every operation makes before it changes anything: service, playbook digest, stage order. */
import { describe, expect, it } from "vitest";
import { checkMoveOrder, checkState, movedState, stateProblems } from "../../src/app/rollout-state.js";
import { ConfigurationError } from "../../src/errors.js";
import { playbookDigest } from "../../src/playbook/digest.js";
import { deployState } from "../fakes/state.js";
import { PLAYBOOK, stageNamed } from "./rollout-world.js";

const DIGEST = playbookDigest(PLAYBOOK);
const order = (overrides: Parameters<typeof deployState>[1] | undefined, to: string) => () =>
  checkMoveOrder(overrides && deployState(PLAYBOOK, overrides), PLAYBOOK, stageNamed(to), "input 'state'");

describe("stateProblems", () => {
  it("finds nothing wrong with a state of this playbook's rollout", () => {
    expect(stateProblems(deployState(PLAYBOOK), PLAYBOOK, DIGEST, "input 'state'")).toEqual([]);
  });

  it("names the service, the digest and the stage a foreign state gets wrong, all at once", () => {
    const state = deployState(PLAYBOOK, { service: "billing", digest: `sha256:${"a".repeat(64)}`, stage: "warm-up" });
    const problems = stateProblems(state, PLAYBOOK, DIGEST, "input 'state'");
    expect(problems.map((p) => p.path)).toEqual(["input 'state'", "input 'state'", "input 'state'"]);
    expect(problems.map((p) => p.message)).toEqual([
      `is for service "billing", but the playbook is for "shop"; expected the state of this playbook's rollout`,
      expect.stringMatching(/^was made with another version of the playbook \(sha256:aaaaaaaaaaaa…, this one is sha256:[0-9a-f]{12}…\); a rollout runs to its end/),
      `is at stage "warm-up", which the playbook does not have; expected one of: canary, half, full`,
    ]);
    expect(() => checkState(state, PLAYBOOK, DIGEST, "input 'state'")).toThrow(ConfigurationError);
  });
});

describe("checkMoveOrder", () => {
  it("allows the first stage without a state, a re-run of the same stage, and the next stage after a go or conditional", () => {
    expect(order(undefined, "canary")).not.toThrow();
    expect(order({}, "canary")).not.toThrow();
    expect(order({ verdicts: { canary: "go" } }, "half")).not.toThrow();
    expect(order({ verdicts: { canary: "conditional" } }, "half")).not.toThrow();
  });

  it.each([
    ["a later stage without a state", undefined, "half", "is missing, but stage half is not the first; expected the state output of stage canary's steps"],
    ["backwards", { stage: "half", verdicts: { canary: "go" } }, "canary", "is at stage half, past canary; stages move forward only (roll back to undo)"],
    ["skipping", { verdicts: { canary: "go" } }, "full", "is at stage canary; the next stage is half, not full"],
    ["without a verdict", {}, "half", "has no verdict for stage canary; gate it before moving on (pass the gate step's state output)"],
    ["after a no-go", { verdicts: { canary: "no-go" } }, "half", "has stage canary judged no-go; roll back instead of moving on"],
    ["after a rollback", { status: "rolled-back" as const, verdicts: { canary: "go" } }, "half", "says the rollout of v2 was rolled-back; start a new rollout (no state) to move traffic again"],
    ["on a rolled-back rollout's own stage", { status: "rolled-back" as const }, "canary", "says the rollout of v2 was rolled-back; start a new rollout (no state) to move traffic again"],
  ])("refuses a move %s", (_, overrides, to, message) => {
    expect(order(overrides as Parameters<typeof deployState>[1], to)).toThrow(new ConfigurationError([{ path: "input 'state'", message }]));
  });
});

describe("movedState", () => {
  it("moves the stage and weight, keeps the verdicts and the record, and stamps the time", () => {
    const state = deployState(PLAYBOOK, { verdicts: { canary: "go" }, previous: { kind: "command", weight: 0 } });
    const moved = movedState(state, stageNamed("half"), new Date("2026-01-05T11:00:00Z"));
    expect(moved).toEqual({ ...state, stage: "half", weight: 50, updatedAt: "2026-01-05T11:00:00.000Z" });
  });
});
