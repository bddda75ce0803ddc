/**
 * How outcomes rank against each other, and how a failed read becomes an outcome.
 *
 * Worst first: fail > error > no-data > warn > undecided > pass. A fail is evidence of harm and
 * decides at once. An error or missing data is not evidence of health: it may hide a
 * fail, so it ranks above a warn (a measured, mild problem). An error ranks above no-data
 * because it says the measurement itself is broken (bad query, Prometheus down), which a
 * person must fix, while no data may only mean no traffic yet. An undecided sequential
 * check has found nothing wrong, but nothing right yet either.
 */
import { MetricsError } from "../metrics/types.js";
import type { Outcome } from "./types.js";

const RANK: Readonly<Record<Outcome, number>> = { pass: 0, undecided: 1, warn: 2, "no-data": 3, error: 4, fail: 5 };

/** Higher is worse. */
export function outcomeRank(outcome: Outcome): number {
  return RANK[outcome];
}

/** The worst of some outcomes; `pass` for none. */
export function worstOutcome(outcomes: Iterable<Outcome>): Outcome {
  let worst: Outcome = "pass";
  for (const o of outcomes) if (RANK[o] > RANK[worst]) worst = o;
  return worst;
}

/** One line naming the check and why a read failed; Prometheus's own message is kept. */
export function describeReadError(check: string, error: unknown): string {
  if (error instanceof MetricsError) {
    // The Prometheus client's messages already say what went wrong ("Prometheus rejected
    // the query (bad_data): ..."); saying it twice would only bury Prometheus's own words.
    if (/\bPrometheus\b/.test(error.message)) return `${check}: ${error.message}`;
    const what =
      error.kind === "query"
        ? "Prometheus rejected the query"
        : error.kind === "timeout"
          ? "the query timed out"
          : error.kind === "network"
            ? "Prometheus could not be reached"
            : error.kind === "http"
              ? `Prometheus answered HTTP ${error.status ?? "error"}`
              : "Prometheus sent a response that could not be read";
    return `${check}: ${what}: ${error.message}`;
  }
  return `${check}: ${error instanceof Error ? error.message : String(error)}`;
}
