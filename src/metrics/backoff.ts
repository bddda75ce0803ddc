/**
 * When to try a read again: exponential backoff with full jitter, and the server's own
 * `Retry-After` when it gives one. Full jitter spreads the retries of many gates that
 * failed together, so a recovering Prometheus is not hit by all of them at once.
 */

/** How often and how patiently to retry. `attempts` counts the first try. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5000 };

/**
 * A `Retry-After` longer than this is not honored in full: a gate round must not stall
 * for as long as an overloaded server asks.
 */
export const RETRY_AFTER_CAP_MS = 30_000;

/**
 * Delay before attempt `attempt + 1`, after `attempt` (1-based) failed: a random point in
 * [0, min(max, base * 2^(attempt-1))].
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/**
 * Reads `Retry-After` (delta-seconds or an HTTP date) as milliseconds from `now`, capped at
 * {@link RETRY_AFTER_CAP_MS}; undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | null | undefined, now: Date): number | undefined {
  if (header === null || header === undefined || header.trim() === "") return undefined;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    ms = at - now.getTime();
  }
  return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}

/** `1.5s`, `250ms`: a delay for a log line. */
export function formatDelay(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(2))}s` : `${ms}ms`;
}
