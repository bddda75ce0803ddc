/** The signoff action's inputs and outputs. */
import { describeValue } from "../errors.js";
import { CHANGE_TYPES, type ChangeType } from "../playbook/types.js";
import { commonInputs, type CommonInputs, commonFrom } from "./common.js";
import { booleanInput, optionalText, urlInput } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, InputProblem, readInputs } from "./spec.js";

export const signoffAction = {
  inputs: {
    ...commonInputs,
    "github-token": {
      description: "Token for the GitHub API (who approved the run, environments, deployment statuses, the release tag). Team roles need a token that can read team membership, which the workflow's own token cannot.",
      default: "${{ github.token }}",
      secret: true,
      parse: optionalText,
    },
    environment: {
      description: "GitHub environment where roles without an environment of their own approve, and where the rollout's deployment is looked for when the state names none; overrides the playbook's signoff.environment.",
      default: "",
      parse: optionalText,
    },
    "change-type": {
      description: `The kind of change: ${CHANGE_TYPES.join(", ")}. Picks the roles of the playbook's signoff.require-by-change-type. Empty: derived from the previous and new versions when both are semantic versions.`,
      default: "",
      parse: changeTypeInput,
    },
    "accept-conditional": {
      description: "When true, a conditional decision (a stage that warned, or an approval on a condition) passes the step and signs the release off like an approval.",
      default: "false",
      parse: booleanInput,
    },
    "environment-url": {
      description: "URL of the deployed service, shown on the GitHub deployment once it is signed off.",
      default: "",
      parse: urlInput,
    },
  },
  outputs: {
    decision: "The sign-off decision: approved, conditional or rejected.",
    approvers: "Who was counted for each role (JSON list of role, user, environment, comment, observedAt).",
    "missing-roles": "Required roles not covered, comma-separated.",
    plan: "The resolved sign-off plan (JSON), in a dry run.",
  },
} satisfies ActionInterface;

/** The signoff action's inputs, parsed. */
export interface SignoffInputs extends CommonInputs {
  readonly githubToken?: string;
  readonly environment?: string;
  readonly changeType?: ChangeType;
  readonly acceptConditional: boolean;
  readonly environmentUrl?: string;
}

/** Parses the signoff action's inputs; throws one ConfigurationError listing every problem. */
export function parseSignoffInputs(get: InputGetter, context: InputContext): SignoffInputs {
  const { values: v, problems } = readInputs(signoffAction.inputs, get, context);
  failOnProblems(problems);
  return {
    ...commonFrom(v),
    ...(v["github-token"] !== undefined && { githubToken: v["github-token"] }),
    ...(v.environment !== undefined && { environment: v.environment }),
    ...(v["change-type"] !== undefined && { changeType: v["change-type"] }),
    acceptConditional: v["accept-conditional"],
    ...(v["environment-url"] !== undefined && { environmentUrl: v["environment-url"] }),
  };
}

function changeTypeInput(raw: string | undefined): ChangeType | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  if (!(CHANGE_TYPES as readonly string[]).includes(text)) throw new InputProblem(`found ${describeValue(text)}; expected one of ${CHANGE_TYPES.join(", ")}`);
  return text as ChangeType;
}
