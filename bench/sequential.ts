/**
 * The sequential check against the other ways a gate can compare canary and baseline, on
 * simulated soaks: 100 requests/s (Poisson), 10% on the canary, baseline error rate 1%, a
 * round a minute for 2 h, max-ratio 1.5, alpha 0.01, min-soak 10 min (a go cannot end the
 * stage sooner; a no-go can). Figures printed, never asserted; the PASS/MISS lines compare
 * them with the targets the check was designed for.
 *
 * Alone: `npx tsx bench/sequential.ts`; also part of `npm run bench`.
 */
import { pathToFileURL } from "node:url";
import {
  prng,
  sequentialCheck,
  simulateSoak,
  sprt,
  todaysRule,
  zTest,
  type Ending,
  type Method,
  type Scenario,
} from "./sequential-sim.js";
import { table } from "./stats.js";

const RUNS = 2000;
const SEED = 20261128;
const THETAS = [1, 1.5, 2, 3] as const;
const SCENARIO: Omit<Scenario, "theta"> = {
  requestsPerMinute: 6000,
  canaryShare: 0.1,
  baselineErrorRate: 0.01,
  rounds: 120,
  minSoakRounds: 10,
  maxRatio: 1.5,
  alpha: 0.01,
};

const METHODS: readonly { name: string; method: Method; oracle?: true }[] = [
  { name: "(1) sequential check (this)", method: sequentialCheck() },
  { name: "(2) z-test each round, H0 equal rates", method: zTest("equal", "every-round") },
  { name: "(2') z-test each round, H0 ratio <= 1.5", method: zTest("max-ratio", "every-round") },
  { name: "(3) z-test at 2 h, H0 equal rates", method: zTest("equal", "end") },
  { name: "(3') z-test at 2 h, H0 ratio <= 1.5", method: zTest("max-ratio", "end") },
  { name: "(4) today: max-increase-ratio 50%", method: todaysRule },
  { name: "(5) SPRT told the true θ (oracle)", method: sprt, oracle: true },
];

/** Shares of each verdict and the times the stage ended (undecided runs end at 2 h). */
export interface Tally {
  readonly noGo: number;
  readonly go: number;
  readonly undecided: number;
  readonly medianMinutes: number;
  readonly p90Minutes: number;
  readonly meanMinutes: number;
}

/** Nearest-rank percentiles, as in ./stats.ts, so every figure is one run's value. */
function tally(endings: readonly Ending[]): Tally {
  const share = (v: Ending["verdict"]) => endings.filter((e) => e.verdict === v).length / endings.length;
  const minutes = endings.map((e) => e.round).sort((a, b) => a - b);
  return {
    noGo: share("no-go"),
    go: share("go"),
    undecided: share("undecided"),
    medianMinutes: minutes[Math.ceil(minutes.length / 2) - 1]!,
    p90Minutes: minutes[Math.ceil(minutes.length * 0.9) - 1]!,
    meanMinutes: minutes.reduce((s, m) => s + m, 0) / minutes.length,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

/** Runs every method on the same soaks for each θ, prints the tables and the targets. */
export function benchSequential(runs = RUNS): void {
  const started = performance.now();
  console.log(`${runs} simulated soaks per θ, seed ${SEED}. Every method judges the same soaks.`);
  console.log("A run ends at its verdict's round; undecided and fixed-horizon runs end at 2 h.");
  console.log("The SPRT is told the true θ, so it has no alternative to test at θ = max-ratio.");
  const results = new Map<number, Map<string, Tally>>();
  let sequentialMs = 0;
  let sequentialRounds = 0;
  const finalIntervals: [number, number][] = [];
  for (const theta of THETAS) {
    const scenario: Scenario = { ...SCENARIO, theta };
    const random = prng(SEED + theta * 1000);
    const soaks = Array.from({ length: runs }, () => simulateSoak(scenario, random));
    const byMethod = new Map<string, Tally>();
    const rows: string[][] = [];
    for (const { name, method, oracle } of METHODS) {
      if (oracle && theta === scenario.maxRatio) {
        rows.push([name, "n/a", "n/a", "n/a", "n/a", "n/a", "n/a"]);
        continue;
      }
      const t0 = performance.now();
      const endings = soaks.map((soak) => method(soak, scenario));
      if (name.startsWith("(1)")) {
        sequentialMs += performance.now() - t0;
        sequentialRounds += endings.reduce((s, e) => s + e.round, 0);
        if (theta === scenario.maxRatio) for (const e of endings) if (e.interval) finalIntervals.push([e.interval.lower, e.interval.upper]);
      }
      const t = tally(endings);
      byMethod.set(name, t);
      rows.push([name, pct(t.noGo), pct(t.go), pct(t.undecided), `${t.medianMinutes} min`, `${t.p90Minutes} min`, `${t.meanMinutes.toFixed(1)} min`]);
    }
    results.set(theta, byMethod);
    console.log(`\nθ = ${theta} (canary error rate ${(theta * scenario.baselineErrorRate * 100).toFixed(1)}%), ${runs} soaks`);
    console.log(table(["method", "no-go", "go", "undecided", "median end", "p90 end", "mean end"], rows));
  }

  if (finalIntervals.length > 0) {
    const lows = finalIntervals.map(([l]) => l).sort((a, b) => a - b);
    const highs = finalIntervals.map(([, h]) => h).sort((a, b) => a - b);
    const mid = (xs: number[]) => xs[Math.ceil(xs.length / 2) - 1]!.toFixed(2);
    console.log(`\nθ = 1.5: ${finalIntervals.length} runs end undecided (conditional), median 99% interval at 2 h [${mid(lows)}, ${mid(highs)}]`);
  }

  const seq = (theta: number) => results.get(theta)!.get(METHODS[0]!.name)!;
  const oracle = (theta: number) => results.get(theta)!.get(METHODS.at(-1)!.name)!;
  const targets: [string, boolean][] = [
    [`θ=1: false no-go ${pct(seq(1).noGo)} <= 1%`, seq(1).noGo <= 0.01],
    [`θ=1.5: false no-go ${pct(seq(1.5).noGo)} <= 1%`, seq(1.5).noGo <= 0.01],
    [`θ=2: no-go ${pct(seq(2).noGo)} >= 99%`, seq(2).noGo >= 0.99],
    [`θ=2: median ${seq(2).medianMinutes} min <= 20 min`, seq(2).medianMinutes <= 20],
    [`θ=3: median ${seq(3).medianMinutes} min <= 3 min`, seq(3).medianMinutes <= 3],
    [`θ=1: go ${pct(seq(1).go)} >= 95%`, seq(1).go >= 0.95],
    [`θ=1: median ${seq(1).medianMinutes} min <= 15 min`, seq(1).medianMinutes <= 15],
    ...[1, 2, 3].map((theta): [string, boolean] => [
      `θ=${theta}: mean ${seq(theta).meanMinutes.toFixed(1)} min <= 2 x SPRT's ${oracle(theta).meanMinutes.toFixed(1)} min`,
      seq(theta).meanMinutes <= 2 * oracle(theta).meanMinutes,
    ]),
  ];
  console.log("\nTargets of the sequential check:");
  for (const [text, met] of targets) console.log(`  ${met ? "PASS" : "MISS"} ${text}`);
  console.log(
    `\nCost: ${(sequentialMs / sequentialRounds * 1000).toFixed(1)} µs per simulated round for the sequential check (update + decide; the interval once, when a run ends undecided); whole simulation ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log("Sequential check against other gate methods");
  benchSequential();
}
