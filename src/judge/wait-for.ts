/**
 * Checks evaluated again and again until they all pass together, or a deadline: a stage's
 * `wait-for` checks before its soak, and a rollback's `verify` checks after it.
 */
import type { Check } from "../playbook/types.js";
import { evaluateCheck } from "./evaluate.js";
import type { EvaluationContext, JudgeDeps, Measurement } from "./types.js";

export interface WaitOptions {
  /** Seconds to keep trying. */
  readonly timeout: number;
  /** Seconds between two attempts. */
  readonly step: number;
  /** How the log names what is waited for: `wait-for`, `verify`. */
  readonly label: string;
  readonly signal?: AbortSignal;
}

/** The last measurements, and the first check that did not pass when time ran out. */
export interface WaitResult {
  readonly measurements: Measurement[];
  readonly failing?: Measurement;
}

/** Evaluates `checks` every `step` seconds until all pass together, or `timeout`. */
export async function waitForPassing(checks: readonly Check[], ctx: EvaluationContext, options: WaitOptions, deps: JudgeDeps): Promise<WaitResult> {
  const deadline = deps.clock.now().getTime() + options.timeout * 1000;
  for (let attempt = 1; ; attempt++) {
    const measurements = await Promise.all(checks.map((c) => evaluateCheck(c, ctx, deps, options.signal)));
    const failing = measurements.find((m) => m.outcome !== "pass");
    if (!failing) {
      deps.log.info(`${options.label} passed: ${checks.map((c) => c.name).join(", ")} (attempt ${attempt})`);
      return { measurements };
    }
    const left = deadline - deps.clock.now().getTime();
    if (left <= 0) return { measurements, failing };
    deps.log.info(`${options.label}: waiting for ${failing.check}: ${failing.outcome}: ${failing.detail} (attempt ${attempt})`);
    await deps.clock.sleep(Math.min(options.step * 1000, left), options.signal);
  }
}
