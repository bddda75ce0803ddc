/** What the judge produces: outcomes per check per round, and the stage's verdict. */
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { MetricsSource, Prober } from "../metrics/types.js";
import type { Dimension } from "../playbook/quantity.js";
import type { Selectors } from "../playbook/types.js";
import type { RateRatioState, RatioInterval, RoundCounts, SequentialDecision, SkipReason } from "./sequential/rate-ratio.js";

/**
 * `undecided` is a sequential check's round whose confidence sequence still holds its
 * max-ratio: not a pass (the data cannot tell yet), not a warning (nothing is wrong yet).
 */
export type Outcome = "pass" | "warn" | "fail" | "no-data" | "error" | "undecided";

export type Verdict = "go" | "conditional" | "no-go" | "inconclusive";

/** One check's result in one round, with the numbers behind it. */
export interface Measurement {
  readonly check: string;
  readonly outcome: Outcome;
  /** Values in base units; absent when not measured. */
  readonly canary?: number;
  readonly baseline?: number;
  /** canary - baseline, when both are known. */
  readonly delta?: number;
  /** The limit that decided the outcome, as written (`> 5%`, `max-increase 1%`). */
  readonly limit?: string;
  /** How to format the values. */
  readonly dimension: Dimension;
  /** One line for people: why this outcome. */
  readonly detail: string;
  /** The queries exactly as sent. */
  readonly queries: readonly string[];
  /** Prometheus warnings (partial data) and similar. */
  readonly warnings: readonly string[];
  /** Per-instance values, for spread checks. */
  readonly instances?: Readonly<Record<string, number>>;
  /** A sequential check's counts and conclusion after this round. */
  readonly sequential?: SequentialReading;
}

/** What a sequential check read in one round and concluded from every round so far. */
export interface SequentialReading {
  readonly maxRatio: number;
  readonly alpha: number;
  /** This round's whole increases on each side; absent when a side could not be read. */
  readonly counts?: RoundCounts;
  /** Why this round's counts told nothing about the ratio (the state is unchanged). */
  readonly skipped?: SkipReason;
  /** The decision after this round: a pass is held (only a fail can follow it), a fail is final. */
  readonly decision: SequentialDecision;
  /** The confidence sequence after this round. */
  readonly interval: RatioInterval;
  /** Events and requests of each side over the informative rounds so far. */
  readonly canaryEvents: number;
  readonly canaryTotal: number;
  readonly baselineEvents: number;
  readonly baselineTotal: number;
}

/** One side's counter readings: the last value seen of each series, by its labels. */
export type CounterReading = ReadonlyMap<string, number>;

/** What a sequential check keeps between rounds. */
export interface SequentialMemory {
  readonly state: RateRatioState;
  readonly decision: SequentialDecision;
  /** The last readings of each counter on each side, to take the next round's differences from. */
  readonly readings: {
    readonly canary: { readonly events: CounterReading; readonly total: CounterReading };
    readonly baseline: { readonly events: CounterReading; readonly total: CounterReading };
  };
}

export interface Round {
  readonly index: number;
  /** ISO time the round was taken. */
  readonly at: string;
  /** Seconds since the soak started. */
  readonly elapsed: number;
  readonly measurements: readonly Measurement[];
}

export interface GateResult {
  readonly service: string;
  readonly stage: string;
  readonly weight: number;
  readonly verdict: Verdict;
  /** One sentence: why this verdict. */
  readonly reason: string;
  readonly startedAt: string;
  readonly endedAt: string;
  /** Seconds the soak was planned for, and how long it ran. */
  readonly soak: number;
  readonly elapsed: number;
  readonly endedEarly: boolean;
  readonly cancelled: boolean;
  readonly rounds: readonly Round[];
  readonly failedChecks: readonly string[];
  readonly conditionalChecks: readonly string[];
  /**
   * The last look at each check run before the soak: preflight alerts and wait-for checks.
   * Absent when the stage has none.
   */
  readonly preconditions?: readonly Measurement[];
}

/**
 * What one check keeps between the rounds of one soak, so a check can judge the whole soak
 * rather than one round (the sequential check's running counts). Each kind of check owns
 * its own field; the soak loop creates one per check and hands it back every round.
 */
export interface CheckMemory {
  /** This check's measurements of the earlier rounds, oldest first. */
  readonly history: Measurement[];
  /** When the soak began: where a check that counts increases takes its first reading. */
  readonly since?: Date;
  /** The sequential check's running state, set by its first round. */
  sequential?: SequentialMemory;
}

/** One part of a metric check's judgement. */
export interface Component {
  readonly outcome: Outcome;
  readonly limit?: string;
  readonly detail: string;
  readonly canary?: number;
  readonly baseline?: number;
  readonly delta?: number;
  readonly instances?: Readonly<Record<string, number>>;
}

/** A sample whose value is already scaled by `per`. */
export interface Series {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** What checks are evaluated against: the playbook's canary and baseline selectors. */
export interface EvaluationContext {
  readonly selectors: Selectors;
}

/** Everything the judge reads the world through; injected so tests run a soak in milliseconds. */
export interface JudgeDeps {
  readonly metrics: MetricsSource;
  readonly prober: Prober;
  readonly clock: Clock;
  readonly log: Logger;
}
