/**
 * A hand-written MetricsSource: rules match a query (by substring, regex or predicate) and
 * answer with a number, samples, nothing (no data), or an error. Unmatched queries get an
 * empty vector, as Prometheus answers a selector that matches nothing.
 */
import { MetricsError, type InstantResult, type MetricsSource, type Sample } from "../../src/metrics/types.js";

/** One call the judge made. */
export interface MetricsCall {
  readonly query: string;
  readonly time: Date;
}

/** What a rule answers: a single unlabelled value, samples, no data, an error, or a full result. */
export type Answer =
  | number
  | readonly Sample[]
  | null
  | Error
  | { readonly samples: readonly Sample[]; readonly warnings: readonly string[] };

/** When the answer is a function, it gets the call and how many times this rule answered before. */
export interface AnswerContext extends MetricsCall {
  readonly call: number;
}

export interface Rule {
  readonly match: (query: string) => boolean;
  readonly answer: (ctx: AnswerContext) => Answer;
  calls: number;
}

export type Matcher = string | RegExp | ((query: string) => boolean);

/** A rule: `when('version="canary"', 0.004)` or `when(/ALERTS/, [sample({alertname: "X"}, 1)])`. */
export function when(match: Matcher, answer: Answer | ((ctx: AnswerContext) => Answer)): Rule {
  const test =
    typeof match === "string" ? (q: string) => q.includes(match) : match instanceof RegExp ? (q: string) => match.test(q) : match;
  return { match: test, answer: typeof answer === "function" ? answer : () => answer, calls: 0 };
}

/** A sample with labels. */
export function sample(labels: Record<string, string>, value: number): Sample {
  return { labels, value };
}

/** The first matching rule answers; later rules are fallbacks. */
export function fakeMetrics(...rules: Rule[]): MetricsSource & { readonly calls: MetricsCall[] } {
  const calls: MetricsCall[] = [];
  return {
    calls,
    async instant(query, time, signal) {
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      calls.push({ query, time });
      const rule = rules.find((r) => r.match(query));
      const answer = rule ? rule.answer({ query, time, call: rule.calls++ }) : null;
      if (answer instanceof Error) throw answer;
      return toResult(query, time, answer);
    },
    async range() {
      throw new MetricsError("response", "range queries are not used by the judge");
    },
  };
}

function toResult(query: string, time: Date, answer: Exclude<Answer, Error>): InstantResult {
  const base = { query, time, resultType: "vector" as const };
  if (answer === null) return { ...base, samples: [], warnings: [] };
  if (typeof answer === "number") return { ...base, samples: [{ labels: {}, value: answer }], warnings: [] };
  if (Array.isArray(answer)) return { ...base, samples: answer as readonly Sample[], warnings: [] };
  const full = answer as { samples: readonly Sample[]; warnings: readonly string[] };
  return { ...base, samples: full.samples, warnings: full.warnings };
}

/** Minutes since `start` at the time of a call: answers that change over the soak. */
export function minutesSince(start: Date, ctx: MetricsCall): number {
  return (ctx.time.getTime() - start.getTime()) / 60_000;
}
