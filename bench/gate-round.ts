/**
 * One gate round of 50 metric checks (threshold and baseline each: 100 queries) against a
 * real Prometheus with backfilled data, timed against the same 100 queries sent at once by
 * a bare HTTP client (fetch, POST, JSON.parse, nothing else).
 */
import type { Clock } from "../src/clock.js";
import type { Logger } from "../src/log.js";
import { evaluateCheck } from "../src/judge/evaluate.js";
import type { JudgeDeps, Measurement } from "../src/judge/types.js";
import { createPrometheusClient } from "../src/metrics/prometheus.js";
import { parsePlaybook } from "../src/playbook/load.js";
import type { Check, Playbook } from "../src/playbook/types.js";
import { minutesAfter, openMetrics, SCENARIO_START } from "../tools/openmetrics.js";
import { startPrometheus } from "../tools/prometheus.js";
import { summarize, type Summary } from "./stats.js";

export const CHECKS = 50;
const SOAK_MINUTES = 30;
const BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface GateRoundOptions {
  readonly warmup: number;
  readonly runs: number;
  /** Called before Prometheus starts, so the caller can stop it on Ctrl-C. */
  readonly onStop?: (stop: () => Promise<void>) => void;
}

export interface GateRoundFigures {
  readonly checks: number;
  readonly queries: number;
  readonly judge: Summary;
  readonly bare: Summary;
  readonly outcomes: Readonly<Record<string, number>>;
  readonly series: number;
  readonly prometheusStartupMs: number;
}

/** Even checks read an error ratio from counters, odd ones a p99 from a histogram. */
function family(i: number): { name: string; kind: "errors" | "latency" } {
  const id = String(i).padStart(2, "0");
  return i % 2 === 0 ? { name: `bench_requests_${id}`, kind: "errors" } : { name: `bench_duration_${id}_seconds`, kind: "latency" };
}

/** 30 minutes of canary and stable series for every check, one sample per 15 s. */
export function scenario(): { text: string; series: number } {
  const om = openMetrics({ start: SCENARIO_START, end: minutesAfter(SCENARIO_START, SOAK_MINUTES), stepSeconds: 15 });
  let series = 0;
  for (let i = 0; i < CHECKS; i++) {
    const f = family(i);
    for (const version of ["canary", "stable"]) {
      const errorRatio = version === "canary" ? 0.004 : 0.003;
      if (f.kind === "errors") {
        om.counter(`${f.name}_total`, { version, code: "200" }, { perSecond: () => 50 * (1 - errorRatio) });
        om.counter(`${f.name}_total`, { version, code: "500" }, { perSecond: () => 50 * errorRatio });
        series += 2;
      } else {
        const slow = version === "canary" ? 0.016 : 0.015;
        om.histogram(f.name, { version }, {
          buckets: BUCKETS,
          observe: () => [[0.03, 600 * (1 - slow)], [0.2, 600 * slow]],
        });
        series += BUCKETS.length + 3;
      }
    }
  }
  return { text: om.text(), series };
}

/** The playbook, written as a user would and read by the real loader. */
export function playbookText(): string {
  const lines = [
    "version: 1",
    "service: bench",
    "prometheus: { url: http://127.0.0.1:9090 }",
    "selectors: { canary: { version: canary }, baseline: { version: stable } }",
    "checks:",
  ];
  for (let i = 0; i < CHECKS; i++) {
    const f = family(i);
    lines.push(`  check-${i}:`);
    if (f.kind === "errors") {
      lines.push(
        `    query: sum(rate(${f.name}_total{code=~"5..", $selector}[5m])) / sum(rate(${f.name}_total{$selector}[5m]))`,
        `    fail: "> 5%"`,
        `    warn: "> 1%"`,
        `    baseline: { max-increase: "1%" }`,
      );
    } else {
      lines.push(
        `    query: histogram_quantile(0.99, sum by (le) (rate(${f.name}_bucket{$selector}[5m])))`,
        `    fail: "> 1s"`,
        `    warn: "> 500ms"`,
        `    baseline: { max-increase-ratio: "50%" }`,
      );
    }
  }
  const names = Array.from({ length: CHECKS }, (_, i) => `check-${i}`).join(", ");
  lines.push("stages:", `  - { name: canary, weight: 10, soak: 30m, interval: 1m, checks: [${names}] }`, "");
  return lines.join("\n");
}

const quiet: Logger = { debug() {}, info() {}, warning() {}, error() {} };

/** The clock stands at the end of the backfilled data, where both clients query. */
function fixedClock(at: Date): Clock {
  return { now: () => at, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
}

/** A judge round as the soak runs it: every check at once. */
function judgeRound(checks: readonly Check[], playbook: Playbook, deps: JudgeDeps): Promise<Measurement[]> {
  return Promise.all(checks.map((c) => evaluateCheck(c, playbook, deps)));
}

/** The same queries with nothing around them. */
async function bareRound(url: string, queries: readonly string[], time: string): Promise<void> {
  await Promise.all(
    queries.map(async (query) => {
      const response = await fetch(`${url}/api/v1/query`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ query, time }).toString(),
      });
      const body = (await response.json()) as { status?: string };
      if (body.status !== "success") throw new Error(`Prometheus answered ${response.status} to ${query}`);
    }),
  );
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Backfills, starts Prometheus, times both clients in alternation, stops Prometheus. */
export async function benchGateRound(options: GateRoundOptions): Promise<GateRoundFigures> {
  const data = scenario();
  const playbook = parsePlaybook(playbookText(), "bench-playbook.yml");
  const stage = playbook.stages[0]!;
  const checks = stage.checks.map((name) => playbook.checks[name]!);
  const prometheus = await startPrometheus({ openmetrics: data.text });
  options.onStop?.(prometheus.stop);
  try {
    const at = minutesAfter(SCENARIO_START, SOAK_MINUTES);
    const clock = fixedClock(at);
    const deps: JudgeDeps = {
      metrics: createPrometheusClient({ url: prometheus.url }, { clock, log: quiet }),
      prober: { probe: () => Promise.reject(new Error("the benchmark has no HTTP checks")) },
      clock,
      log: quiet,
    };
    const first = await judgeRound(checks, playbook, deps);
    const queries = first.flatMap((m) => m.queries);
    const outcomes: Record<string, number> = {};
    for (const m of first) outcomes[m.outcome] = (outcomes[m.outcome] ?? 0) + 1;
    const time = (at.getTime() / 1000).toFixed(3);

    const judge: number[] = [];
    const bare: number[] = [];
    const runJudge = () => timed(() => judgeRound(checks, playbook, deps));
    const runBare = () => timed(() => bareRound(prometheus.url, queries, time));
    for (let i = 0; i < options.warmup + options.runs; i++) {
      // Alternate which goes first, so neither always meets a warmer server.
      let j: number;
      let b: number;
      if (i % 2 === 0) {
        j = await runJudge();
        b = await runBare();
      } else {
        b = await runBare();
        j = await runJudge();
      }
      if (i < options.warmup) continue;
      judge.push(j);
      bare.push(b);
    }
    return {
      checks: checks.length,
      queries: queries.length,
      judge: summarize(judge),
      bare: summarize(bare),
      outcomes,
      series: data.series,
      prometheusStartupMs: prometheus.startupMs,
    };
  } finally {
    await prometheus.stop();
  }
}
