/** The gate action's inputs and outputs. */
import { DEFAULT_EVIDENCE } from "../report/evidence.js";
import { acceptConditionalInput, commonInputs, prometheusFrom, prometheusInputs, stageInput, type CommonInputs, commonFrom } from "./common.js";
import type { PrometheusInputs } from "../metrics/connection.js";
import { booleanInput, durationInput, outputPathInput } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";


export const gateAction = {
  inputs: {
    ...commonInputs,
    stage: stageInput,
    "accept-conditional": acceptConditionalInput,
    soak: {
      description:
        "Hold the stage for this long instead of its soak (45m, 2h): one slice of a long watch that a schedule runs again. Empty: the stage's own soak.",
      default: "",
      parse: durationInput,
    },
    ...prometheusInputs,
    "evidence-path": {
      description: "Where the evidence JSON is written. A relative path resolves against RUNNER_TEMP.",
      default: DEFAULT_EVIDENCE,
      parse: (raw: string | undefined, context: InputContext) => outputPathInput(raw ?? DEFAULT_EVIDENCE, context) ?? DEFAULT_EVIDENCE,
    },
    "upload-evidence": {
      description: "When true, upload the evidence file as a workflow artifact.",
      default: "true",
      parse: (raw: string | undefined) => (raw === undefined ? true : booleanInput(raw)),
    },
  },
  outputs: {
    verdict: "The stage's verdict: go, conditional, no-go or inconclusive.",
    "failed-checks": "Checks that failed, comma-separated.",
    "conditional-checks": "Checks that only warned, comma-separated.",
    evidence: "Path of the evidence JSON file.",
    state: "State updated with this stage's verdict (JSON).",
    plan: "The resolved plan of the stage (JSON).",
  },
} satisfies ActionInterface;

/** The gate action's inputs, parsed. */
export interface GateInputs extends CommonInputs {
  readonly stage: string;
  readonly acceptConditional: boolean;
  /** Seconds to hold instead of the stage's soak. */
  readonly soak?: number;
  readonly prometheus: PrometheusInputs;
  /** Absolute path of the evidence file. */
  readonly evidencePath: string;
  readonly uploadEvidence: boolean;
}

/** Parses the gate action's inputs; throws one ConfigurationError listing every problem. */
export function parseGateInputs(get: InputGetter, context: InputContext): GateInputs {
  const { values: v, problems } = readInputs(gateAction.inputs, get, context);
  const prometheus = prometheusFrom(v, problems);
  failOnProblems(problems);
  return {
    ...commonFrom(v),
    stage: v.stage,
    acceptConditional: v["accept-conditional"],
    ...(v.soak !== undefined && { soak: v.soak }),
    prometheus,
    evidencePath: v["evidence-path"],
    uploadEvidence: v["upload-evidence"],
  };
}
