/** Judge deps from fakes: a fake clock that only moves when slept on, a memory logger. */
import { fakeClock } from "./clock.js";
import type { JudgeDeps } from "../../src/judge/types.js";
import { memoryLogger } from "./log.js";
import type { MetricsSource, Prober } from "../../src/metrics/types.js";
import { fakeMetrics } from "./metrics.js";
import { fakeProber } from "./prober.js";

export const START = new Date("2026-01-05T10:00:00Z");

export function judgeDeps(overrides: { metrics?: MetricsSource; prober?: Prober; start?: Date } = {}) {
  const clock = fakeClock(overrides.start ?? START);
  const log = memoryLogger();
  const deps: JudgeDeps = {
    metrics: overrides.metrics ?? fakeMetrics(),
    prober: overrides.prober ?? fakeProber(),
    clock,
    log,
  };
  return { deps, clock, log };
}
