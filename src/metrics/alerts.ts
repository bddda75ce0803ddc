/**
 * Firing alerts: none matching a selector may fire, before a stage moves and during its
 * soak. Prometheus exposes them as the `ALERTS` series; Thanos Ruler and Mimir's ruler do
 * the same, so reading them is one instant query.
 */
import { alertsQuery } from "../playbook/promql.js";
import type { LabelSet } from "../playbook/types.js";
import type { MetricsSource } from "./types.js";

export interface FiringAlerts {
  /** The query exactly as sent. */
  readonly query: string;
  /** One entry per firing alert series; labels without `__name__` (alertname, severity, …). */
  readonly alerts: readonly { readonly labels: Readonly<Record<string, string>> }[];
  readonly warnings: readonly string[];
}

/** The alerts matching `match` that fire at `time`. */
export async function firingAlerts(source: MetricsSource, match: LabelSet, time: Date, signal?: AbortSignal): Promise<FiringAlerts> {
  const query = alertsQuery(match);
  const result = await source.instant(query, time, signal);
  const alerts = result.samples.map(({ labels }) => {
    const { __name__: _, ...rest } = labels;
    return { labels: rest };
  });
  return { query, alerts, warnings: result.warnings };
}
