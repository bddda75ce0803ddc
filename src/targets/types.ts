/**
 * The port every traffic target implements: the `command` target (the user's own scripts)
 * and the `kubernetes` target (replicas or Gateway API weights). The use cases drive a
 * rollout only through this interface, so a new target is one new folder under `targets/`.
 *
 * Every call is idempotent: re-running a step after a runner died, or restoring twice,
 * leaves the target as one call would.
 */
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { TargetRecord } from "./record.js";

/** One move of traffic: which stage, to what weight, for which version. */
export interface TrafficStep {
  readonly service: string;
  readonly stage: string;
  /** Percentage of traffic (0-100) the new version should serve after the move. */
  readonly weight: number;
  /** The weight before this move (0 before the first stage). */
  readonly previousWeight: number;
  /** The version being rolled out; passed as data, never spliced into a command line. */
  readonly version: string;
}

/** What a restore did, in words for the log and the incident report. */
export interface RestoreResult {
  /** False when the target already was as recorded: nothing to undo. */
  readonly changed: boolean;
  /** What was put back, one line each. */
  readonly actions: readonly string[];
  /** Changes someone made since the record was taken, one line each. */
  readonly drift: readonly string[];
}

/** What a target reads the world through; injected so tests run without waiting. */
export interface TargetDeps {
  readonly clock: Clock;
  readonly log: Logger;
  /** Aborting ends a wait promptly with an error. */
  readonly signal?: AbortSignal;
}

/** A traffic target. `R` is the record it owns: what {@link restore} puts back. */
export interface Target<R extends TargetRecord = TargetRecord> {
  /** A few words for logs and plans: "command ./deploy/set-weight.sh". */
  readonly description: string;
  /** Reads what is live now. Called once, before the first move; the result goes into the state. */
  record(step: TrafficStep): Promise<R>;
  /** Moves `step.weight` percent of traffic to `step.version`. */
  move(step: TrafficStep, recorded: R): Promise<void>;
  /** Waits until the move is done (the rollout status), or throws naming what is stuck. */
  wait(step: TrafficStep, recorded: R): Promise<void>;
  /** Makes the new version the stable one at 100% and removes what the canary added. */
  promote(step: TrafficStep, recorded: R): Promise<void>;
  /** Puts the target back as recorded, waits for it, and says what it did. */
  restore(recorded: R, from: TrafficStep): Promise<RestoreResult>;
}

/** The mark of a {@link TargetError}, the same in every bundle. */
const TARGET_ERROR = Symbol.for("deploy-playbook.TargetError");

/**
 * The target itself failed (a script exited non-zero, pods never came up, the API refused):
 * neither a playbook mistake nor a bug of the suite. It stops the rollout, is reported
 * without a stack trace, and never counts as healthy.
 */
export class TargetError extends Error {
  override readonly name: string = "TargetError";
  readonly [TARGET_ERROR] = true;

  /**
   * The Kubernetes target is a bundle of its own (`dist/kubernetes`) with its own copy of
   * this class, so its errors are recognised by a mark, not by their class. Subclasses keep
   * the usual test: a `MoveFailed` is only ever one made here.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== TargetError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as { [TARGET_ERROR]?: unknown })[TARGET_ERROR] === true;
  }
}
