/**
 * The mixing distribution of the sequential check: a normal on ln θ, discretized on a fixed
 * grid. The discrete prior is the prior, not an approximation of one: a mixture of finitely
 * many likelihood ratios is exactly a test martingale, so no quadrature error can weaken the
 * guarantee. The grid only decides how much power is lost between its points, and that loss
 * is about a share (step / 2Δ)² of the evidence against a null at distance Δ in ln θ: 0.2% for
 * step 0.025 and Δ = ln(2 / 1.5).
 */

/** A normal prior on ln θ, given by its median ratio and its standard deviation in ln θ. */
export interface Prior {
  /** Median of θ under the prior (1: the canary as good as the baseline). */
  readonly center: number;
  /** Standard deviation of ln θ. */
  readonly spread: number;
}

/** Standard deviation of ln θ under the default prior. */
export const DEFAULT_SPREAD = 0.5;

/**
 * The default: centered on the check's max-ratio, the boundary the check decides about, so
 * that regressions and healthy canaries are found equally fast; sd 0.5 in ln θ puts a factor
 * 2 either way (ln 2 ≈ 1.4 sd) well inside it. Decision times are flat for sd 0.35 to 0.75;
 * narrower priors are slower to see a 3x regression, wider ones slower to pass a healthy
 * canary or to see a 2x regression (docs/sequential-check.md, from `bench/sequential.ts`).
 */
export function defaultPrior(maxRatio: number): Prior {
  return { center: maxRatio, spread: DEFAULT_SPREAD };
}

/** Distance between grid points, in ln θ. */
export const GRID_STEP = 0.025;
/** The grid spans this many prior standard deviations either side of the center. */
const GRID_HALF_WIDTH_SDS = 6;

/** A discretized prior: points in ln θ and the log of their weights (summing to 1). */
export interface PriorGrid {
  readonly logRatios: Float64Array;
  readonly logWeights: Float64Array;
}

/** Discretizes a prior; throws (a bug, not a user mistake) on a center or spread out of range. */
export function priorGrid(prior: Prior): PriorGrid {
  if (!(prior.center > 0 && Number.isFinite(prior.center))) throw new RangeError(`prior center must be a positive ratio, got ${prior.center}`);
  if (!(prior.spread > 0 && Number.isFinite(prior.spread))) throw new RangeError(`prior spread must be positive, got ${prior.spread}`);
  const mu = Math.log(prior.center);
  const half = Math.ceil((GRID_HALF_WIDTH_SDS * prior.spread) / GRID_STEP);
  const size = 2 * half + 1;
  const logRatios = new Float64Array(size);
  const logWeights = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const z = ((k - half) * GRID_STEP) / prior.spread;
    logRatios[k] = mu + (k - half) * GRID_STEP;
    logWeights[k] = -0.5 * z * z;
  }
  const norm = logSumExp(logWeights);
  for (let k = 0; k < size; k++) logWeights[k] = logWeights[k]! - norm;
  return { logRatios, logWeights };
}

/** ln Σ exp(xᵢ), without overflow. */
function logSumExp(xs: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > max) max = xs[i]!;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += Math.exp(xs[i]! - max);
  return max + Math.log(sum);
}
