/**
 * Everything a gate leaves behind, computed from its result without touching the world:
 * the outputs, the job summary, the annotations, the evidence, the updated state, and
 * whether the step passes. The action shell and the CLI only write what this returns.
 */
import type { GateResult, Verdict } from "../judge/types.js";
import type { Playbook } from "../playbook/types.js";
import { type Annotation, gateAnnotations } from "../report/annotations.js";
import { buildEvidence, type Evidence, type EvidenceMeta } from "../report/evidence.js";
import { renderSummary } from "../report/summary.js";
import { type DeployState, serializeState } from "../state.js";

/** The gate's step outputs, by their `action.yml` names. */
export interface GateOutputs {
  readonly verdict: Verdict;
  readonly "failed-checks": string;
  readonly "conditional-checks": string;
  readonly evidence: string;
  /** Absent when no state came in: a state without the rollout's version would be a lie. */
  readonly state?: string;
}

export interface GateReport {
  readonly result: GateResult;
  readonly outputs: GateOutputs;
  /** The job summary, Markdown. */
  readonly summary: string;
  readonly annotations: readonly Annotation[];
  readonly evidence: Evidence;
  /** The incoming state with this stage's verdict recorded. */
  readonly state?: DeployState;
  /** True when the step passes: go always, conditional only when accepted; never when cancelled. */
  readonly accepted: boolean;
  /** One line for a step that fails: the verdict and why. Absent when accepted. */
  readonly failure?: string;
}

export interface ReportOptions {
  readonly acceptConditional: boolean;
  /** How to accept a conditional verdict, in the caller's words (`accept-conditional: true`). */
  readonly acceptHint: string;
  readonly state?: DeployState;
  readonly evidencePath: string;
  readonly meta: EvidenceMeta;
  /** Values that must never be written anywhere (token, password, secret headers). */
  readonly secrets: readonly string[];
}

/** Builds the report of a finished (or cancelled) gate. */
export function gateReport(raw: GateResult, playbook: Playbook, options: ReportOptions): GateReport {
  const scrub = scrubber(options.secrets);
  // The client already redacts what Prometheus echoes; this is the last line of defence,
  // applied before rendering so the mask is escaped like any other text.
  const result = scrubStrings(raw, scrub);
  const state = options.state && recordVerdict(options.state, result.stage, result.verdict);
  const accepted = !result.cancelled && (result.verdict === "go" || (result.verdict === "conditional" && options.acceptConditional));
  const failure = accepted ? undefined : failureMessage(result, options);
  return {
    result,
    outputs: {
      verdict: result.verdict,
      "failed-checks": result.failedChecks.join(","),
      "conditional-checks": result.conditionalChecks.join(","),
      evidence: options.evidencePath,
      ...(state && { state: scrub(serializeState(state)) }),
    },
    summary: scrub(renderSummary(result, playbook)),
    annotations: gateAnnotations(result).map((a) => ({ ...a, title: scrub(a.title), message: scrub(a.message) })),
    evidence: scrubStrings(buildEvidence(result, playbook, options.meta), scrub),
    ...(state && { state }),
    accepted,
    ...(failure !== undefined && { failure: scrub(failure) }),
  };
}

/** The state with this stage's verdict recorded; the rest is the previous step's. */
export function recordVerdict(state: DeployState, stage: string, verdict: Verdict): DeployState {
  return { ...state, verdicts: { ...state.verdicts, [stage]: verdict } };
}

function failureMessage(result: GateResult, options: ReportOptions): string {
  const where = `stage ${result.stage}`;
  if (result.cancelled) {
    const n = result.rounds.length;
    return `Gate cancelled after ${n} round${n === 1 ? "" : "s"} of ${where} (${result.verdict}): partial evidence at ${options.evidencePath}.`;
  }
  if (result.verdict === "conditional") {
    return `Gate conditional for ${where}: ${result.reason} Set ${options.acceptHint} to accept a conditional verdict.`;
  }
  return `Gate ${result.verdict} for ${where}: ${result.reason}`;
}

/** Every string inside a value passed through `scrub`; numbers (NaN and ±Inf too) kept as they are. */
export function scrubStrings<T>(value: T, scrub: (text: string) => string): T {
  if (typeof value === "string") return scrub(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => scrubStrings(v, scrub)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), scrubStrings(v, scrub)])) as T;
  }
  return value;
}

/** Replaces every secret in a text by `***`, the runner's own mask. */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const list = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  return (text) => list.reduce((out, secret) => out.split(secret).join("***"), text);
}
