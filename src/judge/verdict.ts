/**
 * The verdict from the counts so far: pure, so every path is a table test, and the soak
 * loop asks it after each round whether the stage must stop. Counting is `tally.ts`'s.
 *
 * Precedence: no-go (a check failed `failureLimit` rounds in a row) > inconclusive
 * (cancelled, errors hit the limit, no data, a check never measured, no rounds) >
 * conditional (a warn, a fail the failure limit tolerated, or a sequential check still
 * undecided) > go. A fail outranks missing data because it is evidence; missing data
 * outranks a warn because it may hide a fail. A sequential check's fail ends the stage at
 * once; it counts toward a go once it has passed, undecided rounds before that included.
 */
import { formatSeconds } from "../playbook/quantity.js";
import type { Stage } from "../playbook/types.js";
import { addRound, newTally, type CheckRecord, type Tally, when } from "./tally.js";
import type { Round, Verdict } from "./types.js";

export { effectiveOutcome } from "./tally.js";

/** What the gate concluded, and whether it may stop before the soak ends. */
export interface Judgement {
  readonly verdict: Verdict;
  readonly reason: string;
  /** True when the stage ends now: a fail past the limit, errors past the limit, or an early go. */
  readonly stop: boolean;
  readonly failedChecks: readonly string[];
  readonly conditionalChecks: readonly string[];
}

/** Settings of the stage the judgement needs. */
export type JudgedStage = Pick<Stage, "soak" | "minSoak" | "failureLimit" | "errorLimit" | "noData">;

/** Judges the rounds taken so far. `final` when the soak is over (or was cancelled). */
export function judgeRounds(
  rounds: readonly Round[],
  checks: readonly string[],
  stage: JudgedStage,
  opts: { readonly final: boolean; readonly cancelled?: boolean },
): Judgement {
  const tally = newTally(checks);
  for (const round of rounds) addRound(tally, round, stage);
  return decide(tally, stage, opts);
}

/** Decides from the counts: the verdict, why, and whether the stage ends now. */
export function decide(tally: Tally, stage: JudgedStage, opts: { readonly final: boolean; readonly cancelled?: boolean }): Judgement {
  const { checks, rounds: count, last, errorsHit } = tally;
  const all = [...tally.records];
  const failed = all.filter(([, r]) => r.failedAt);
  const conditional = all.filter(([, r]) => !r.failedAt && (r.warn > 0 || r.fail > 0 || undecided(r)));
  const lists = { failedChecks: failed.map(([n]) => n), conditionalChecks: conditional.map(([n]) => n) };
  const judged = (verdict: Verdict, reason: string, stop: boolean): Judgement => ({ verdict, reason, stop, ...lists });

  // The earliest failure past the limit decides.
  const firstFailed = failed.sort(([, a], [, b]) => a.failedAt!.round.index - b.failedAt!.round.index)[0];
  if (firstFailed) {
    const [name, r] = firstFailed;
    const policy = r.failedAt!.m.outcome === "no-data" ? " (no-data counts as fail)" : "";
    return judged("no-go", `${name} ${r.failedAt!.m.detail}${policy} in ${when(r.failedAt!.round, r.failedAt!.streak)}.`, true);
  }
  if (opts.cancelled) {
    const ran = last ? `${count} round${count === 1 ? "" : "s"} (${formatSeconds(last.elapsed)} of ${formatSeconds(stage.soak)})` : "before the first round";
    return judged("inconclusive", `Cancelled after ${ran}; a partial soak is never a go.`, true);
  }
  if (errorsHit) {
    const rounds =
      stage.errorLimit === 1
        ? `Round ${when(errorsHit.round).slice("round ".length)} had errors (error-limit 1)`
        : `${stage.errorLimit} consecutive rounds had errors, up to ${when(errorsHit.round)}`;
    return judged("inconclusive", `${rounds}: ${errorsHit.m.detail}.`, true);
  }
  if (checks.length === 0) return judged("inconclusive", "The stage has no checks: there is nothing behind a go.", true);

  // A sequential check is clean once it has passed, having been undecided until then;
  // every other check, when it passed in every round.
  const cleanSoFar =
    count > 0 && all.every(([, r]) => (r.sequential ? r.sequential.decision === "pass" && r.pass + r.undecided === count : r.pass === count));
  if (!opts.final) {
    const elapsed = last?.elapsed ?? 0;
    if (cleanSoFar && stage.minSoak < stage.soak && elapsed >= stage.minSoak) {
      const passed = sequentialPasses(all);
      const others = checks.length - passed.length;
      const reached = `min-soak ${formatSeconds(stage.minSoak)} reached at ${formatSeconds(elapsed)}.`;
      const rest = others === 0 ? `${count} rounds` : `the other ${others === 1 ? "check" : `${others} checks`} passed in every one of ${count} rounds`;
      const reason = passed.length === 0 ? `All ${checks.length} checks passed in every one of ${count} rounds; ${reached}` : `${passed.join("; ")}; ${rest}; ${reached}`;
      return judged("go", reason, true);
    }
    return judged("inconclusive", "The soak is still running.", false);
  }

  if (!last) return judged("inconclusive", "No round was taken: there is no data behind a verdict.", false);
  const noData = all.find(([, r]) => r.noData > 0);
  if (noData) {
    const [name, r] = noData;
    const first = r.firstNoData!;
    return judged("inconclusive", `${name} had no data in ${r.noData} of ${count} rounds (first in ${when(first.round)}: ${first.m.detail}).`, false);
  }
  const unmeasured = all.find(([, r]) => r.pass + r.warn + r.fail + r.undecided === 0);
  if (unmeasured) {
    const [name, r] = unmeasured;
    return judged("inconclusive", `${name} was never measured: every round errored (last: ${r.lastError?.m.detail ?? "no measurement"}).`, false);
  }
  if (conditional.length > 0) {
    const [name, r] = conditional[0]!;
    if (r.warn + r.fail === 0) {
      const seen = r.sequential!.seen;
      const others = conditional.length > 1 ? `; ${conditional.length - 1} more check${conditional.length > 2 ? "s" : ""} did not pass either` : "";
      return judged("conditional", `${name} ${seen.m.detail} when the soak ended (${when(seen.round)}): never a go${others}.`, false);
    }
    const first = r.firstWarn ?? r.firstFail!;
    const tolerated =
      first.m.outcome === "no-data" ? ` (no-data counts as ${stage.noData})` : first === r.firstFail ? ` (below failure-limit ${stage.failureLimit})` : "";
    const more = conditional.length > 1 ? `; ${conditional.length - 1} more check${conditional.length > 2 ? "s" : ""} also warned` : "";
    return judged(
      "conditional",
      `${name} ${first.m.detail}${tolerated} in ${r.warn + r.fail} of ${count} rounds (first in ${when(first.round)})${more}.`,
      false,
    );
  }
  const errors = all.reduce((n, [, r]) => n + r.error, 0);
  const skipped = errors > 0 ? ` (${errors} errored reading${errors === 1 ? "" : "s"} not counted)` : "";
  const passed = sequentialPasses(all);
  const also = passed.length > 0 ? `; ${passed.join("; ")}` : "";
  return judged("go", `All ${checks.length} checks passed in every counted round: ${count} rounds over ${formatSeconds(last.elapsed)}${skipped}${also}.`, false);
}

/** A sequential check still undecided (it has not passed, and has not failed either, or it would have ended the stage). */
function undecided(r: CheckRecord): boolean {
  return r.sequential !== undefined && r.sequential.decision !== "pass";
}

/** `errors-vs-baseline passed: ×0.98 (99%: 0.6–1.4) below ×1.5 (...)`, one per sequential check. */
function sequentialPasses(all: readonly [string, CheckRecord][]): string[] {
  return all.filter(([, r]) => r.sequential?.decision === "pass").map(([name, r]) => `${name} passed: ${r.sequential!.seen.m.detail}`);
}
