/**
 * Scenarios as OpenMetrics text, for `promtool tsdb create-blocks-from openmetrics`.
 *
 * Every series is sampled every `stepSeconds` from `start` to `end` (both included) by a
 * function of `t`, the seconds since `start`. A function that returns `undefined` writes
 * no sample at that `t` (a missed scrape, a series that starts late) and counts nothing.
 *
 *   const text = openMetrics({ start: SCENARIO_START, end: minutesAfter(SCENARIO_START, 30), stepSeconds: 15 })
 *     .counter("http_requests_total", { version: "canary", code: "200" }, { perSecond: () => 10 })
 *     .counter("http_requests_total", { version: "canary", code: "500" }, { perSecond: (t) => (t >= 600 ? 1 : 0) })
 *     .gauge("process_resident_memory_bytes", { version: "canary" }, (t) => 100e6 + t * 1000)
 *     .histogram("http_request_duration_seconds", { version: "canary" }, {
 *       buckets: [0.1, 0.5, 1],
 *       observe: () => [[0.05, 90], [0.3, 10]], // per step: 90 requests of 50 ms, 10 of 300 ms
 *     })
 *     .text();
 *
 * Counters are checked to be monotonic; a scenario that wants a reset says so.
 */

/** The start of every scenario unless a test says otherwise; also `fakeClock()`'s default start. */
export const SCENARIO_START = new Date("2026-01-05T10:00:00Z");

export function minutesAfter(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * 60_000);
}

export interface Timeline {
  readonly start: Date;
  /** Last sample time, included when it falls on a step. */
  readonly end: Date;
  /** Seconds between samples; default 15 (Prometheus's usual scrape interval). */
  readonly stepSeconds?: number;
}

export type Labels = Readonly<Record<string, string>>;
/** A value at `t` seconds after the start (and at the absolute time `at`); `undefined` means no sample. */
export type SampleFn = (t: number, at: Date) => number | undefined;

export type CounterSpec =
  | {
      /** Increase per second during the step that ends at `t`; the counter starts at `initial` (default 0). */
      readonly perSecond: SampleFn;
      readonly initial?: number;
      /**
       * Seconds after the start at which the process restarts: the counter falls back and
       * counts again from 0 at the previous step, so no increase is lost and `rate()` stays exact.
       */
      readonly resetsAt?: readonly number[];
    }
  | {
      /** The counter's value itself; must not decrease unless `allowResets`. */
      readonly total: SampleFn;
      readonly allowResets?: boolean;
    };

export interface HistogramSpec {
  /** Upper bounds, ascending; `+Inf` is added. */
  readonly buckets: readonly number[];
  /** Observations during the step that ends at `t`, as [value, count] pairs. */
  readonly observe: (t: number, at: Date) => readonly (readonly [value: number, count: number])[] | undefined;
}

type Kind = "counter" | "gauge" | "histogram";
interface Family {
  readonly kind: Kind;
  readonly help?: string;
  readonly lines: string[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export interface OpenMetricsBuilder {
  /** A gauge series. */
  gauge(name: string, labels: Labels, value: SampleFn, help?: string): OpenMetricsBuilder;
  /** A counter series; `name` with or without `_total`. */
  counter(name: string, labels: Labels, spec: CounterSpec, help?: string): OpenMetricsBuilder;
  /** A classic histogram series: cumulative `_bucket{le}`, `_sum`, `_count`. */
  histogram(name: string, labels: Labels, spec: HistogramSpec, help?: string): OpenMetricsBuilder;
  /** The OpenMetrics text, families in the order first added, ending with `# EOF`. */
  text(): string;
}

/** Starts a scenario over a timeline. */
export function openMetrics(timeline: Timeline): OpenMetricsBuilder {
  const step = timeline.stepSeconds ?? 15;
  if (!(step > 0)) throw new Error(`stepSeconds must be positive, got ${step}`);
  const startMs = timeline.start.getTime();
  const times: number[] = [];
  for (let ms = startMs; ms <= timeline.end.getTime(); ms += step * 1000) times.push(ms);
  if (times.length === 0) throw new Error("the timeline is empty: end is before start");

  const families = new Map<string, Family>();
  const family = (name: string, kind: Kind, help?: string): string[] => {
    if (!METRIC_NAME.test(name)) throw new Error(`invalid metric name ${JSON.stringify(name)}`);
    const existing = families.get(name);
    if (existing && existing.kind !== kind) throw new Error(`${name} is already a ${existing.kind}, not a ${kind}`);
    if (existing) return existing.lines;
    const created: Family = { kind, lines: [], ...(help ? { help } : {}) };
    families.set(name, created);
    return created.lines;
  };
  const each = (fn: (t: number, at: Date, ms: number) => void) => {
    for (const ms of times) fn((ms - startMs) / 1000, new Date(ms), ms);
  };

  const builder: OpenMetricsBuilder = {
    gauge(name, labels, value, help) {
      const lines = family(name, "gauge", help);
      each((t, at, ms) => {
        const v = value(t, at);
        if (v !== undefined) lines.push(sampleLine(name, labels, v, ms));
      });
      return builder;
    },
    counter(name, labels, spec, help) {
      const base = name.endsWith("_total") ? name.slice(0, -"_total".length) : name;
      const lines = family(base, "counter", help);
      const series = `${base}_total`;
      if ("perSecond" in spec) {
        const resets = new Set(spec.resetsAt ?? []);
        let total = spec.initial ?? 0;
        each((t, at, ms) => {
          const rate = spec.perSecond(t, at);
          if (rate === undefined) return;
          if (rate < 0) throw new Error(`${series}: perSecond is negative (${rate}) at t=${t}`);
          if (t > 0) total = (resets.has(t) ? 0 : total) + rate * step;
          lines.push(sampleLine(series, labels, total, ms));
        });
      } else {
        let previous = Number.NEGATIVE_INFINITY;
        each((t, at, ms) => {
          const v = spec.total(t, at);
          if (v === undefined) return;
          if (v < previous && !spec.allowResets) {
            throw new Error(`${series} decreases at t=${t} (${previous} -> ${v}); pass allowResets: true if the scenario means a reset`);
          }
          previous = v;
          lines.push(sampleLine(series, labels, v, ms));
        });
      }
      return builder;
    },
    histogram(name, labels, spec, help) {
      if ("le" in labels) throw new Error(`${name}: the le label is the builder's`);
      const bounds = [...spec.buckets];
      if (bounds.some((b, i) => i > 0 && b <= bounds[i - 1]!)) throw new Error(`${name}: buckets must be ascending`);
      bounds.push(Number.POSITIVE_INFINITY);
      const lines = family(name, "histogram", help);
      const counts = bounds.map(() => 0);
      let sum = 0;
      let count = 0;
      each((t, at, ms) => {
        const observations = spec.observe(t, at);
        if (observations === undefined) return;
        if (t > 0) {
          for (const [value, n] of observations) {
            bounds.forEach((le, i) => {
              if (value <= le) counts[i]! += n;
            });
            sum += value * n;
            count += n;
          }
        }
        bounds.forEach((le, i) => lines.push(sampleLine(`${name}_bucket`, { ...labels, le: formatNumber(le) }, counts[i]!, ms)));
        lines.push(sampleLine(`${name}_sum`, labels, sum, ms));
        lines.push(sampleLine(`${name}_count`, labels, count, ms));
      });
      return builder;
    },
    text() {
      const out: string[] = [];
      for (const [name, f] of families) {
        out.push(`# TYPE ${name} ${f.kind}`);
        if (f.help) out.push(`# HELP ${name} ${f.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`);
        out.push(...f.lines);
      }
      out.push("# EOF");
      return `${out.join("\n")}\n`;
    },
  };
  return builder;
}

function sampleLine(name: string, labels: Labels, value: number, ms: number): string {
  return `${name}${renderLabels(labels)} ${formatNumber(value)} ${formatTimestamp(ms)}`;
}

function renderLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return "";
  const parts = entries.map(([name, value]) => {
    if (!LABEL_NAME.test(name)) throw new Error(`invalid label name ${JSON.stringify(name)}`);
    return `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
  });
  return `{${parts.join(",")}}`;
}

/** OpenMetrics numbers: NaN, +Inf, -Inf, or a decimal. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

/** OpenMetrics timestamps are seconds, with milliseconds when needed. */
function formatTimestamp(ms: number): string {
  return ms % 1000 === 0 ? String(ms / 1000) : (ms / 1000).toFixed(3);
}
