/**
 * Counter series for the sequential check on the fake metrics source: each side's events
 * and total counters as raw values, by the minute of the soak, so a test states traffic
 * ("1000 requests a minute, 1% errors") and the gate reads what Prometheus would return.
 */
import type { Sample } from "../../src/metrics/types.js";
import { START } from "./deps.js";
import { minutesSince, when, type Answer, type Rule } from "./metrics.js";

/** The samples one counter query returns at a minute of the soak, or an Answer (null, an Error). */
export type CounterAt = (minute: number) => Answer;

export interface SideCounters {
  readonly events: CounterAt;
  readonly total: CounterAt;
}

/** Rules answering `events` and `total` queries of each side; `events` matches `code=~"5.."`. */
export function counterRules(sides: { canary: SideCounters; baseline: SideCounters }): Rule[] {
  const rule = (version: string, kind: "events" | "total") =>
    when(
      (q) => q.includes(`version="${version}"`) && q.includes('code=~"5.."') === (kind === "events"),
      (ctx) => sides[version === "canary" ? "canary" : "baseline"][kind](minutesSince(START, ctx)),
    );
  return [rule("canary", "events"), rule("canary", "total"), rule("stable", "events"), rule("stable", "total")];
}

/** One series counting `perMinute` a minute from 0 at the start (whole counts, as a counter reads). */
export function steady(perMinute: number, labels: Record<string, string> = {}): CounterAt {
  return (minute) => [{ labels: { __name__: "http_requests_total", ...labels }, value: Math.round(perMinute * minute) }];
}

/** A side serving `requests` a minute with `errorsPerMinute` errors. */
export function side(requests: number, errorsPerMinute: number | ((minute: number) => number)): SideCounters {
  const errors = typeof errorsPerMinute === "number" ? () => errorsPerMinute : errorsPerMinute;
  // Errors accumulate minute by minute, so a rate that changes at minute 20 counts from there.
  const cumulative = (minute: number) => {
    let sum = 0;
    for (let m = 1; m <= Math.floor(minute); m++) sum += errors(m);
    return sum;
  };
  return {
    events: (minute) => [sample500(cumulative(minute))],
    total: (minute) => [{ labels: { __name__: "http_requests_total", code: "200" }, value: Math.round(requests * minute) - cumulative(minute) }, sample500(cumulative(minute))],
  };
}

function sample500(value: number): Sample {
  return { labels: { __name__: "http_requests_total", code: "500" }, value };
}
