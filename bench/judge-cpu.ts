/**
 * The judge's own cost: a round of the same 50 checks against a source that answers at
 * once from memory, so only evaluation, query rendering and judgement are measured.
 */
import type { Clock } from "../src/clock.js";
import type { Logger } from "../src/log.js";
import { evaluateCheck } from "../src/judge/evaluate.js";
import type { JudgeDeps } from "../src/judge/types.js";
import type { MetricsSource } from "../src/metrics/types.js";
import { parsePlaybook } from "../src/playbook/load.js";
import { playbookText } from "./gate-round.js";
import { summarize, type Summary } from "./stats.js";

const quiet: Logger = { debug() {}, info() {}, warning() {}, error() {} };

/** Canary a little above baseline, both well inside every limit. */
const memory: MetricsSource = {
  async instant(query, time) {
    const value = query.includes('"canary"') ? 0.004 : 0.003;
    return { query, time, resultType: "vector", samples: [{ labels: {}, value }], warnings: [] };
  },
  async range(query) {
    return { query, series: [], warnings: [] };
  },
};

/** Rounds per sample, so one sample is long enough to time reliably. */
const BATCH = 20;

export async function benchJudgeCpu(runs: number): Promise<{ perRound: Summary; checks: number }> {
  const playbook = parsePlaybook(playbookText(), "bench-playbook.yml");
  const checks = playbook.stages[0]!.checks.map((name) => playbook.checks[name]!);
  const clock: Clock = { now: () => new Date("2026-01-05T10:30:00Z"), sleep: async () => {} };
  const deps: JudgeDeps = { metrics: memory, prober: { probe: () => Promise.reject(new Error("no probes")) }, clock, log: quiet };
  const round = () => Promise.all(checks.map((c) => evaluateCheck(c, playbook, deps)));
  for (let i = 0; i < BATCH * 5; i++) await round();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let j = 0; j < BATCH; j++) await round();
    samples.push((performance.now() - start) / BATCH);
  }
  return { perRound: summarize(samples), checks: checks.length };
}
