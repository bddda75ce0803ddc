/** The sequential check in words: ratios and intervals as logs, summaries and reasons show them. */
import type { SequentialReading } from "../types.js";
import type { RatioInterval } from "./rate-ratio.js";

/** `×2.1`, `×0.93`, `×12`, `×∞`: two significant digits, enough to read an interval. */
export function formatRatio(ratio: number): string {
  if (ratio === Infinity) return "×∞";
  if (ratio === 0) return "×0";
  return `×${Number(ratio.toPrecision(2))}`;
}

/** `99%` for alpha 0.01, `99.9%` for 0.001. */
export function confidenceText(alpha: number): string {
  return `${Number(((1 - alpha) * 100).toPrecision(10))}%`;
}

/**
 * `×2.1 (99%: 1.6–2.8)`; `no events yet (99%: 0–∞)` before any informative round. A bound
 * close to max-ratio gets the digits that keep it on its side: `1.51–2.6` above ×1.5, never
 * `1.5–2.6`.
 */
export function formatInterval(interval: RatioInterval, alpha: number, maxRatio?: number): string {
  const bound = (x: number) => (maxRatio === undefined ? formatRatio(x).slice(1) : sideKept(x, maxRatio));
  const range = `${confidenceText(alpha)}: ${bound(interval.lower)}–${bound(interval.upper)}`;
  return interval.estimate === undefined ? `no events yet (${range})` : `${formatRatio(interval.estimate)} (${range})`;
}

/** Two significant digits, or more until the rounded bound lies on the same side of the limit. */
function sideKept(x: number, limit: number): string {
  if (!Number.isFinite(x) || x === 0) return formatRatio(x).slice(1);
  for (let digits = 2; digits < 8; digits++) {
    const shown = Number(x.toPrecision(digits));
    if (Math.sign(shown - limit) === Math.sign(x - limit)) return String(shown);
  }
  return String(x);
}

/**
 * What the sequence shows against max-ratio: `×2.1 (99%: 1.6–2.8) above ×1.5`,
 * `×0.9 (99%: 0.6–1.4) below ×1.5`, or `undecided: ×1.3 (99%: 0.9–1.8) includes ×1.5`.
 * A held pass whose latest interval reaches max-ratio again says so.
 */
export function describeInterval(s: SequentialReading): string {
  const shown = formatInterval(s.interval, s.alpha, s.maxRatio);
  const limit = formatRatio(s.maxRatio);
  const counts = `events: canary ${s.canaryEvents}/${s.canaryTotal}, baseline ${s.baselineEvents}/${s.baselineTotal}`;
  switch (s.decision) {
    case "fail":
      return `${shown} above ${limit} (${counts})`;
    case "pass":
      return s.interval.upper < s.maxRatio ? `${shown} below ${limit} (${counts})` : `passed below ${limit} earlier; now ${shown} (${counts})`;
    case "undecided":
      return `undecided: ${shown} includes ${limit} (${counts})`;
  }
}
