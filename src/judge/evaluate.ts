/** One check, one round: the entry point the soak loop calls for every check. */
import type { Check } from "../playbook/types.js";
import { evaluateAlerts } from "./alerts.js";
import { evaluateMetric } from "./metric.js";
import { evaluateHttp } from "./probe.js";
import { evaluateSequential } from "./sequential-check.js";
import type { CheckMemory, EvaluationContext, JudgeDeps, Measurement } from "./types.js";

/**
 * Evaluates a check once, at `deps.clock.now()`, and never throws for a failed read:
 * Prometheus and probe errors become an `error` outcome naming the check. Only an abort
 * (the signal) rejects. `memory` is what the check kept from the earlier rounds of this
 * soak, for checks that judge the soak as a whole.
 */
export function evaluateCheck(
  check: Check,
  ctx: EvaluationContext,
  deps: JudgeDeps,
  signal?: AbortSignal,
  memory: CheckMemory = { history: [] },
): Promise<Measurement> {
  switch (check.kind) {
    case "metric":
      return evaluateMetric(check, ctx, deps, signal);
    case "http":
      return evaluateHttp(check, deps, signal);
    case "alerts":
      return evaluateAlerts(check, deps, signal);
    case "sequential":
      return evaluateSequential(check, ctx, deps, signal, memory);
  }
}
