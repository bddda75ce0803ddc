/**
 * The Prometheus HTTP API client (`/api/v1/query`, `/api/v1/query_range`), as spoken by
 * Prometheus, Thanos, Mimir, Cortex and VictoriaMetrics alike; nothing here assumes more.
 *
 * Network errors, timeouts, 5xx and 429 are retried with backoff; other 4xx are not: a
 * rejected query is the user's to fix and carries Prometheus's message as it was sent.
 * Secrets (token, password, Authorization) never reach an error, a log line or a result.
 */
import type { Agent } from "node:https";
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import { secretBlanker } from "../secrets.js";
import { backoffDelay, formatDelay, retryAfterMs } from "./backoff.js";
import { sendHttp, type HttpOutcome } from "./http-request.js";
import { resolveClientOptions, type ClientSettings, type PrometheusClientOptions } from "./prometheus-options.js";
import { describeBody, isQueryError, readEnvelope, toInstantResult, toRangeResult } from "./prometheus-response.js";
import { MetricsError, type MetricsErrorKind, type MetricsSource } from "./types.js";

export type { PrometheusClientOptions } from "./prometheus-options.js";

export interface PrometheusClientDeps {
  readonly clock: Clock;
  readonly log: Logger;
  /** Jitter source, [0, 1). Defaults to Math.random. */
  readonly random?: () => number;
}

/** Why one attempt failed, and whether another may succeed. */
interface Failure {
  readonly kind: MetricsErrorKind;
  readonly message: string;
  readonly status?: number;
  readonly retry: boolean;
  readonly waitMs?: number;
}

/**
 * Creates a client. Options are validated at once (ConfigurationError listing every
 * problem), before any request is made.
 */
export function createPrometheusClient(options: PrometheusClientOptions, deps: PrometheusClientDeps): MetricsSource {
  return connectPrometheus(resolveClientOptions(options), deps);
}

/** A client for settings already validated (`resolveClientOptions`, `resolveConnection`). */
export function connectPrometheus(settings: ClientSettings, deps: PrometheusClientDeps): MetricsSource {
  const agent = settings.ca !== undefined ? caAgent(settings.ca) : undefined;
  const redact = secretBlanker(settings.secrets);
  const random = deps.random ?? Math.random;

  async function call(path: string, params: Record<string, string>, query: string, signal?: AbortSignal) {
    const { retry } = settings;
    for (let attempt = 1; ; attempt++) {
      const outcome = await send(settings, agent, path, params, signal);
      const result = classify(outcome, settings, deps.clock.now());
      if (!("kind" in result)) {
        // Warnings are server text that ends up in evidence: blank out secrets a proxy may echo.
        const warnings = result.warnings.map(redact);
        for (const warning of warnings) deps.log.warning(`Prometheus warned about ${shortQuery(query)}: ${warning}`);
        return { data: result.data, warnings };
      }
      const failure = result;
      if (!failure.retry || attempt >= retry.attempts) {
        const tries = attempt > 1 ? ` (after ${attempt} attempts)` : "";
        throw new MetricsError(failure.kind, redact(`${failure.message}${tries}`), failure.status);
      }
      const delay = failure.waitMs ?? backoffDelay(retry, attempt, random);
      deps.log.info(
        redact(`Prometheus attempt ${attempt} of ${retry.attempts} failed: ${failure.message}; retrying in ${formatDelay(delay)}`),
      );
      await deps.clock.sleep(delay, signal);
    }
  }

  return {
    async instant(query, time, signal) {
      const { data, warnings } = await call("/api/v1/query", { query, time: unixSeconds(time) }, query, signal);
      return toInstantResult(data, query, time, warnings);
    },
    async range(query, start, end, stepSeconds, signal) {
      if (!(stepSeconds > 0)) throw new Error(`range query step must be positive, got ${stepSeconds}`);
      const params = { query, start: unixSeconds(start), end: unixSeconds(end), step: String(stepSeconds) };
      const { data, warnings } = await call("/api/v1/query_range", params, query, signal);
      return toRangeResult(data, query, warnings);
    },
  };
}

/**
 * The https agent that trusts `ca`, made with the first request: node:https (and TLS
 * under it) is loaded then, with the HTTP client, not when a step starts.
 */
function caAgent(ca: string): () => Promise<Agent> {
  let agent: Promise<Agent> | undefined;
  return () => (agent ??= import("node:https").then(({ Agent }) => new Agent({ ca, keepAlive: true })));
}

async function send(settings: ClientSettings, lazyAgent: (() => Promise<Agent>) | undefined, path: string, params: Record<string, string>, signal?: AbortSignal) {
  const agent = await lazyAgent?.();
  const form = new URLSearchParams(params).toString();
  const headers = { Accept: "application/json", "User-Agent": "deploy-playbook", ...settings.headers };
  const common = { headers, timeoutMs: settings.timeoutMs, ...(agent ? { agent } : {}), ...(signal ? { signal } : {}) };
  if (settings.method === "GET") return sendHttp({ ...common, url: `${settings.base}${path}?${form}`, method: "GET" });
  return sendHttp({
    ...common,
    url: `${settings.base}${path}`,
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
    body: form,
  });
}

/** Success (data and warnings) or the reason this attempt failed. */
function classify(outcome: HttpOutcome, settings: ClientSettings, now: Date): { data: unknown; warnings: readonly string[] } | Failure {
  const limit = formatDelay(settings.timeoutMs);
  if (outcome.kind === "timeout") return { kind: "timeout", message: `Prometheus did not answer within ${limit}`, retry: true };
  if (outcome.kind === "network") {
    const hint = outcome.permanent ? " (is prometheus-ca set to the CA that signed the server's certificate?)" : "";
    return { kind: "network", message: `cannot reach Prometheus at ${settings.base}: ${outcome.cause}${hint}`, retry: !outcome.permanent };
  }
  const { status, statusText, body } = outcome;
  const envelope = readEnvelope(body);
  const answered = `Prometheus answered ${status}${statusText ? ` ${statusText}` : ""}`;
  if (status >= 200 && status < 300) {
    if (!envelope) {
      return { kind: "response", message: `Prometheus sent a body that is not an API response: received ${describeBody(body)}`, retry: false };
    }
    if (envelope.ok) return { data: envelope.data, warnings: envelope.warnings };
    const kind = isQueryError(envelope.errorType) ? "query" : "response";
    return { kind, message: `Prometheus rejected the query (${envelope.errorType}): ${envelope.error}`, status, retry: false };
  }
  const said = envelope && !envelope.ok ? `${envelope.errorType}: ${envelope.error}` : describeBody(body);
  if (status >= 500 || status === 429) {
    const waitMs = retryAfterMs(outcome.header("retry-after"), now);
    return { kind: "http", message: `${answered}: ${said}`, status, retry: true, ...(waitMs !== undefined ? { waitMs } : {}) };
  }
  if ((status === 400 || status === 422) && envelope && !envelope.ok) {
    return { kind: "query", message: `Prometheus rejected the query (${envelope.errorType}): ${envelope.error}`, status, retry: false };
  }
  const hint =
    status === 401 || status === 403
      ? " (check the token or username/password)"
      : status === 404
        ? ` (is ${settings.base} the Prometheus API base, with its path prefix?)`
        : "";
  return { kind: "http", message: `${answered}${hint}: ${said}`, status, retry: false };
}

/** Unix seconds with milliseconds, the form every Prometheus-compatible API accepts. */
function unixSeconds(time: Date): string {
  const ms = time.getTime();
  if (Number.isNaN(ms)) throw new Error("query time is an invalid Date");
  return (ms / 1000).toFixed(3);
}

function shortQuery(query: string): string {
  const line = query.replace(/\s+/g, " ").trim();
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}
