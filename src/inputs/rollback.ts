/**
 * The rollback action's inputs and outputs. Deployment windows never block an undo, so its
 * `force` means something else than the canary's: put back what someone else changed.
 */
import type { PrometheusInputs } from "../metrics/connection.js";
import { type CommonInputs, commonFrom, commonInputs, environmentInput, githubTokenInput, prometheusFrom, prometheusInputs, stateInput } from "./common.js";
import { booleanInput, requiredText } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";

export const rollbackAction = {
  inputs: {
    ...commonInputs,
    state: {
      ...stateInput,
      description:
        "The state output of the canary or gate step (JSON). When empty, the latest deployment GitHub holds for the environment is rolled back.",
    },
    force: {
      description:
        "When true, also put back a pod template someone else changed since the rollout recorded it (kubernetes target). Without it, that change is reported as drift and left as found; traffic is rolled back either way.",
      default: "false",
      parse: booleanInput,
    },
    reason: {
      description: "Why the rollback happens, for the incident report and the deployment status.",
      default: "manual",
      parse: requiredText,
    },
    "github-token": {
      ...githubTokenInput,
      description: "Token for the GitHub API: finds the latest deployment when no state is given, marks it rolled back, opens the issue.",
    },
    environment: environmentInput,
    "open-issue": {
      description: "When true, open a GitHub issue with the incident report (needs issues: write).",
      default: "false",
      parse: booleanInput,
    },
    ...prometheusInputs,
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
  /** Replace a pod template someone else changed since it was recorded. */
  readonly force: boolean;
  readonly githubToken?: string;
  readonly environment?: string;
  readonly openIssue: boolean;
  /** For the playbook's rollback.verify checks. */
  readonly prometheus: PrometheusInputs;
}

/** Parses the rollback action's inputs; throws one ConfigurationError listing every problem. */
export function parseRollbackInputs(get: InputGetter, context: InputContext): RollbackInputs {
  const { values: v, problems } = readInputs(rollbackAction.inputs, get, context);
  const prometheus = prometheusFrom(v, problems);
  failOnProblems(problems);
  return {
    ...commonFrom(v),
    reason: v.reason,
    force: v.force,
    ...(v["github-token"] !== undefined && { githubToken: v["github-token"] }),
    ...(v.environment !== undefined && { environment: v.environment }),
    openIssue: v["open-issue"],
    prometheus,
  };
}
