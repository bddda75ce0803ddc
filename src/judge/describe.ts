/** Words and numbers for people: a check's limits and a measurement's values, as logs and reports show them. */
import { formatSeconds, formatValue } from "../playbook/quantity.js";
import type { Check } from "../playbook/types.js";
import { describeBaseline, signed } from "./baseline.js";
import { metricDimension } from "./metric.js";
import { describeMaxRatio } from "./sequential-check.js";
import { formatInterval } from "./sequential/words.js";
import type { Measurement } from "./types.js";

/** `fail > 5%, warn > 1%, max-increase 1%`: every limit the check holds, as written. */
export function describeLimits(check: Check): string {
  switch (check.kind) {
    case "metric": {
      const parts = [
        check.fail && `fail ${check.fail.text}`,
        check.warn && `warn ${check.warn.text}`,
        check.baseline && describeBaseline(check.baseline, metricDimension(check)),
        check.spread && [check.spread.fail && `spread fail ${check.spread.fail.text}`, check.spread.warn && `spread warn ${check.spread.warn.text}`].filter(Boolean).join(", "),
      ].filter((p): p is string => !!p);
      const per = check.per === undefined ? "" : ` (per ${formatSeconds(check.per)})`;
      return (parts.length ? parts.join(", ") : "no limits") + per;
    }
    case "http": {
      const json = Object.entries(check.json).map(([path, v]) => `${path} = ${JSON.stringify(v)}`);
      return [`status ${check.status.join(" or ")}`, ...json].join(", ");
    }
    case "alerts":
      return alertsLimit(check);
    case "sequential":
      return describeMaxRatio(check);
  }
}

/**
 * An alerts check's limit, worded as a rule: "none firing" beside an `error` outcome read
 * as if the alerts had been read and found quiet.
 */
export function alertsLimit(check: { readonly severity: "fail" | "warn" }): string {
  return `${check.severity} if a matching alert fires`;
}

/** `/h` for a trend per hour, `/30m` for other periods. */
function perSuffix(per: number | undefined): string {
  if (per === undefined) return "";
  const text = formatSeconds(per);
  return `/${text.replace(/^1(?=[a-z]+$)/, "")}`;
}

/** The values of a measurement as text; `undefined` where not measured. */
export interface ShownValues {
  readonly canary?: string;
  readonly baseline?: string;
  readonly delta?: string;
}

/** Formats a measurement's values in the check's units (`0.4%`, `12MB/h`, `status 200`). */
export function showMeasured(m: Measurement, check: Check | undefined): ShownValues {
  if (check?.kind === "http") return m.canary === undefined ? {} : { canary: `status ${m.canary}` };
  if (check?.kind === "alerts") return m.canary === undefined ? {} : { canary: `${m.canary} firing` };
  if (m.sequential) {
    // Event rates over the soak's informative rounds, and the ratio with its interval.
    const s = m.sequential;
    const rate = (events: number, total: number) => (total > 0 ? `${formatValue(events / total, "ratio")} (${events}/${total})` : undefined);
    const canary = rate(s.canaryEvents, s.canaryTotal);
    const baseline = rate(s.baselineEvents, s.baselineTotal);
    return { ...(canary && { canary }), ...(baseline && { baseline }), delta: formatInterval(s.interval, s.alpha, s.maxRatio) };
  }
  const suffix = check?.kind === "metric" ? perSuffix(check.per) : "";
  const show = (v: number) => formatValue(v, m.dimension) + suffix;
  return {
    ...(m.canary !== undefined && { canary: show(m.canary) }),
    ...(m.baseline !== undefined && { baseline: show(m.baseline) }),
    ...(m.delta !== undefined && { delta: signed(m.delta, m.dimension) + suffix }),
  };
}
