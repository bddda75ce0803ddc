/**
 * One round of a sequential check: read both counters on both sides, take the whole
 * increases since the last round (`sequential/counters.ts`), add them to the running
 * confidence sequence (`sequential/rate-ratio.ts`), and say what it shows.
 *
 * A round where a side served no request, or whose counters could not be read, is no-data
 * or an error, never a pass; its readings are kept back so the next round's counts cover
 * it. A decided pass is held, but the check goes on counting and a later fail still wins.
 */
import { renderQuery } from "../playbook/promql.js";
import type { SequentialCheck } from "../playbook/types.js";
import { describeReadError } from "./outcome.js";
import { increase, toReading } from "./sequential/counters.js";
import { confidenceSequence, createRateRatio, decide, update, type RoundCounts, type SequentialDecision } from "./sequential/rate-ratio.js";
import { confidenceText, describeInterval, formatRatio } from "./sequential/words.js";
import type { CheckMemory, CounterReading, EvaluationContext, JudgeDeps, Measurement, Outcome, SequentialMemory, SequentialReading } from "./types.js";

type Side = "canary" | "baseline";
type SideReading = { readonly events: CounterReading; readonly total: CounterReading };

/** The four queries of a round, as sent: events (or good) and total, canary then baseline. */
export function sequentialQueries(check: SequentialCheck, ctx: EvaluationContext): { canary: [string, string]; baseline: [string, string] } {
  const events = check.events ?? check.good!;
  const side = (s: Side): [string, string] => [renderQuery(events, ctx.selectors[s]).trim(), renderQuery(check.total, ctx.selectors[s]).trim()];
  return { canary: side("canary"), baseline: side("baseline") };
}

/** Evaluates a sequential check once, at `deps.clock.now()`, against what `memory` kept. */
export async function evaluateSequential(
  check: SequentialCheck,
  ctx: EvaluationContext,
  deps: JudgeDeps,
  signal: AbortSignal | undefined,
  memory: CheckMemory,
): Promise<Measurement> {
  const queries = sequentialQueries(check, ctx);
  const all = [...queries.canary, ...queries.baseline];
  const base = { check: check.name, dimension: "ratio" as const, queries: all, limit: describeMaxRatio(check) };
  const kept = memory.sequential;
  if (!kept && memory.since === undefined) {
    return { ...base, warnings: [], outcome: "no-data", detail: "no data: a sequential check counts over a soak and has no start to count from" };
  }

  const at = deps.clock.now();
  // Every counter at one instant, and at the soak's start on the first round: one round trip.
  const reads = await Promise.allSettled([
    ...all.map((q) => deps.metrics.instant(q, at, signal)),
    ...(kept ? [] : all.map((q) => deps.metrics.instant(q, memory.since!, signal))),
  ]);
  if (signal?.aborted) throw signal.reason ?? new Error("aborted");
  const state = kept?.state ?? createRateRatio({ maxRatio: check.maxRatio });
  const decision = kept?.decision ?? "undecided";
  const reading = (counts?: RoundCounts, skipped?: SequentialReading["skipped"]) => summarize(check, state, decision, counts, skipped);

  const warnings: string[] = [];
  const failed = reads.find((r) => r.status === "rejected");
  if (failed) return { ...base, warnings, outcome: "error", detail: describeReadError(check.name, failed.reason), sequential: reading() };
  const results = reads.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof deps.metrics.instant>>>).value);
  for (const r of results) warnings.push(...r.warnings);

  const parsed = results.map((r) => toReading(r.samples));
  const bad = parsed.findIndex((p) => "problem" in p);
  if (bad >= 0) {
    const problem = (parsed[bad] as { problem: string }).problem;
    return { ...base, warnings, outcome: "error", detail: `${check.name}: ${problem}`, sequential: reading() };
  }
  const now = parsed.map((p) => (p as { reading: CounterReading }).reading);
  const sideNow = (i: number): SideReading => ({ events: now[i]!, total: now[i + 1]! });
  const current = { canary: sideNow(0), baseline: sideNow(2) };
  const before = kept?.readings ?? { canary: sideNow(4), baseline: sideNow(6) };

  // A total that matches no series, or a bucket that matches none, is a selector that reads nothing.
  for (const side of ["canary", "baseline"] as const) {
    const missing = current[side].total.size === 0 ? "total" : check.good !== undefined && current[side].events.size === 0 ? "good" : undefined;
    if (missing) {
      const hint = missing === "good" ? " (is the bucket's le written as the exporter writes it?)" : "";
      return { ...base, warnings, outcome: "no-data", detail: `no data: the ${side}'s ${missing} counter matched no series${hint}`, sequential: reading() };
    }
  }

  const counted = { canary: countSide(check, before.canary, current.canary), baseline: countSide(check, before.baseline, current.baseline) };
  for (const side of ["canary", "baseline"] as const) {
    const c = counted[side];
    if (c.events < 0 || c.events > c.total) {
      const what = check.good !== undefined ? `good ${c.total - c.events}` : `events ${c.events}`;
      return { ...base, warnings, outcome: "error", detail: `${check.name}: on the ${side}, ${what} against total ${c.total}: the counters do not count the same requests`, sequential: reading() };
    }
  }
  const counts: RoundCounts = {
    canaryEvents: counted.canary.events,
    canaryTotal: counted.canary.total,
    baselineEvents: counted.baseline.events,
    baselineTotal: counted.baseline.total,
  };
  const next = update(state, counts);
  const nextDecision = holdDecision(decision, decide(next.state, check.maxRatio, check.alpha));
  memory.sequential = {
    state: next.state,
    decision: nextDecision,
    readings: { canary: counted.canary.readings, baseline: counted.baseline.readings },
  } satisfies SequentialMemory;
  const sequential = summarize(check, next.state, nextDecision, counts, next.skipped);

  if (next.skipped === "no-canary-traffic" || next.skipped === "no-baseline-traffic") {
    const side = next.skipped === "no-canary-traffic" ? "canary" : "baseline";
    return { ...base, warnings, outcome: "no-data", detail: `no data: the ${side} served no requests in this round`, sequential, ...values(sequential) };
  }
  return { ...base, warnings, outcome: OUTCOME[nextDecision], detail: describeInterval(sequential), sequential, ...values(sequential) };
}

const OUTCOME: Readonly<Record<SequentialDecision, Outcome>> = { fail: "fail", pass: "pass", undecided: "undecided" };

/**
 * The first decision stands, except that a fail overrides a held pass (fail closed): the
 * running intersection of a confidence sequence is one too, so holding a pass keeps the
 * guarantee, and a later fail is evidence of harm however it came.
 */
export function holdDecision(held: SequentialDecision, now: SequentialDecision): SequentialDecision {
  if (held === "fail") return "fail";
  if (held === "pass") return now === "fail" ? "fail" : "pass";
  return now;
}

/** `max-ratio ×1.5 at 99%`. */
export function describeMaxRatio(check: Pick<SequentialCheck, "maxRatio" | "alpha">): string {
  return `max-ratio ${formatRatio(check.maxRatio)} at ${confidenceText(check.alpha)}`;
}


function countSide(check: SequentialCheck, before: SideReading, now: SideReading) {
  const events = increase(before.events, now.events);
  const total = increase(before.total, now.total);
  return {
    events: check.good !== undefined ? total.count - events.count : events.count,
    total: total.count,
    readings: { events: events.reading, total: total.reading },
  };
}

function summarize(
  check: SequentialCheck,
  state: ReturnType<typeof createRateRatio>,
  decision: SequentialDecision,
  counts?: RoundCounts,
  skipped?: SequentialReading["skipped"],
): SequentialReading {
  const sum = (f: keyof RoundCounts) => state.rounds.reduce((s, r) => s + r[f], 0);
  return {
    maxRatio: check.maxRatio,
    alpha: check.alpha,
    ...(counts && { counts }),
    ...(skipped && { skipped }),
    decision,
    interval: confidenceSequence(state, check.alpha),
    canaryEvents: sum("canaryEvents"),
    canaryTotal: sum("canaryTotal"),
    baselineEvents: sum("baselineEvents"),
    baselineTotal: sum("baselineTotal"),
  };
}

/** The event rates over the informative rounds so far, as the table's canary and baseline. */
function values(s: SequentialReading): Pick<Measurement, "canary" | "baseline"> {
  return {
    ...(s.canaryTotal > 0 && { canary: s.canaryEvents / s.canaryTotal }),
    ...(s.baselineTotal > 0 && { baseline: s.baselineEvents / s.baselineTotal }),
  };
}
