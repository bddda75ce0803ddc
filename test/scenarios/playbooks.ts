/** Playbook text for the scenarios: each reads only its own service's series. */

/** The error ratio of the side `$selector` picks. */
export const ERROR_RATE = `sum(rate(http_requests_total{code=~"5..", $selector}[5m])) / sum(rate(http_requests_total{$selector}[5m]))`;
/** The side's p99 latency from the classic histogram. */
export const P99 = `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{$selector}[5m])))`;

/** A playbook for one scenario's service; `checks` and `stage` are YAML as a user writes them. */
export function playbook(service: string, checks: string, stage: string, canary = "canary"): string {
  return `
version: 1
service: ${service}
selectors:
  canary: { service: ${service}, version: ${canary} }
  baseline: { service: ${service}, version: stable }
checks:
${checks}
stages:
  - ${stage}
`;
}

/** The checks the scenarios hold, as a user writes them under `checks:`. */
export const errorRate = `
  error-rate:
    query: ${ERROR_RATE}
    fail: "> 5%"
    warn: "> 1%"`;
export const errorRateVsBaseline = `${errorRate}
    baseline: { max-increase: 1% }`;
export const p99Latency = `
  p99-latency:
    query: ${P99}
    fail: "> 1s"
    warn: "> 500ms"`;
export const memoryGrowth = `
  memory-growth:
    query: deriv(process_resident_memory_bytes{$selector}[30m])
    per: 1h
    fail: "> 20MB"
    warn: "> 10MB"`;
