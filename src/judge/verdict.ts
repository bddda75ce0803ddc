/**
 * The verdict from the rounds so far: pure, so every path is a table test, and the soak
 * loop asks it after each round whether the stage must stop.
 *
 * Precedence: no-go (a check failed `failureLimit` rounds in a row) > inconclusive
 * (cancelled, errors hit the limit, no data, a check never measured, no rounds) >
 * conditional (a warn, or a fail the failure limit tolerated) > go. A fail outranks missing
 * data because it is evidence; missing data outranks a warn because it may hide a fail.
 */
import { formatSeconds } from "../playbook/quantity.js";
import type { NoDataPolicy, Stage } from "../playbook/types.js";
import type { Measurement, Outcome, Round, Verdict } from "./types.js";

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

/** What no-data counts as under the stage's policy. */
export function effectiveOutcome(outcome: Outcome, policy: NoDataPolicy): Outcome {
  if (outcome !== "no-data" || policy === "inconclusive") return outcome;
  return policy;
}

interface Seen {
  readonly round: Round;
  readonly m: Measurement;
}

interface CheckRecord {
  pass: number;
  warn: number;
  fail: number;
  noData: number;
  error: number;
  streak: number;
  /** The round where consecutive fails reached the failure limit. */
  failedAt?: Seen & { readonly streak: number };
  firstFail?: Seen;
  firstWarn?: Seen;
  firstNoData?: Seen;
  lastError?: Seen;
}

/** When: `round 4 (20m)`. */
function when(round: Round, streak = 1): string {
  const rounds = streak > 1 ? `rounds ${round.index - streak + 1}-${round.index}` : `round ${round.index}`;
  return `${rounds} (${formatSeconds(round.elapsed)})`;
}

/** Judges the rounds taken so far. `final` when the soak is over (or was cancelled). */
export function judgeRounds(
  rounds: readonly Round[],
  checks: readonly string[],
  stage: JudgedStage,
  opts: { readonly final: boolean; readonly cancelled?: boolean },
): Judgement {
  const records = new Map<string, CheckRecord>(checks.map((c) => [c, { pass: 0, warn: 0, fail: 0, noData: 0, error: 0, streak: 0 }]));
  let errorStreak = 0;
  let errorsHit: Seen | undefined;
  for (const round of rounds) {
    let anyError: Measurement | undefined;
    for (const [name, r] of records) {
      const m = round.measurements.find((x) => x.check === name) ?? missing(name);
      const outcome = effectiveOutcome(m.outcome, stage.noData);
      if (m.outcome === "no-data") r.firstNoData ??= { round, m };
      switch (outcome) {
        case "pass":
          r.pass++;
          break;
        case "warn":
          r.warn++;
          r.firstWarn ??= { round, m };
          break;
        case "fail":
          r.fail++;
          r.firstFail ??= { round, m };
          break;
        case "no-data":
          r.noData++;
          break;
        case "error":
          r.error++;
          r.lastError = { round, m };
          anyError ??= m;
          break;
      }
      // Errored rounds are not counted, so they neither extend nor break a run of fails.
      if (outcome === "fail") r.streak++;
      else if (outcome !== "error") r.streak = 0;
      if (r.streak >= stage.failureLimit && !r.failedAt) r.failedAt = { round, m, streak: r.streak };
    }
    errorStreak = anyError ? errorStreak + 1 : 0;
    if (anyError && errorStreak >= stage.errorLimit && !errorsHit) errorsHit = { round, m: anyError };
  }

  const all = [...records];
  const failed = all.filter(([, r]) => r.failedAt);
  const conditional = all.filter(([, r]) => !r.failedAt && (r.warn > 0 || r.fail > 0));
  const lists = { failedChecks: failed.map(([n]) => n), conditionalChecks: conditional.map(([n]) => n) };
  const decide = (verdict: Verdict, reason: string, stop: boolean): Judgement => ({ verdict, reason, stop, ...lists });

  // The earliest failure past the limit decides.
  const firstFailed = failed.sort(([, a], [, b]) => a.failedAt!.round.index - b.failedAt!.round.index)[0];
  if (firstFailed) {
    const [name, r] = firstFailed;
    const policy = r.failedAt!.m.outcome === "no-data" ? " (no-data counts as fail)" : "";
    return decide("no-go", `${name} ${r.failedAt!.m.detail}${policy} in ${when(r.failedAt!.round, r.failedAt!.streak)}.`, true);
  }
  const last = rounds.at(-1);
  if (opts.cancelled) {
    const ran = last ? `${rounds.length} round${rounds.length === 1 ? "" : "s"} (${formatSeconds(last.elapsed)} of ${formatSeconds(stage.soak)})` : "before the first round";
    return decide("inconclusive", `Cancelled after ${ran}; a partial soak is never a go.`, true);
  }
  if (errorsHit) {
    const rounds =
      stage.errorLimit === 1
        ? `Round ${when(errorsHit.round).slice("round ".length)} had errors (error-limit 1)`
        : `${stage.errorLimit} consecutive rounds had errors, up to ${when(errorsHit.round)}`;
    return decide("inconclusive", `${rounds}: ${errorsHit.m.detail}.`, true);
  }
  if (checks.length === 0) return decide("inconclusive", "The stage has no checks: there is nothing behind a go.", true);

  const cleanSoFar = rounds.length > 0 && all.every(([, r]) => r.pass === rounds.length);
  if (!opts.final) {
    const elapsed = last?.elapsed ?? 0;
    if (cleanSoFar && stage.minSoak < stage.soak && elapsed >= stage.minSoak) {
      return decide(
        "go",
        `All ${checks.length} checks passed in every one of ${rounds.length} rounds; min-soak ${formatSeconds(stage.minSoak)} reached at ${formatSeconds(elapsed)}.`,
        true,
      );
    }
    return decide("inconclusive", "The soak is still running.", false);
  }

  if (!last) return decide("inconclusive", "No round was taken: there is no data behind a verdict.", false);
  const noData = all.find(([, r]) => r.noData > 0);
  if (noData) {
    const [name, r] = noData;
    const first = r.firstNoData!;
    return decide("inconclusive", `${name} had no data in ${r.noData} of ${rounds.length} rounds (first in ${when(first.round)}: ${first.m.detail}).`, false);
  }
  const unmeasured = all.find(([, r]) => r.pass + r.warn + r.fail === 0);
  if (unmeasured) {
    const [name, r] = unmeasured;
    return decide("inconclusive", `${name} was never measured: every round errored (last: ${r.lastError?.m.detail ?? "no measurement"}).`, false);
  }
  if (conditional.length > 0) {
    const [name, r] = conditional[0]!;
    const first = r.firstWarn ?? r.firstFail!;
    const tolerated =
      first.m.outcome === "no-data" ? ` (no-data counts as ${stage.noData})` : first === r.firstFail ? ` (below failure-limit ${stage.failureLimit})` : "";
    const more = conditional.length > 1 ? `; ${conditional.length - 1} more check${conditional.length > 2 ? "s" : ""} also warned` : "";
    return decide(
      "conditional",
      `${name} ${first.m.detail}${tolerated} in ${r.warn + r.fail} of ${rounds.length} rounds (first in ${when(first.round)})${more}.`,
      false,
    );
  }
  const errors = all.reduce((n, [, r]) => n + r.error, 0);
  const skipped = errors > 0 ? ` (${errors} errored reading${errors === 1 ? "" : "s"} not counted)` : "";
  return decide("go", `All ${checks.length} checks passed in every counted round: ${rounds.length} rounds over ${formatSeconds(last.elapsed)}${skipped}.`, false);
}

function missing(check: string): Measurement {
  return { check, outcome: "no-data", dimension: "number", detail: "no data: not measured in this round", queries: [], warnings: [] };
}
