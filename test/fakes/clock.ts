/** A clock for tests: time moves only when slept on or advanced. */
import type { Clock } from "../../src/clock.js";

/** A clock that only moves when slept on: sleeping advances it at once. */
export function fakeClock(start = new Date("2026-01-05T10:00:00Z")): Clock & { advance(ms: number): void } {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      t += ms;
    },
  };
}
