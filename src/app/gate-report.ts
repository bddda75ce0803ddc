/**
 * Everything a gate leaves behind, computed from its result without touching the world:
 * the outputs, the job summary, the annotations, the evidence file, the updated state, and
 * whether the step passes. {@link publish} writes it, for the actions and the CLI alike.
 */
import type { GateResult, Verdict } from "../judge/types.js";
import type { StagePlan } from "../playbook/plan.js";
import type { Playbook, Stage } from "../playbook/types.js";
import { gateAnnotations } from "../report/annotations.js";
import { buildEvidence, type Evidence, type EvidenceMeta } from "../report/evidence.js";
import { renderSummary } from "../report/summary.js";
import { blankStrings, secretBlanker } from "../secrets.js";
import { type DeployState, serializeState } from "../state.js";
import type { Report } from "./report.js";

/** A gate's report, with the result, evidence and state it was built from. */
export interface GateReport extends Report {
  readonly result: GateResult;
  readonly evidence: Evidence;
  /** The incoming state with this stage's verdict recorded. */
  readonly state?: DeployState;
}

/** Where the evidence goes. */
export interface EvidenceTarget {
  /** Absolute path of the evidence JSON. */
  readonly path: string;
  /** Whether to keep it as a workflow artifact too. */
  readonly upload: boolean;
}

export interface GateReportOptions {
  readonly acceptConditional: boolean;
  readonly state?: DeployState;
  /** The stage's plan, for the `plan` output. */
  readonly plan?: StagePlan;
  readonly evidence: EvidenceTarget;
  readonly meta: EvidenceMeta;
  /** Values that must never be written anywhere (token, password, secret headers). */
  readonly secrets: readonly string[];
}

/** Builds the report of a finished (or cancelled) gate of `stage`. */
export function gateReport(raw: GateResult, playbook: Playbook, stage: Stage, options: GateReportOptions): GateReport {
  const blank = secretBlanker(options.secrets);
  // The client already redacts what Prometheus echoes; this is the last line of defence,
  // applied before rendering so the mask is escaped like any other text.
  const result = blankStrings(raw, blank);
  const state = options.state && { ...recordVerdict(options.state, result.stage, result.verdict), updatedAt: result.endedAt };
  const accepted = !result.cancelled && (result.verdict === "go" || (result.verdict === "conditional" && options.acceptConditional));
  const evidence = blankStrings(buildEvidence(result, playbook, stage, options.meta), blank);
  return {
    result,
    outputs: {
      verdict: result.verdict,
      "failed-checks": result.failedChecks.join(","),
      "conditional-checks": result.conditionalChecks.join(","),
      evidence: options.evidence.path,
      ...(state && { state: blank(serializeState(state)) }),
      ...(options.plan && { plan: JSON.stringify(options.plan) }),
    },
    summary: blank(renderSummary(result, playbook, stage)),
    annotations: gateAnnotations(result).map((a) => ({ ...a, title: blank(a.title), message: blank(a.message) })),
    files: [
      {
        path: options.evidence.path,
        text: `${JSON.stringify(evidence, null, 2)}\n`,
        title: "Evidence",
        output: "evidence",
        artifact: { name: artifactName(result.service, result.stage, options.meta.runAttempt), upload: options.evidence.upload },
      },
    ],
    evidence,
    ...(state && { state }),
    accepted,
    message: blank(accepted ? `Gate ${result.verdict} for stage ${result.stage}: accepted.` : failureMessage(result, options.evidence.path)),
    ...(!accepted && !result.cancelled && result.verdict === "conditional" && { conditional: true }),
  };
}

/** The state with this stage's verdict recorded; the rest is the previous step's. */
export function recordVerdict(state: DeployState, stage: string, verdict: Verdict): DeployState {
  return { ...state, verdicts: { ...state.verdicts, [stage]: verdict } };
}

/** Artifact names must be unique in a run and avoid the characters the service rejects. */
export function artifactName(service: string, stage: string, attempt: string | undefined): string {
  const name = `deploy-playbook-evidence-${service}-${stage}${attempt && attempt !== "1" ? `-attempt-${attempt}` : ""}`;
  return name.replace(/["':<>|*?\\/\r\n]/g, "-");
}

function failureMessage(result: GateResult, evidencePath: string): string {
  const where = `stage ${result.stage}`;
  if (result.cancelled) {
    const n = result.rounds.length;
    return `Gate cancelled after ${n} round${n === 1 ? "" : "s"} of ${where} (${result.verdict}): partial evidence at ${evidencePath}.`;
  }
  return `Gate ${result.verdict} for ${where}: ${result.reason}`;
}
