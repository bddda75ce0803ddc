/** Runs a gate on fakes: a playbook of the checks given, one stage, a fake clock. */
import { runSoak } from "../../src/judge/soak.js";
import type { Check, Playbook, Stage } from "../../src/playbook/types.js";
import { playbook } from "./builders.js";
import { judgeDeps, START } from "./deps.js";
import { fakeMetrics, minutesSince, type Answer, type AnswerContext, type Rule } from "./metrics.js";
import type { Prober } from "../../src/metrics/types.js";

/** An answer that changes over the soak: `overTime((minute) => minute >= 20 ? 0.072 : 0.004)`. */
export const overTime = (f: (minute: number) => Answer) => (ctx: AnswerContext) => f(minutesSince(START, ctx));

export async function runScenario(
  checks: readonly Check[],
  rules: readonly Rule[],
  settings: Partial<Stage> = {},
  overrides: { playbook?: Partial<Playbook>; prober?: Prober } = {},
) {
  const metrics = fakeMetrics(...rules);
  const { deps, log } = judgeDeps({ metrics, ...(overrides.prober && { prober: overrides.prober }) });
  const p = playbook(checks, settings, overrides.playbook);
  const result = await runSoak({ playbook: p, stage: p.stages[0]! }, deps);
  return { result, playbook: p, log, metrics };
}
