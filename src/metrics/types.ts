/**
 * Ports for reading the world: Prometheus (or anything speaking its HTTP API) and HTTP
 * probes. The judge depends on these interfaces only.
 */

/** One series of an instant vector. `value` may be NaN or ±Inf: callers decide, never read as 0. */
export interface Sample {
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface InstantResult {
  /** The query exactly as sent. */
  readonly query: string;
  /** Evaluation time. */
  readonly time: Date;
  readonly resultType: "vector" | "scalar";
  /** Empty when the query matched nothing: that is no data, not zero. */
  readonly samples: readonly Sample[];
  /** Prometheus `warnings` (partial data); surfaced in evidence and as warnings. */
  readonly warnings: readonly string[];
}

export interface RangeSeries {
  readonly labels: Readonly<Record<string, string>>;
  readonly points: readonly (readonly [time: number, value: number])[];
}

export interface RangeResult {
  readonly query: string;
  readonly series: readonly RangeSeries[];
  readonly warnings: readonly string[];
}

/** Why a read failed. `query` is the user's to fix (Prometheus rejected the PromQL). */
export type MetricsErrorKind = "network" | "timeout" | "http" | "query" | "response";

export class MetricsError extends Error {
  constructor(
    readonly kind: MetricsErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "MetricsError";
  }
}

/** Prometheus HTTP API, `/api/v1/query` and `/api/v1/query_range`. */
export interface MetricsSource {
  instant(query: string, time: Date, signal?: AbortSignal): Promise<InstantResult>;
  range(query: string, start: Date, end: Date, stepSeconds: number, signal?: AbortSignal): Promise<RangeResult>;
}

export interface ProbeResult {
  readonly ok: boolean;
  readonly status?: number;
  /** The JSON fields that were looked at, with the values found. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Why it failed, for people: `status 503, expected 200`, `status: "degraded", expected "healthy"`. */
  readonly detail: string;
  readonly attempts: number;
  readonly durationMs: number;
  /** The request could not be made or timed out (an error, not a failed check). */
  readonly unreachable: boolean;
}

export interface ProbeRequest {
  readonly url: string;
  readonly method: "GET" | "HEAD" | "POST";
  readonly headers: Readonly<Record<string, string>>;
  readonly status: readonly number[];
  readonly json: Readonly<Record<string, string | number | boolean | null>>;
  /** Seconds. */
  readonly timeout: number;
  readonly retries: number;
}

export interface Prober {
  probe(request: ProbeRequest, signal?: AbortSignal): Promise<ProbeResult>;
}
