/**
 * The sequential check's statistics: an anytime-valid confidence sequence for θ, the
 * canary/baseline event-rate ratio, from the counts of each round (Lindon, Sanden and
 * Shirikian, KDD 2022). Pure: no I/O, no clock.
 *
 * Given the m events of a round, the number on the canary is Binomial(m, p) with
 * p = θ·n_c / (θ·n_c + n_b), n the requests each side served in that round; so the traffic
 * mix may change from round to round. The evidence against θ0 is the mixture likelihood
 * ratio M(θ0) = Σ_g w_g L(θ_g) / L(θ0) over the prior grid (./prior.ts): a nonnegative
 * martingale of mean 1 when θ = θ0, so by Ville's inequality P(M(θ0) ever reaches 1/α) ≤ α,
 * however often it is looked at. The confidence sequence is {θ0 : M(θ0) < 1/α}; since
 * ln L is concave in ln θ, it is an interval around the maximum-likelihood estimate.
 */
import { defaultPrior, priorGrid, type Prior, type PriorGrid } from "./prior.js";

/** What the gate read for one round: the increase of each counter on each side. */
export interface RoundCounts {
  readonly canaryEvents: number;
  readonly canaryTotal: number;
  readonly baselineEvents: number;
  readonly baselineTotal: number;
}

/** Why a round carried no information (the state is then unchanged). */
export type SkipReason = "no-canary-traffic" | "no-baseline-traffic" | "no-events";

/** ln L and its derivative in ln θ at one ratio, kept exactly round by round. */
export interface TrackedRatio {
  readonly ratio: number;
  readonly logLikelihood: number;
  readonly score: number;
}

/** The running sums between rounds. Treat as immutable: `update` returns a new state. */
export interface RateRatioState {
  readonly prior: Prior;
  readonly grid: PriorGrid;
  /** The informative rounds, in order: enough for anyone to recompute everything. */
  readonly rounds: readonly RoundCounts[];
  /** ln L(θ_g) = Σ y_c ln p + y_b ln(1 − p) at each grid point (binomial coefficients, alike for every θ, left out). */
  readonly gridLogLikelihood: ArrayLike<number>;
  /** ln Σ_g w_g L(θ_g): the mixture, on the same scale as `gridLogLikelihood`. */
  readonly logMixture: number;
  /** Ratios whose ln L is kept exactly, so a decision at them costs O(1). */
  readonly tracked: readonly TrackedRatio[];
}

export interface RateRatioOptions {
  /** The check's max-ratio: its ln L is kept exactly, and the default prior is centered on it. */
  readonly maxRatio: number;
  /** Fixed before the first round; the default is `defaultPrior(maxRatio)`. */
  readonly prior?: Prior;
}

/** The state before any round. */
export function createRateRatio(options: RateRatioOptions): RateRatioState {
  checkRatio(options.maxRatio, "max-ratio");
  const prior = options.prior ?? defaultPrior(options.maxRatio);
  const grid = priorGrid(prior);
  return {
    prior,
    grid,
    rounds: [],
    gridLogLikelihood: new Float64Array(grid.logRatios.length),
    logMixture: 0,
    tracked: [{ ratio: options.maxRatio, logLikelihood: 0, score: 0 }],
  };
}

/** The state after rounds already recorded (the evidence of an earlier run, say). */
export function replay(rounds: readonly RoundCounts[], options: RateRatioOptions): RateRatioState {
  return rounds.reduce((state, round) => update(state, round).state, createRateRatio(options));
}

/**
 * Adds one round, in O(grid). A round where a side served no request, or no event happened,
 * says nothing about θ: the same state comes back with the reason. Counts must be whole,
 * nonnegative and events ≤ total (read counter differences, not `increase()`, which
 * extrapolates); anything else is a bug upstream and throws.
 */
export function update(state: RateRatioState, counts: RoundCounts): { state: RateRatioState; skipped?: SkipReason } {
  checkCounts(counts);
  if (counts.canaryTotal === 0) return { state, skipped: "no-canary-traffic" };
  if (counts.baselineTotal === 0) return { state, skipped: "no-baseline-traffic" };
  const events = counts.canaryEvents + counts.baselineEvents;
  if (events === 0) return { state, skipped: "no-events" };

  const shift = Math.log(counts.canaryTotal / counts.baselineTotal);
  const { logRatios, logWeights } = state.grid;
  const previous = state.gridLogLikelihood;
  const next = new Float64Array(logRatios.length);
  let max = -Infinity;
  for (let g = 0; g < next.length; g++) {
    const a = logRatios[g]! + shift;
    next[g] = previous[g]! + counts.canaryEvents * a - events * softplus(a);
    const weighted = logWeights[g]! + next[g]!;
    if (weighted > max) max = weighted;
  }
  let sum = 0;
  for (let g = 0; g < next.length; g++) sum += Math.exp(logWeights[g]! + next[g]! - max);

  const tracked = state.tracked.map((t) => {
    const a = Math.log(t.ratio) + shift;
    return {
      ratio: t.ratio,
      logLikelihood: t.logLikelihood + counts.canaryEvents * a - events * softplus(a),
      score: t.score + counts.canaryEvents - events * sigmoid(a),
    };
  });
  return {
    state: { ...state, rounds: [...state.rounds, counts], gridLogLikelihood: next, logMixture: max + Math.log(sum), tracked },
  };
}

/** ln L(θ), as in `gridLogLikelihood`, and its derivative in ln θ: O(1) if tracked, else O(rounds). */
export function logLikelihood(state: RateRatioState, ratio: number): { logLikelihood: number; score: number } {
  const kept = state.tracked.find((t) => t.ratio === ratio);
  if (kept) return kept;
  const phi = Math.log(ratio);
  let logLikelihood = 0;
  let score = 0;
  for (const r of state.rounds) {
    const a = phi + Math.log(r.canaryTotal / r.baselineTotal);
    const events = r.canaryEvents + r.baselineEvents;
    logLikelihood += r.canaryEvents * a - events * softplus(a);
    score += r.canaryEvents - events * sigmoid(a);
  }
  return { logLikelihood, score };
}

/** ln M(θ0): the evidence against θ = θ0. θ0 leaves the confidence sequence once it reaches ln(1/α). */
export function logEvidenceAgainst(state: RateRatioState, ratio: number): number {
  checkRatio(ratio, "ratio");
  return state.logMixture - logLikelihood(state, ratio).logLikelihood;
}

/** A confidence sequence at one round: every θ the data have not ruled out. */
export interface RatioInterval {
  /** Maximum-likelihood θ (0 or Infinity when every event fell on one side); absent before any informative round. */
  readonly estimate?: number;
  readonly lower: number;
  readonly upper: number;
}

/** Bounds of the search in ln θ: ratios beyond e^±40 are reported as 0 and Infinity. */
const SEARCH = 40;

/** The (1 - alpha) confidence sequence for θ at this round, for display: O(rounds · 60). */
export function confidenceSequence(state: RateRatioState, alpha: number): RatioInterval {
  checkAlpha(alpha);
  if (state.rounds.length === 0) return { lower: 0, upper: Infinity };
  const at = (phi: number) => logLikelihood(state, Math.exp(phi));
  const canary = state.rounds.reduce((s, r) => s + r.canaryEvents, 0);
  const baseline = state.rounds.reduce((s, r) => s + r.baselineEvents, 0);
  // The score decreases in ln θ (ln L is concave): bisect for its zero.
  const peak = canary === 0 ? -SEARCH : baseline === 0 ? SEARCH : bisect(-SEARCH, SEARCH, (phi) => at(phi).score < 0);
  const estimate = canary === 0 ? 0 : baseline === 0 ? Infinity : Math.exp(peak);
  const level = state.logMixture - Math.log(1 / alpha);
  const inside = (phi: number) => at(phi).logLikelihood > level;
  const lower = canary === 0 || inside(-SEARCH) ? 0 : Math.exp(bisect(-SEARCH, peak, inside));
  const upper = baseline === 0 || inside(SEARCH) ? Infinity : Math.exp(bisect(peak, SEARCH, (phi) => !inside(phi)));
  return { estimate, lower, upper };
}

/** What the sequence says about max-ratio: `fail` once it lies wholly above, `pass` once wholly below. */
export type SequentialDecision = "fail" | "pass" | "undecided";

/**
 * One mixture evaluation at θ0 = maxRatio (O(1) when maxRatio is tracked). θ0 out of the
 * sequence and the likelihood rising through it means the whole interval is above it.
 * The first decision is final: the gate stops the check there.
 */
export function decide(state: RateRatioState, maxRatio: number, alpha: number): SequentialDecision {
  checkAlpha(alpha);
  checkRatio(maxRatio, "max-ratio");
  const at = logLikelihood(state, maxRatio);
  if (state.logMixture - at.logLikelihood < Math.log(1 / alpha)) return "undecided";
  return at.score > 0 ? "fail" : "pass";
}

/** ln(1 + e^a) without overflow. */
function softplus(a: number): number {
  return a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a));
}

function sigmoid(a: number): number {
  return a > 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
}

/** The point in [lo, hi] where `above` turns from false to true, `above` being monotone. */
function bisect(lo: number, hi: number, above: (x: number) => boolean): number {
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (above(mid)) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

function checkCounts(c: RoundCounts): void {
  const fields = ["canaryEvents", "canaryTotal", "baselineEvents", "baselineTotal"] as const;
  for (const f of fields) {
    if (!Number.isSafeInteger(c[f]) || c[f] < 0) throw new RangeError(`${f} must be a whole number >= 0, got ${c[f]}`);
  }
  if (c.canaryEvents > c.canaryTotal) throw new RangeError(`canaryEvents ${c.canaryEvents} exceed canaryTotal ${c.canaryTotal}`);
  if (c.baselineEvents > c.baselineTotal) throw new RangeError(`baselineEvents ${c.baselineEvents} exceed baselineTotal ${c.baselineTotal}`);
}

function checkRatio(r: number, what: string): void {
  if (!(r > 0 && Number.isFinite(r))) throw new RangeError(`${what} must be a positive finite number, got ${r}`);
}

function checkAlpha(alpha: number): void {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}
