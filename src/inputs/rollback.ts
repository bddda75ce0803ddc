/**
 * The rollback action's inputs and outputs. It has no `force`: deployment windows never
 * block an undo.
 */
import { type CommonInputs, commonFrom, commonInputs, stateInput } from "./common.js";
import { optionalText, requiredText } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";

export const rollbackAction = {
  inputs: {
    ...commonInputs,
    state: {
      ...stateInput,
      description:
        "The state output of the canary or gate step (JSON). When empty, the latest deployment GitHub holds for the environment is rolled back.",
    },
    reason: {
      description: "Why the rollback happens, for the incident report and the deployment status.",
      default: "manual",
      parse: requiredText,
    },
    "github-token": {
      description: "Token for the GitHub API (deployments and their statuses).",
      default: "${{ github.token }}",
      secret: true,
      parse: optionalText,
    },
  },
  outputs: {
    state: "State after the rollback (JSON).",
    report: "The incident report (Markdown).",
    plan: "The resolved rollback plan (JSON).",
  },
} satisfies ActionInterface;

/** The rollback action's inputs, parsed. */
export interface RollbackInputs extends CommonInputs {
  readonly reason: string;
  readonly githubToken?: string;
}

/** Parses the rollback action's inputs; throws one ConfigurationError listing every problem. */
export function parseRollbackInputs(get: InputGetter, context: InputContext): RollbackInputs {
  const { values: v, problems } = readInputs(rollbackAction.inputs, get, context);
  failOnProblems(problems);
  return {
    ...commonFrom(v),
    reason: v.reason,
    ...(v["github-token"] !== undefined && { githubToken: v["github-token"] }),
  };
}
