/** The canary action's inputs and outputs. */
import { movingInputs, stageInput, type CommonInputs, commonFrom } from "./common.js";
import { token } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";

export const canaryAction = {
  inputs: {
    ...movingInputs,
    stage: stageInput,
    version: {
      description: "The version to roll out (an image tag or commit SHA).",
      required: true,
      parse: token("a version such as an image tag or commit SHA"),
    },
  },
  outputs: {
    state: "State to pass to the gate, rollback and signoff actions (JSON).",
    plan: "The resolved plan of the stage (JSON).",
  },
} satisfies ActionInterface;

/** The canary action's inputs, parsed. */
export interface CanaryInputs extends CommonInputs {
  /** Go on though the deployment window is closed. */
  readonly force: boolean;
  readonly stage: string;
  readonly version: string;
}

/** Parses the canary action's inputs; throws one ConfigurationError listing every problem. */
export function parseCanaryInputs(get: InputGetter, context: InputContext): CanaryInputs {
  const { values: v, problems } = readInputs(canaryAction.inputs, get, context);
  failOnProblems(problems);
  return {
    ...commonFrom(v),
    force: v.force,
    stage: v.stage,
    version: v.version,
  };
}
