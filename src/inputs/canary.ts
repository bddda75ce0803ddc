/** The canary action's inputs and outputs. */
import { environmentInput, githubTokenInput, movingInputs, stageInput, type CommonInputs, commonFrom } from "./common.js";
import { booleanInput, oneLine, urlInput } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";

export const canaryAction = {
  inputs: {
    ...movingInputs,
    stage: stageInput,
    version: {
      description: "The version to roll out (an image tag or commit SHA).",
      required: true,
      parse: oneLine("a version such as an image tag or commit SHA"),
    },
    promote: {
      description: "When true, make the version the stable one once the stage is reached (the last stage, after its gate passed). The GitHub deployment is then marked successful.",
      default: "false",
      parse: booleanInput,
    },
    "github-token": githubTokenInput,
    environment: environmentInput,
    "environment-url": {
      description: "URL of the deployed service, shown on the GitHub deployment once it is successful.",
      default: "",
      parse: urlInput,
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
  readonly promote: boolean;
  readonly githubToken?: string;
  readonly environment?: string;
  readonly environmentUrl?: string;
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
    promote: v.promote,
    ...(v["github-token"] !== undefined && { githubToken: v["github-token"] }),
    ...(v.environment !== undefined && { environment: v.environment }),
    ...(v["environment-url"] !== undefined && { environmentUrl: v["environment-url"] }),
  };
}
