/**
 * The rollout's state checked against the playbook it is used with, and moved along: a
 * state from another service, another playbook, or out of stage order is refused before
 * anything changes.
 */
import { ConfigurationError, type Problem } from "../errors.js";
import type { Playbook, Stage } from "../playbook/types.js";
import type { DeployState } from "../state.js";

/** Problems with using `state` with this playbook; `where` names the state's source. */
export function stateProblems(state: DeployState, playbook: Playbook, digest: string, where: string): Problem[] {
  const problems: Problem[] = [];
  if (state.service !== playbook.service) {
    problems.push({ path: where, message: `is for service ${JSON.stringify(state.service)}, but the playbook is for ${JSON.stringify(playbook.service)}; expected the state of this playbook's rollout` });
  }
  if (state.digest !== digest) {
    problems.push({
      path: where,
      message: `was made with another version of the playbook (${state.digest.slice(0, 19)}…, this one is ${digest.slice(0, 19)}…); a rollout runs to its end with the playbook it started with: start a new rollout to use the changed playbook`,
    });
  }
  if (!playbook.stages.some((s) => s.name === state.stage)) {
    problems.push({ path: where, message: `is at stage ${JSON.stringify(state.stage)}, which the playbook does not have; expected one of: ${playbook.stages.map((s) => s.name).join(", ")}` });
  }
  return problems;
}

/** Refuses a state that does not belong to this playbook. */
export function checkState(state: DeployState, playbook: Playbook, digest: string, where: string): void {
  const problems = stateProblems(state, playbook, digest, where);
  if (problems.length > 0) throw new ConfigurationError(problems);
}

/**
 * Refuses a move out of stage order: back to an earlier stage, past the next one, on from
 * a stage whose gate did not pass, or on a rollout that has ended. Moving to the same stage
 * again is a re-run and is allowed.
 */
export function checkMoveOrder(state: DeployState | undefined, playbook: Playbook, stage: Stage, where: string): void {
  const index = playbook.stages.indexOf(stage);
  const refuse = (message: string) => {
    throw new ConfigurationError([{ path: where, message }]);
  };
  if (!state) {
    if (index > 0) refuse(`is missing, but stage ${stage.name} is not the first; expected the state output of stage ${playbook.stages[index - 1]!.name}'s steps`);
    return;
  }
  if (state.status !== "rolling-out") refuse(`says the rollout of ${state.targetVersion} was ${state.status}; start a new rollout (no state) to move traffic again`);
  const at = playbook.stages.findIndex((s) => s.name === state.stage);
  if (index === at) return;
  if (index < at) refuse(`is at stage ${state.stage}, past ${stage.name}; stages move forward only (roll back to undo)`);
  if (index > at + 1) refuse(`is at stage ${state.stage}; the next stage is ${playbook.stages[at + 1]!.name}, not ${stage.name}`);
  const verdict = state.verdicts[state.stage];
  if (verdict === undefined) refuse(`has no verdict for stage ${state.stage}; gate it before moving on (pass the gate step's state output)`);
  if (verdict === "no-go" || verdict === "inconclusive") refuse(`has stage ${state.stage} judged ${verdict}; roll back instead of moving on`);
}

/**
 * Refuses a promotion anywhere but after the last stage's gate passed: promoting at an
 * earlier stage, or before the last stage was judged, would make an unjudged version the
 * stable one.
 */
export function checkPromotion(state: DeployState | undefined, playbook: Playbook, stage: Stage): void {
  const last = playbook.stages.at(-1);
  const refuse = (message: string) => {
    throw new ConfigurationError([{ path: "input 'promote'", message }]);
  };
  if (stage !== last) refuse(`is true at stage ${stage.name}, but only the last stage (${last?.name ?? "none"}) is promoted; expected false, or stage ${last?.name ?? "none"}`);
  const verdict = state?.stage === stage.name ? state.verdicts[stage.name] : undefined;
  if (verdict !== "go" && verdict !== "conditional") {
    refuse(
      `is true, but the state has ${verdict ? `stage ${stage.name} judged ${verdict}` : `no passing verdict for stage ${stage.name}`}; move to it, gate it, then promote with the gate step's state output`,
    );
  }
}

/** The state after a move to `stage`, at `now`. */
export function movedState(state: DeployState, stage: Stage, now: Date): DeployState {
  return { ...state, stage: stage.name, weight: stage.weight, updatedAt: now.toISOString() };
}
