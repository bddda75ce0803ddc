/** The top-level action's inputs and outputs: a whole playbook in one job. */
import { acceptConditionalInput, movingInputs, prometheusFrom, prometheusInputs, type CommonInputs, commonFrom } from "./common.js";
import type { PrometheusInputs } from "../metrics/connection.js";
import { nameList, token } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";

export const playbookAction = {
  inputs: {
    ...movingInputs,
    version: {
      description: "The version to roll out (an image tag or commit SHA).",
      required: true,
      parse: token("a version such as an image tag or commit SHA"),
    },
    stages: {
      description: "Stages to run, comma-separated, in playbook order. Default: every stage.",
      default: "",
      parse: nameList,
    },
    "accept-conditional": acceptConditionalInput,
    ...prometheusInputs,
  },
  outputs: {
    verdict: "The verdict of the last stage run: go, conditional, no-go or inconclusive.",
    state: "State after the run (JSON).",
    plan: "The resolved plan of every stage run (JSON list).",
  },
} satisfies ActionInterface;

/** The top-level action's inputs, parsed. */
export interface PlaybookInputs extends CommonInputs {
  /** Go on though the deployment window is closed. */
  readonly force: boolean;
  readonly version: string;
  /** Stage names to run; absent means every stage. */
  readonly stages?: readonly string[];
  readonly acceptConditional: boolean;
  readonly prometheus: PrometheusInputs;
}

/** Parses the top-level action's inputs; throws one ConfigurationError listing every problem. */
export function parsePlaybookInputs(get: InputGetter, context: InputContext): PlaybookInputs {
  const { values: v, problems } = readInputs(playbookAction.inputs, get, context);
  const prometheus = prometheusFrom(v, problems);
  failOnProblems(problems);
  return {
    ...commonFrom(v),
    force: v.force,
    version: v.version,
    ...(v.stages && { stages: v.stages }),
    acceptConditional: v["accept-conditional"],
    prometheus,
  };
}
