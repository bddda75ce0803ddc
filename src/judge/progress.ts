/** The progress block logged every round, so a two-hour soak is never a silent job. */
import { formatSeconds } from "../playbook/quantity.js";
import type { Check } from "../playbook/types.js";
import { describeLimits, showMeasured } from "./describe.js";
import type { Measurement, Round } from "./types.js";

/**
 * ```
 * round 3/24 · elapsed 15m · remaining 1h45m
 *   error-rate  canary 0.4%  baseline 0.3%  Δ +0.1%  pass  (fail > 5%, warn > 1%)
 * ```
 */
export function formatRound(round: Round, soak: number, interval: number, checks: Readonly<Record<string, Check>>): string {
  const total = Math.max(1, Math.ceil(soak / interval));
  const remaining = Math.max(0, soak - round.elapsed);
  const head = `round ${round.index}/${total} · elapsed ${formatSeconds(round.elapsed)} · remaining ${remaining > 0 ? formatSeconds(remaining) : "0s"}`;
  const width = Math.max(0, ...round.measurements.map((m) => m.check.length));
  return [head, ...round.measurements.map((m) => formatMeasurementLine(m, checks[m.check], width))].join("\n");
}

/** One check's line: its values, outcome, limits and, unless it passed, why. */
export function formatMeasurementLine(m: Measurement, check: Check | undefined, width = m.check.length): string {
  const v = showMeasured(m, check);
  const values = [
    // A probe or alerts read that failed has no value: say it was not read, not "n/a".
    check?.kind === "metric" || check?.kind === "sequential" ? `canary ${v.canary ?? "n/a"}` : (v.canary ?? "not read"),
    v.baseline !== undefined && `baseline ${v.baseline}`,
    v.delta !== undefined && (m.sequential ? `ratio ${v.delta}` : `Δ ${v.delta}`),
  ].filter(Boolean);
  const limits = check ? `  (${describeLimits(check)})` : "";
  const why = m.outcome === "pass" ? "" : `  ${m.detail}`;
  return `  ${m.check.padEnd(width)}  ${values.join("  ")}  ${m.outcome}${limits}${why}`;
}
