/** One round of an alerts check: no alert matching the labels may be firing. */
import { alertsQuery } from "../playbook/promql.js";
import type { AlertsCheck } from "../playbook/types.js";
import { alertsLimit } from "./describe.js";
import { describeReadError } from "./outcome.js";
import type { JudgeDeps, Measurement } from "./types.js";

/** Reads the firing alerts; any match gives the check's severity, and names the alerts. */
export async function evaluateAlerts(check: AlertsCheck, deps: JudgeDeps, signal?: AbortSignal): Promise<Measurement> {
  const query = alertsQuery(check.match);
  const base = { check: check.name, dimension: "number" as const, queries: [query], limit: alertsLimit(check) };
  try {
    const result = await deps.metrics.instant(query, deps.clock.now(), signal);
    const names = [...new Set(result.samples.map((s) => s.labels.alertname ?? "(unnamed)"))].sort();
    const firing = result.samples.length;
    return {
      ...base,
      outcome: firing === 0 ? "pass" : check.severity,
      canary: firing,
      detail: firing === 0 ? "no matching alert firing" : `firing: ${names.join(", ")}`,
      warnings: result.warnings,
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ...base, outcome: "error", detail: describeReadError(check.name, error), warnings: [] };
  }
}
