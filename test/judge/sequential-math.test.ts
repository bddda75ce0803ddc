import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  confidenceSequence,
  createRateRatio,
  decide,
  logEvidenceAgainst,
  logLikelihood,
  replay,
  update,
  type RoundCounts,
} from "../../src/judge/sequential/rate-ratio.js";

// Everything below is recomputed from the binomial model directly, not through the module.

/** P(an event falls on the canary) in a round, at ratio θ. */
const share = (theta: number, r: RoundCounts) => (theta * r.canaryTotal) / (theta * r.canaryTotal + r.baselineTotal);

/** Σ y_c ln p + y_b ln(1 - p): the binomial log-likelihood without its coefficient. */
function directLogLik(theta: number, rounds: readonly RoundCounts[]): number {
  return rounds.reduce((s, r) => s + r.canaryEvents * Math.log(share(theta, r)) + r.baselineEvents * Math.log(1 - share(theta, r)), 0);
}

/** ln ∫ N(φ; μ, τ²) L(e^φ) dφ by Simpson's rule on 20,000 panels over μ ± 10τ. */
function bruteForceLogMixture(center: number, spread: number, rounds: readonly RoundCounts[]): number {
  const mu = Math.log(center);
  const panels = 20_000;
  const h = (20 * spread) / panels;
  const logs: number[] = [];
  for (let i = 0; i <= panels; i++) {
    const phi = mu - 10 * spread + i * h;
    const z = (phi - mu) / spread;
    logs.push(-0.5 * z * z - Math.log(spread * Math.sqrt(2 * Math.PI)) + directLogLik(Math.exp(phi), rounds));
  }
  const max = Math.max(...logs);
  const sum = logs.reduce((s, l, i) => s + (i === 0 || i === panels ? 1 : i % 2 ? 4 : 2) * Math.exp(l - max), 0);
  return max + Math.log((sum * h) / 3);
}

const round = (canaryEvents: number, canaryTotal: number, baselineEvents: number, baselineTotal: number): RoundCounts => ({
  canaryEvents,
  canaryTotal,
  baselineEvents,
  baselineTotal,
});

/** Rounds whose traffic mix changes: 10%, 30%, 5%, 50% on the canary. */
const MIXED = [round(3, 100, 10, 900), round(9, 300, 12, 700), round(1, 50, 20, 950), round(14, 500, 9, 500)];

/** A seeded PRNG (mulberry32), so the simulations below are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function binomial(n: number, p: number, random: () => number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}

function lnChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

describe("the likelihood, against the binomial model", () => {
  it.each([0.5, 1, 1.5, 3.7])("ln L(%s) over rounds of changing mix is Σ y_c ln p + y_b ln(1-p)", (theta) => {
    const state = replay(MIXED, { maxRatio: 1.5 });
    expect(logLikelihood(state, theta).logLikelihood).toBeCloseTo(directLogLik(theta, MIXED), 9);
  });

  it("the tracked max-ratio matches a re-scan of the rounds, score included", () => {
    const state = replay(MIXED, { maxRatio: 1.5 });
    const tracked = logLikelihood(state, 1.5);
    const rescan = logLikelihood({ ...state, tracked: [] }, 1.5);
    expect(tracked.logLikelihood).toBeCloseTo(rescan.logLikelihood, 9);
    expect(tracked.score).toBeCloseTo(rescan.score, 9);
    // The score is d ln L / d ln θ: compare with a central difference.
    const e = 1e-5;
    expect(tracked.score).toBeCloseTo((directLogLik(1.5 * Math.exp(e), MIXED) - directLogLik(1.5 * Math.exp(-e), MIXED)) / (2 * e), 5);
  });

  it("with a constant mix the estimate is the closed form (y_c / n_c) / (y_b / n_b)", () => {
    const rounds = [round(7, 200, 30, 1800), round(4, 200, 41, 1800), round(12, 200, 35, 1800)];
    const { estimate } = confidenceSequence(replay(rounds, { maxRatio: 1.5 }), 0.01);
    expect(estimate).toBeCloseTo((23 / 600) / (106 / 5400), 6);
  });
});

describe("the mixture", () => {
  it.each([
    ["one round", [round(5, 100, 20, 900)], 1.5, 0.5],
    ["rounds of changing mix", MIXED, 1.5, 0.5],
    ["a wide prior off center", MIXED, 1, 1],
  ])("%s: the grid prior's mixture equals the normal integral computed by brute force", (_, rounds, center, spread) => {
    const state = replay(rounds, { maxRatio: 1.5, prior: { center, spread } });
    expect(state.logMixture).toBeCloseTo(bruteForceLogMixture(center, spread, rounds), 6);
  });

  it("a point prior reduces to Wald's likelihood ratio, in closed form", () => {
    const rounds = MIXED;
    const state = replay(rounds, { maxRatio: 1.5, prior: { center: 2, spread: 1e-6 } });
    const wald = rounds.reduce(
      (s, r) => s + r.canaryEvents * Math.log(share(2, r) / share(1.5, r)) + r.baselineEvents * Math.log((1 - share(2, r)) / (1 - share(1.5, r))),
      0,
    );
    expect(logEvidenceAgainst(state, 1.5)).toBeCloseTo(wald, 6);
  });

  it("is a martingale of mean 1 under the null: E[M] = 1 exactly over every outcome of two rounds", () => {
    // Two rounds with different mixes and event totals; y_c ~ Binomial(m, p(θ0)) in each.
    const shapes = [{ m: 6, nc: 100, nb: 900 }, { m: 9, nc: 400, nb: 600 }];
    const theta0 = 1.5;
    let expectation = 0;
    for (let y1 = 0; y1 <= shapes[0]!.m; y1++) {
      for (let y2 = 0; y2 <= shapes[1]!.m; y2++) {
        const rounds = [y1, y2].map((y, i) => round(y, shapes[i]!.nc, shapes[i]!.m - y, shapes[i]!.nb));
        const logPmf = rounds.reduce((s, r, i) => s + lnChoose(shapes[i]!.m, r.canaryEvents) + directLogLik(theta0, [r]), 0);
        expectation += Math.exp(logPmf + logEvidenceAgainst(replay(rounds, { maxRatio: theta0 }), theta0));
      }
    }
    expect(expectation).toBeCloseTo(1, 9);
  });
});

describe("the confidence sequence", () => {
  it("its bounds solve ln L(θ) = ln mixture - ln(1/α), and the MLE lies between them", () => {
    const state = replay(MIXED, { maxRatio: 1.5 });
    const alpha = 0.01;
    const { estimate, lower, upper } = confidenceSequence(state, alpha);
    const level = state.logMixture - Math.log(1 / alpha);
    expect(directLogLik(lower, MIXED)).toBeCloseTo(level, 6);
    expect(directLogLik(upper, MIXED)).toBeCloseTo(level, 6);
    expect(lower).toBeLessThan(estimate!);
    expect(estimate!).toBeLessThan(upper);
  });

  it("before any informative round it is everything", () => {
    expect(confidenceSequence(createRateRatio({ maxRatio: 1.5 }), 0.01)).toEqual({ lower: 0, upper: Infinity });
  });

  it("with every event on the canary it is unbounded above and the estimate is Infinity", () => {
    const cs = confidenceSequence(replay([round(40, 100, 0, 900)], { maxRatio: 1.5 }), 0.01);
    expect(cs.upper).toBe(Infinity);
    expect(cs.estimate).toBe(Infinity);
    expect(cs.lower).toBeGreaterThan(1.5);
  });

  it("narrows as the same evidence repeats", () => {
    const widths = [1, 4, 16].map((k) => {
      const cs = confidenceSequence(replay(Array.from({ length: k }, () => MIXED).flat(), { maxRatio: 1.5 }), 0.01);
      return Math.log(cs.upper / cs.lower);
    });
    expect(widths[1]).toBeLessThan(widths[0]!);
    expect(widths[2]).toBeLessThan(widths[1]!);
  });

  it("moves up, never down, when one more event falls on the canary", () => {
    const counts = fc.record({ c: fc.nat(30), b: fc.nat(60), nc: fc.integer({ min: 31, max: 500 }), nb: fc.integer({ min: 60, max: 2000 }) });
    fc.assert(
      fc.property(fc.array(counts, { minLength: 1, maxLength: 6 }), (rows) => {
        const rounds = rows.map((r) => round(r.c, r.nc, r.b, r.nb));
        const more = [...rounds.slice(0, -1), { ...rounds.at(-1)!, canaryEvents: rounds.at(-1)!.canaryEvents + 1 }];
        const before = confidenceSequence(replay(rounds, { maxRatio: 1.5 }), 0.01);
        const after = confidenceSequence(replay(more, { maxRatio: 1.5 }), 0.01);
        const slack = 1 + 1e-9;
        expect(after.lower * slack).toBeGreaterThanOrEqual(before.lower);
        expect(after.upper * slack).toBeGreaterThanOrEqual(before.upper);
        if (before.estimate !== undefined) expect(after.estimate! * slack).toBeGreaterThanOrEqual(before.estimate);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe("decide", () => {
  it.each([
    ["a clear regression", [round(30, 100, 20, 900)], "fail"],
    ["a clean canary over many rounds", Array.from({ length: 20 }, () => round(2, 200, 40, 1800)), "pass"],
    ["too little data", [round(3, 100, 20, 900)], "undecided"],
  ] as const)("%s: %s, and the interval agrees", (_, rounds, expected) => {
    const state = replay(rounds, { maxRatio: 1.5 });
    expect(decide(state, 1.5, 0.01)).toBe(expected);
    const { lower, upper } = confidenceSequence(state, 0.01);
    expect(lower > 1.5).toBe(expected === "fail");
    expect(upper < 1.5).toBe(expected === "pass");
  });

  it("an untracked max-ratio gives the same decision by re-scanning the rounds", () => {
    const state = replay(Array.from({ length: 20 }, () => round(2, 200, 40, 1800)), { maxRatio: 2 });
    expect(decide(state, 1.5, 0.01)).toBe(decide(replay(state.rounds, { maxRatio: 1.5, prior: state.prior }), 1.5, 0.01));
  });

  it("keeps the type-I error below alpha under optional stopping, with a changing traffic mix", () => {
    // θ = max-ratio exactly; looking after each of 40 rounds, count runs where the sequence
    // ever excludes the truth, beside a fixed-sample score test looked at as often.
    const random = mulberry32(20261128);
    const alpha = 0.1;
    const runs = 400;
    let excluded = 0;
    let peekingExcluded = 0;
    for (let run = 0; run < runs; run++) {
      let state = createRateRatio({ maxRatio: 1.5 });
      let decided = false;
      let peeked = false;
      let score = 0;
      let information = 0;
      for (let i = 0; i < 40; i++) {
        const nc = 20 + Math.floor(random() * 200);
        const nb = 200 + Math.floor(random() * 400);
        const r = round(binomial(nc, 0.05 * 1.5, random), nc, binomial(nb, 0.05, random), nb);
        state = update(state, r).state;
        decided ||= decide(state, 1.5, alpha) !== "undecided";
        const m = r.canaryEvents + r.baselineEvents;
        score += r.canaryEvents - m * share(1.5, r);
        information += m * share(1.5, r) * (1 - share(1.5, r));
        peeked ||= information > 0 && Math.abs(score / Math.sqrt(information)) > 1.6449; // two-sided 10%
      }
      if (decided) excluded++;
      if (peeked) peekingExcluded++;
    }
    // Below alpha by two standard errors of the estimate: a method exactly at alpha fails this.
    expect(excluded / runs).toBeLessThanOrEqual(alpha - 2 * Math.sqrt((alpha * (1 - alpha)) / runs));
    expect(peekingExcluded / runs).toBeGreaterThan(2 * alpha);
  });
});

describe("rounds without information", () => {
  it.each([
    ["no canary traffic", round(0, 0, 5, 900), "no-canary-traffic"],
    ["no baseline traffic", round(5, 100, 0, 0), "no-baseline-traffic"],
    ["no events", round(0, 100, 0, 900), "no-events"],
  ] as const)("%s leaves the state unchanged and says why", (_, counts, reason) => {
    const state = replay(MIXED, { maxRatio: 1.5 });
    const next = update(state, counts);
    expect(next.state).toBe(state);
    expect(next.skipped).toBe(reason);
  });

  it.each([
    ["negative", round(-1, 100, 5, 900), /canaryEvents must be a whole number/],
    ["fractional, as increase() extrapolates", round(1, 100, 4.7, 900), /baselineEvents must be a whole number/],
    ["more events than requests", round(101, 100, 5, 900), /canaryEvents 101 exceed canaryTotal 100/],
  ])("%s counts are refused", (_, counts, message) => {
    expect(() => update(createRateRatio({ maxRatio: 1.5 }), counts)).toThrow(message);
  });
});
