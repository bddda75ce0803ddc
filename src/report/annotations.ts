/**
 * The annotations a gate leaves on the run: one error per failing check, one for a verdict
 * that is not a go for want of data, one warning per check that only warned or was left
 * undecided. Pure: the
 * action shell emits them.
 */
import { formatSeconds } from "../playbook/quantity.js";
import type { GateResult, Measurement, Outcome } from "../judge/types.js";

export interface Annotation {
  readonly level: "error" | "warning";
  readonly title: string;
  readonly message: string;
}

/** The first measurement of a check with one of the outcomes, and where it was taken. */
function find(result: GateResult, check: string, outcomes: readonly Outcome[], last = false) {
  const hits: { m: Measurement; where: string }[] = [];
  for (const round of result.rounds) {
    const m = round.measurements.find((x) => x.check === check && outcomes.includes(x.outcome));
    if (m) hits.push({ m, where: ` in round ${round.index} (${formatSeconds(round.elapsed)})` });
  }
  for (const m of result.preconditions ?? []) {
    if (m.check === check && outcomes.includes(m.outcome)) hits.push({ m, where: " before the soak" });
  }
  return last ? hits.at(-1) : hits[0];
}

/** Annotation texts for a gate result, errors first. */
export function gateAnnotations(result: GateResult): Annotation[] {
  const stage = `stage ${result.stage}`;
  const out: Annotation[] = [];
  for (const check of result.failedChecks) {
    const hit = find(result, check, ["fail", "no-data", "error"], true);
    out.push({
      level: "error",
      title: `${check} failed (${stage}: ${result.verdict})`,
      message: hit ? `${check}: ${hit.m.detail}${hit.where}. Limit: ${hit.m.limit ?? "n/a"}.` : result.reason,
    });
  }
  if (result.verdict === "inconclusive" || (result.verdict === "no-go" && result.failedChecks.length === 0)) {
    out.push({ level: "error", title: `Gate ${result.verdict} (${stage})`, message: result.reason });
  }
  for (const check of result.conditionalChecks) {
    // A sequential check still undecided at the end did not warn: its latest interval says why.
    const warned = find(result, check, ["warn", "fail", "no-data"]);
    const hit = warned ?? find(result, check, ["undecided"], true);
    out.push({
      level: "warning",
      title: `${check} ${warned || !hit ? "warned" : "undecided"} (${stage})`,
      message: hit ? `${check}: ${hit.m.detail}${hit.where}.` : result.reason,
    });
  }
  return out;
}
