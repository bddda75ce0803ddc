/**
 * The running counts of a soak: per check, how many rounds passed, warned, failed, had no
 * data, errored or were undecided, the current run of fails, and the first of each; a
 * sequential check's latest decision; and the run of rounds with errors. Kept between rounds by the soak loop and extended one round at a time, so
 * the verdict never re-reads the history.
 */
import { formatSeconds } from "../playbook/quantity.js";
import type { NoDataPolicy, Stage } from "../playbook/types.js";
import type { SequentialDecision } from "./sequential/rate-ratio.js";
import type { Measurement, Outcome, Round } from "./types.js";

/** What no-data counts as under the stage's policy. */
export function effectiveOutcome(outcome: Outcome, policy: NoDataPolicy): Outcome {
  if (outcome !== "no-data" || policy === "inconclusive") return outcome;
  return policy;
}

/** A measurement and the round it was taken in. */
export interface Seen {
  readonly round: Round;
  readonly m: Measurement;
}

/** One check's counts. */
export interface CheckRecord {
  pass: number;
  warn: number;
  fail: number;
  noData: number;
  error: number;
  /** Rounds of a sequential check whose confidence sequence still held its max-ratio. */
  undecided: number;
  streak: number;
  /** A sequential check's latest decision, and the latest round that judged its counts. */
  sequential?: { readonly decision: SequentialDecision; readonly seen: Seen };
  /** The round where consecutive fails reached the failure limit. */
  failedAt?: Seen & { readonly streak: number };
  firstFail?: Seen;
  firstWarn?: Seen;
  firstNoData?: Seen;
  lastError?: Seen;
}

/** The counts of every check of the stage, and of the rounds with errors. */
export interface Tally {
  readonly checks: readonly string[];
  readonly records: Map<string, CheckRecord>;
  rounds: number;
  last?: Round;
  errorStreak: number;
  errorsHit?: Seen;
}

/** The counts before the first round. */
export function newTally(checks: readonly string[]): Tally {
  return { checks, records: new Map(checks.map((c) => [c, { pass: 0, warn: 0, fail: 0, noData: 0, error: 0, undecided: 0, streak: 0 }])), rounds: 0, errorStreak: 0 };
}

/** Counts one more round into the tally. */
export function addRound(tally: Tally, round: Round, stage: Pick<Stage, "failureLimit" | "errorLimit" | "noData">): void {
  let anyError: Measurement | undefined;
  for (const [name, r] of tally.records) {
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
      case "undecided":
        r.undecided++;
        break;
    }
    // Only a round that judged the counts says where the check stands; an error's detail would not.
    if (m.sequential && (m.outcome === "pass" || m.outcome === "fail" || m.outcome === "undecided")) {
      r.sequential = { decision: m.sequential.decision, seen: { round, m } };
    }
    // Errored rounds are not counted, so they neither extend nor break a run of fails.
    if (outcome === "fail") r.streak++;
    else if (outcome !== "error") r.streak = 0;
    if (r.streak >= stage.failureLimit && !r.failedAt) r.failedAt = { round, m, streak: r.streak };
    // A sequential fail already holds every round so far: it ends the stage whatever failure-limit says.
    if (outcome === "fail" && m.sequential?.decision === "fail" && !r.failedAt) r.failedAt = { round, m, streak: 1 };
  }
  tally.errorStreak = anyError ? tally.errorStreak + 1 : 0;
  if (anyError && tally.errorStreak >= stage.errorLimit && !tally.errorsHit) tally.errorsHit = { round, m: anyError };
  tally.rounds++;
  tally.last = round;
}

/** When: `round 4 (20m)`. */
export function when(round: Round, streak = 1): string {
  const rounds = streak > 1 ? `rounds ${round.index - streak + 1}-${round.index}` : `round ${round.index}`;
  return `${rounds} (${formatSeconds(round.elapsed)})`;
}

function missing(check: string): Measurement {
  return { check, outcome: "no-data", dimension: "number", detail: "no data: not measured in this round", queries: [], warnings: [] };
}
