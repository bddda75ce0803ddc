/**
 * The rollback action's inputs and outputs. It has no `force`: deployment windows never
 * block an undo.
 */
import type { DeployState } from "../state.js";
import { dryRunInput, playbookInput, stateInput } from "./common.js";
import { optionalText, requiredText } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";

export const rollbackAction = {
  inputs: {
    playbook: playbookInput,
    "dry-run": dryRunInput,
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
export interface RollbackInputs {
  readonly playbook: string;
  readonly dryRun: boolean;
  readonly state?: DeployState;
  readonly reason: string;
  readonly githubToken?: string;
}

/** Parses the rollback action's inputs; throws one ConfigurationError listing every problem. */
export function parseRollbackInputs(get: InputGetter, context: InputContext): RollbackInputs {
  const { values: v, problems } = readInputs(rollbackAction.inputs, get, context);
  failOnProblems(problems);
  return {
    playbook: v.playbook,
    dryRun: v["dry-run"],
    ...(v.state && { state: v.state }),
    reason: v.reason,
    ...(v["github-token"] !== undefined && { githubToken: v["github-token"] }),
  };
}
