/**
 * Simulated soaks for `bench/sequential.ts`: Poisson traffic split between canary and
 * baseline, errors on each side at their own rate, one round a minute; each gate method
 * judges the same simulated rounds, so their figures differ only by the method.
 */
import { judgeBaseline } from "../src/judge/baseline.js";
import type { Prior } from "../src/judge/sequential/prior.js";
import { confidenceSequence, createRateRatio, decide, update, type RatioInterval, type RoundCounts } from "../src/judge/sequential/rate-ratio.js";

/** The simulated service and the gate's settings; `rounds` are one minute each. */
export interface Scenario {
  readonly requestsPerMinute: number;
  readonly canaryShare: number;
  readonly baselineErrorRate: number;
  /** True canary/baseline error-rate ratio. */
  readonly theta: number;
  readonly rounds: number;
  readonly minSoakRounds: number;
  readonly maxRatio: number;
  readonly alpha: number;
}

/** How one run ended for one method: at which round (1-based), or undecided at the end. */
export interface Ending {
  readonly verdict: "no-go" | "go" | "undecided";
  readonly round: number;
  /** The sequential check's interval at the end, when it ended undecided. */
  readonly interval?: RatioInterval;
}

/** A gate method: how one soak's rounds end under it. */
export type Method = (rounds: readonly RoundCounts[], s: Scenario) => Ending;

/** sfc32, seeded through splitmix32: small, fast, and the same stream on every machine. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** ln k!, exact below 20, Stirling's series above (error < 1e-12). */
function logFactorial(k: number): number {
  if (k < 20) {
    let s = 0;
    for (let i = 2; i <= k; i++) s += Math.log(i);
    return s;
  }
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
}

/** Poisson deviate: Knuth below 30, Hörmann's PTRS (transformed rejection) above. */
export function poisson(lambda: number, random: () => number): number {
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    for (let p = random(); p > limit; p *= random()) k++;
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
  }
}

/** One soak: each side's requests are Poisson, each request errs independently (Poisson thinning). */
export function simulateSoak(s: Scenario, random: () => number): RoundCounts[] {
  const canary = s.requestsPerMinute * s.canaryShare;
  const baseline = s.requestsPerMinute - canary;
  const canaryRate = s.baselineErrorRate * s.theta;
  const rounds: RoundCounts[] = [];
  for (let i = 0; i < s.rounds; i++) {
    const canaryEvents = poisson(canary * canaryRate, random);
    const baselineEvents = poisson(baseline * s.baselineErrorRate, random);
    rounds.push({
      canaryEvents,
      canaryTotal: canaryEvents + poisson(canary * (1 - canaryRate), random),
      baselineEvents,
      baselineTotal: baselineEvents + poisson(baseline * (1 - s.baselineErrorRate), random),
    });
  }
  return rounds;
}

/** A pass is remembered until min-soak (a running intersection of a CS is a CS); a fail ends at once. */
function sequentialEnding(verdicts: Iterable<"fail" | "pass" | "undecided">, s: Scenario): Ending {
  let passed = false;
  let round = 0;
  for (const v of verdicts) {
    round++;
    if (v === "fail") return { verdict: "no-go", round };
    passed ||= v === "pass";
    if (passed && round >= s.minSoakRounds) return { verdict: "go", round };
  }
  return { verdict: "undecided", round: s.rounds };
}

/** (1) The sequential check: one decision at max-ratio a round, the interval only if it ends undecided. */
export function sequentialCheck(prior?: Prior): Method {
  return (rounds, s) => {
    let state = createRateRatio({ maxRatio: s.maxRatio, prior });
    const ending = sequentialEnding(
      (function* () {
        for (const r of rounds) {
          state = update(state, r).state;
          yield decide(state, s.maxRatio, s.alpha);
        }
      })(),
      s,
    );
    return ending.verdict === "undecided" ? { ...ending, interval: confidenceSequence(state, s.alpha) } : ending;
  };
}

/** (5) Wald's SPRT of max-ratio against the true θ, one boundary at 1/α: the oracle. */
export const sprt: Method = (rounds, s) =>
  sequentialEnding(
    (function* () {
      let llr = 0;
      for (const r of rounds) {
        const p0 = (s.maxRatio * r.canaryTotal) / (s.maxRatio * r.canaryTotal + r.baselineTotal);
        const p1 = (s.theta * r.canaryTotal) / (s.theta * r.canaryTotal + r.baselineTotal);
        llr += r.canaryEvents * Math.log(p1 / p0) + r.baselineEvents * Math.log((1 - p1) / (1 - p0));
        yield llr >= Math.log(1 / s.alpha) ? (s.theta > s.maxRatio ? "fail" : "pass") : "undecided";
      }
    })(),
    s,
  );

/** The standard normal quantile, by bisection on Φ: one call per method, so speed does not matter. */
export function normalQuantile(p: number): number {
  let lo = -10, hi = 10;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Φ(x), through the Chebyshev fit of erfc in Numerical Recipes (erfcc, relative error < 1.2e-7). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - r / 2 : r / 2;
}

/**
 * z statistic of canary against `margin` × baseline on cumulative counts. Margin 1 is the
 * pooled two-proportion test of equal rates; any other margin the unpooled (Wald) form.
 */
function zStatistic(yc: number, nc: number, yb: number, nb: number, margin: number): number {
  const pc = yc / nc;
  const pb = yb / nb;
  const pooled = (yc + yb) / (nc + nb);
  const variance = margin === 1 ? pooled * (1 - pooled) * (1 / nc + 1 / nb) : (pc * (1 - pc)) / nc + (margin * margin * pb * (1 - pb)) / nb;
  return variance > 0 ? (pc - margin * pb) / Math.sqrt(variance) : 0;
}

/** (2) A z-test on cumulative counts at every round, no-go at the first significant look; (3) the same once, at the end. */
export function zTest(margin: "equal" | "max-ratio", looks: "every-round" | "end"): Method {
  return (rounds, s) => {
    const critical = normalQuantile(1 - s.alpha);
    const m = margin === "equal" ? 1 : s.maxRatio;
    let yc = 0, nc = 0, yb = 0, nb = 0;
    for (let i = 0; i < rounds.length; i++) {
      const r = rounds[i]!;
      yc += r.canaryEvents; nc += r.canaryTotal; yb += r.baselineEvents; nb += r.baselineTotal;
      if (looks === "end" && i < rounds.length - 1) continue;
      if (zStatistic(yc, nc, yb, nb, m) > critical) return { verdict: "no-go", round: i + 1 };
    }
    return { verdict: "go", round: rounds.length };
  };
}

const HALF = { value: 0.5, dimension: "ratio" as const, text: "50%" };

/** (4) Today's rule, `baseline: { max-increase-ratio: 50% }` on each round's error rates, failure-limit 1. */
export const todaysRule: Method = (rounds) => {
  for (let i = 0; i < rounds.length; i++) {
    const r = rounds[i]!;
    const canary = [{ labels: {}, value: r.canaryEvents / r.canaryTotal }];
    const baseline = [{ labels: {}, value: r.baselineEvents / r.baselineTotal }];
    if (judgeBaseline({ maxIncreaseRatio: HALF, severity: "fail" }, canary, baseline, "ratio").outcome === "fail") {
      return { verdict: "no-go", round: i + 1 };
    }
  }
  return { verdict: "go", round: rounds.length };
};
