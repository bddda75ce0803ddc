/**
 * Whole counts from raw counter readings. Prometheus's `increase()` extrapolates to the
 * edges of its window and returns fractions; the sequential check's model needs the exact
 * number of requests and events. So the gate reads each series' raw value every round and
 * takes the differences itself, as `increase()` does inside its window, without
 * extrapolating:
 *
 * - a value below the last one is a counter reset (a restarted process): the increase is
 *   the new value, as Prometheus counts it;
 * - a series not seen before counts from zero (a new pod, the first error of a new code):
 *   client libraries create a series at its first increment;
 * - a series missing from a reading keeps its last value, so its increments are counted
 *   when it comes back rather than twice or never.
 */
import type { Sample } from "../../metrics/types.js";
import type { CounterReading } from "../types.js";

/** A series' identity: every label, the metric name included, in a fixed order. */
export function seriesKey(labels: Sample["labels"]): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The samples of one read as a reading; a sample that is not a whole count >= 0 is a problem. */
export function toReading(samples: readonly Sample[]): { reading: CounterReading } | { problem: string } {
  const reading = new Map<string, number>();
  for (const s of samples) {
    if (!Number.isSafeInteger(s.value) || s.value < 0) {
      return { problem: `${describe(s.labels)} reads ${s.value}, not a whole count: expected a counter of requests or events` };
    }
    reading.set(seriesKey(s.labels), s.value);
  }
  return { reading };
}

/** The whole increase from `before` to `now`, summed over series, and the reading to keep. */
export function increase(before: CounterReading, now: CounterReading): { count: number; reading: CounterReading } {
  let count = 0;
  const kept = new Map(before);
  for (const [key, value] of now) {
    const last = before.get(key) ?? 0;
    count += value >= last ? value - last : value;
    kept.set(key, value);
  }
  return { count, reading: kept };
}

function describe(labels: Sample["labels"]): string {
  const name = labels["__name__"] ?? "the series";
  const rest = Object.entries(labels).filter(([k]) => k !== "__name__").map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return rest.length ? `${name}{${rest.join(", ")}}` : name;
}
