/**
 * The gate: hold a stage for its soak, a round of every check each interval, and decide
 * go, conditional, no-go or inconclusive. Preconditions first (alerts preflight, then
 * wait-for), then the rounds; a fail past the failure limit, or a sequential check's fail,
 * ends the stage at once.
 */
import { ConfigurationError } from "../errors.js";
import { formatSeconds } from "../playbook/quantity.js";
import type { Check, Playbook, Stage } from "../playbook/types.js";
import { evaluateCheck } from "./evaluate.js";
import { formatMeasurementLine, formatRound } from "./progress.js";
import { addRound, newTally } from "./tally.js";
import type { CheckMemory, GateResult, JudgeDeps, Measurement, Round, Verdict } from "./types.js";
import { decide, type Judgement } from "./verdict.js";
import { waitForPassing, type WaitResult } from "./wait-for.js";

/** What the gate holds: a stage of a playbook. */
export interface GateInput {
  readonly playbook: Playbook;
  readonly stage: Stage;
  /** Aborting stops the gate promptly; the partial result comes back with `cancelled: true`. */
  readonly signal?: AbortSignal;
  /**
   * When the soak began, for a gate resumed by a later job. Default: now, or once the
   * wait-for checks pass.
   */
  readonly startedAt?: Date;
}

/** Wait-for checks are retried at most this often, so a healthy canary is not kept waiting. */
const WAIT_STEP_SECONDS = 10;

/** Holds the stage to a verdict. Throws only for a stage naming an unknown check. */
export async function runSoak(input: GateInput, deps: JudgeDeps): Promise<GateResult> {
  const { playbook, stage, signal } = input;
  const checks = resolve(playbook, stage, stage.checks, "checks");
  const waitFor = resolve(playbook, stage, stage.waitFor, "wait-for");
  const gateStart = input.startedAt ?? deps.clock.now();
  let soakStart = gateStart;
  const rounds: Round[] = [];
  const preconditions: Measurement[] = [];
  const seconds = (from: Date) => (deps.clock.now().getTime() - from.getTime()) / 1000;

  const finish = (j: Pick<Judgement, "verdict" | "reason" | "failedChecks" | "conditionalChecks">, cancelled = false): GateResult => {
    const elapsed = Math.max(0, seconds(soakStart));
    deps.log.info(`verdict: ${j.verdict}: ${j.reason}`);
    return {
      service: playbook.service,
      stage: stage.name,
      weight: stage.weight,
      verdict: j.verdict,
      reason: j.reason,
      startedAt: gateStart.toISOString(),
      endedAt: deps.clock.now().toISOString(),
      soak: stage.soak,
      elapsed,
      endedEarly: !cancelled && rounds.length > 0 && elapsed < stage.soak,
      cancelled,
      rounds,
      failedChecks: j.failedChecks,
      conditionalChecks: j.conditionalChecks,
      ...(preconditions.length > 0 && { preconditions }),
    };
  };
  const stopBefore = (verdict: Verdict, reason: string, failed: readonly string[] = []) =>
    finish({ verdict, reason, failedChecks: failed, conditionalChecks: [] });
  const names = checks.map((c) => c.name);
  // Kept between rounds: the counts the verdict is decided from, and each check's own memory.
  const tally = newTally(names);
  let memory = new Map<string, CheckMemory>();

  if (checks.length === 0) return stopBefore("inconclusive", "The stage has no checks: there is nothing behind a go.");
  try {
    // Preflight: a firing alert before the stage starts is a no-go without a soak.
    const preflight = [...checks, ...waitFor].filter((c, i, all) => c.kind === "alerts" && c.preflight && all.indexOf(c) === i);
    if (preflight.length > 0) {
      const results = await Promise.all(preflight.map((c) => evaluateCheck(c, playbook, deps, signal)));
      preconditions.push(...results);
      for (const m of results) deps.log.info(`preflight${formatMeasurementLine(m, playbook.checks[m.check])}`);
      const firing = results.find((m) => m.outcome === "fail");
      if (firing) return stopBefore("no-go", `${firing.check} ${firing.detail} before the soak began (preflight).`, [firing.check]);
      const broken = results.find((m) => m.outcome === "error" || m.outcome === "no-data");
      if (broken) return stopBefore("inconclusive", `Preflight ${broken.check} could not be read: ${broken.detail}.`);
      for (const m of results.filter((r) => r.outcome === "warn")) deps.log.warning(`preflight ${m.check}: ${m.detail}`);
    }

    if (waitFor.length > 0) {
      const waited = await waitUntilHealthy(waitFor, input, deps);
      preconditions.push(...waited.measurements);
      if (waited.failing) {
        return stopBefore(
          "no-go",
          `wait-for ${waited.failing.check} did not pass within ${formatSeconds(stage.waitTimeout)}: ${waited.failing.detail}.`,
          [waited.failing.check],
        );
      }
      if (!input.startedAt) soakStart = deps.clock.now();
    }

    // Made once the soak's start is known: checks that count increases count from it.
    memory = new Map(names.map((n) => [n, { history: [], since: soakStart }]));
    deps.log.info(`soaking ${stage.name} (${stage.weight}%) for ${formatSeconds(stage.soak)}, a round every ${formatSeconds(stage.interval)}: ${names.join(", ") || "no checks"}`);
    for (;;) {
      const elapsed = seconds(soakStart);
      if (elapsed >= stage.soak) break;
      // The first round comes one interval in, so the metric windows cover the new version.
      const next = Math.min(stage.soak, (Math.floor(elapsed / stage.interval) + 1) * stage.interval);
      await deps.clock.sleep((next - elapsed) * 1000, signal);
      const at = deps.clock.now();
      // All checks of a round at once: a round costs the slowest check, not the sum.
      const measurements = await Promise.all(checks.map((c) => evaluateCheck(c, playbook, deps, signal, memory.get(c.name))));
      const round: Round = { index: rounds.length + 1, at: at.toISOString(), elapsed: seconds(soakStart), measurements };
      rounds.push(round);
      for (const m of measurements) memory.get(m.check)?.history.push(m);
      addRound(tally, round, stage);
      deps.log.info(formatRound(round, stage.soak, stage.interval, playbook.checks));
      const j = decide(tally, stage, { final: false });
      if (j.stop) return finish(j);
    }
    return finish(decide(tally, stage, { final: true }));
  } catch (error) {
    if (!signal?.aborted) throw error;
    deps.log.warning(`gate cancelled after ${rounds.length} round${rounds.length === 1 ? "" : "s"}`);
    return finish(decide(tally, stage, { final: true, cancelled: true }), true);
  }
}

/** Evaluates the wait-for checks every min(10s, interval) until all pass together, or the timeout. */
function waitUntilHealthy(checks: readonly Check[], input: GateInput, deps: JudgeDeps): Promise<WaitResult> {
  const { stage, playbook, signal } = input;
  const step = Math.min(WAIT_STEP_SECONDS, stage.interval);
  return waitForPassing(checks, playbook, { timeout: stage.waitTimeout, step, label: "wait-for", ...(signal && { signal }) }, deps);
}

function resolve(playbook: Playbook, stage: Stage, names: readonly string[], field: string): Check[] {
  const index = playbook.stages.indexOf(stage);
  const where = `stages[${index < 0 ? stage.name : index}].${field}`;
  const unknown = names.filter((n) => !playbook.checks[n]);
  if (unknown.length > 0) {
    throw new ConfigurationError(
      unknown.map((n) => ({
        path: where,
        message: `names check ${JSON.stringify(n)}, which the playbook does not define; expected one of ${Object.keys(playbook.checks).join(", ") || "(no checks defined)"}`,
      })),
    );
  }
  return names.map((n) => playbook.checks[n]!);
}
