/** The signoff action's inputs and outputs. */
import { commonInputs, type CommonInputs, commonFrom } from "./common.js";
import { optionalText } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";

export const signoffAction = {
  inputs: {
    ...commonInputs,
    "github-token": {
      description: "Token for the GitHub API (who approved the job, team membership, deployment statuses).",
      default: "${{ github.token }}",
      secret: true,
      parse: optionalText,
    },
    environment: {
      description: "GitHub environment whose approvals count; overrides the playbook's signoff.environment.",
      default: "",
      parse: optionalText,
    },
  },
  outputs: {
    decision: "The sign-off decision: approved, conditional or rejected.",
    plan: "The resolved sign-off plan (JSON).",
  },
} satisfies ActionInterface;

/** The signoff action's inputs, parsed. */
export interface SignoffInputs extends CommonInputs {
  readonly githubToken?: string;
  readonly environment?: string;
}

/** Parses the signoff action's inputs; throws one ConfigurationError listing every problem. */
export function parseSignoffInputs(get: InputGetter, context: InputContext): SignoffInputs {
  const { values: v, problems } = readInputs(signoffAction.inputs, get, context);
  failOnProblems(problems);
  return {
    ...commonFrom(v),
    ...(v["github-token"] !== undefined && { githubToken: v["github-token"] }),
    ...(v.environment !== undefined && { environment: v.environment }),
  };
}
