/** The target a playbook names, made for one run: the one place that knows every kind of target. */
import type { Target as PlaybookTarget } from "../playbook/types.js";
import { createCommandTarget } from "./command/target.js";
import type { TargetRecord } from "./record.js";
import { type Target, type TargetDeps, TargetError } from "./types.js";

/** Where the run is: scripts resolve against the workspace and inherit the environment, minus secrets. */
export interface TargetContext {
  readonly workspace: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The target for the playbook's `target` section. */
export function makeTarget(target: PlaybookTarget, context: TargetContext, deps: TargetDeps): Target {
  switch (target.kind) {
    case "command":
      return forRecords(createCommandTarget(target, context, deps), "command");
    case "kubernetes":
      throw new TargetError("The kubernetes target is not built yet in this version; use target.command with your own kubectl scripts meanwhile.");
  }
}

/**
 * A target that takes any record, refusing one another kind of target made: a state from a
 * rollout through Kubernetes cannot be restored by scripts, nor the other way round.
 */
function forRecords<R extends TargetRecord>(target: Target<R>, kind: R["kind"]): Target {
  const own = (record: TargetRecord): R => {
    if (!isKind(record)) throw new TargetError(`The state records what a ${record.kind} target had live, but the playbook's target is ${kind}; expected the state of a rollout through this target.`);
    return record;
  };
  const isKind = (record: TargetRecord): record is R => record.kind === kind;
  return {
    description: target.description,
    record: (step) => target.record(step),
    move: (step, recorded) => target.move(step, own(recorded)),
    wait: (step, recorded) => target.wait(step, own(recorded)),
    promote: (step, recorded) => target.promote(step, own(recorded)),
    restore: (recorded, from) => target.restore(own(recorded), from),
  };
}
