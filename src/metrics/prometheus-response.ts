/**
 * Reading Prometheus API bodies (`{status, data, warnings}`) into results, checking the
 * shape as we go. Anything unexpected is a MetricsError "response" that says what was
 * received. Values stay what Prometheus said: NaN and ±Inf are kept, never read as 0.
 */
import { quote } from "../errors.js";
import type { InstantResult, RangeResult, RangeSeries, Sample } from "./types.js";
import { MetricsError } from "./types.js";

/** A parsed envelope: data on success, Prometheus's own error otherwise. */
export type Envelope =
  | { readonly ok: true; readonly data: unknown; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errorType: string; readonly error: string; readonly warnings: readonly string[] };

/** Parses a body as a Prometheus API envelope; undefined when it is not one. */
export function readEnvelope(body: string): Envelope | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  const warnings = Array.isArray(json.warnings) ? json.warnings.map(String) : [];
  if (json.status === "success" && "data" in json) return { ok: true, data: json.data, warnings };
  if (json.status === "error") {
    return { ok: false, errorType: String(json.errorType ?? "unknown"), error: String(json.error ?? ""), warnings };
  }
  return undefined;
}

/** Error types that mean the query itself is wrong, not the server. */
export function isQueryError(errorType: string): boolean {
  return errorType === "bad_data" || errorType === "execution";
}

/** `an empty body` or `"<html>…"`: a received body for an error message, one line, short. */
export function describeBody(body: string): string {
  const line = body.replace(/\s+/g, " ").trim();
  if (!line) return "an empty body";
  return quote(line, 120);
}

/** Turns instant-query data into a result: vectors as they are, a scalar as one unlabeled sample. */
export function toInstantResult(data: unknown, query: string, time: Date, warnings: readonly string[]): InstantResult {
  const { resultType, result } = resultOf(data);
  if (resultType === "vector") {
    const samples = list(result, "data.result").map((item, i): Sample => {
      const path = `data.result[${i}]`;
      const series = record(item, path);
      if ("histogram" in series && !("value" in series)) {
        throw shape(`${path} is a native histogram sample; wrap the query in histogram_quantile() or similar`);
      }
      return { labels: labelsOf(series.metric, `${path}.metric`), value: pointOf(series.value, `${path}.value`)[1] };
    });
    return { query, time, resultType, samples, warnings };
  }
  if (resultType === "scalar") {
    return { query, time, resultType, samples: [{ labels: {}, value: pointOf(result, "data.result")[1] }], warnings };
  }
  if (resultType === "matrix") {
    throw shape("the query returned a range vector (matrix) where an instant vector or scalar was expected; remove the [range] or wrap it in a function such as rate()");
  }
  throw shape(`the query returned a ${describeType(resultType)} where an instant vector or scalar was expected`);
}

/** Turns range-query data (a matrix) into series of [unix seconds, value] points. */
export function toRangeResult(data: unknown, query: string, warnings: readonly string[]): RangeResult {
  const { resultType, result } = resultOf(data);
  if (resultType !== "matrix") throw shape(`a range query returned a ${describeType(resultType)} where a matrix was expected`);
  const series = list(result, "data.result").map((item, i): RangeSeries => {
    const path = `data.result[${i}]`;
    const s = record(item, path);
    const values = s.values === undefined ? [] : list(s.values, `${path}.values`);
    return { labels: labelsOf(s.metric, `${path}.metric`), points: values.map((v, j) => pointOf(v, `${path}.values[${j}]`)) };
  });
  return { query, series, warnings };
}

/** Prometheus writes sample values as strings: "1.5", "NaN", "+Inf", "-Inf". */
export function parseSampleValue(raw: unknown, path = "value"): number {
  if (typeof raw !== "string") throw shape(`${path} is ${describeJson(raw)}, expected a number as a string`);
  const text = raw.trim().toLowerCase();
  if (text === "nan") return Number.NaN;
  if (text === "+inf" || text === "inf") return Number.POSITIVE_INFINITY;
  if (text === "-inf") return Number.NEGATIVE_INFINITY;
  const value = Number(text);
  // Number("") is 0: an empty value must not pass as zero.
  if (text === "" || Number.isNaN(value)) throw shape(`${path} is ${describeJson(raw)}, expected a number`);
  return value;
}

function resultOf(data: unknown): { resultType: unknown; result: unknown } {
  const d = record(data, "data");
  return { resultType: d.resultType, result: d.result };
}

function pointOf(raw: unknown, path: string): [number, number] {
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== "number") {
    throw shape(`${path} is ${describeJson(raw)}, expected [time, "value"]`);
  }
  return [raw[0], parseSampleValue(raw[1], path)];
}

function labelsOf(raw: unknown, path: string): Record<string, string> {
  if (raw === undefined) return {};
  const labels = record(raw, path);
  for (const [name, value] of Object.entries(labels)) {
    if (typeof value !== "string") throw shape(`${path}.${name} is ${describeJson(value)}, expected a string`);
  }
  return labels as Record<string, string>;
}

function record(raw: unknown, path: string): Record<string, unknown> {
  if (!isRecord(raw)) throw shape(`${path} is ${describeJson(raw)}, expected an object`);
  return raw;
}

function list(raw: unknown, path: string): unknown[] {
  if (!Array.isArray(raw)) throw shape(`${path} is ${describeJson(raw)}, expected a list`);
  return raw;
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw);
}

function describeType(resultType: unknown): string {
  return typeof resultType === "string" ? `${resultType} result` : `result of type ${describeJson(resultType)}`;
}

function describeJson(raw: unknown): string {
  if (raw === undefined) return "missing";
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function shape(message: string): MetricsError {
  return new MetricsError("response", `Prometheus sent an unexpected answer: ${message}`);
}
