/** The top-level action's inputs and outputs: a whole playbook in one job. */
import { acceptConditionalInput, environmentInput, githubTokenInput, movingInputs, prometheusFrom, prometheusInputs, type CommonInputs, commonFrom } from "./common.js";
import type { PrometheusInputs } from "../metrics/connection.js";
import { booleanInput, nameList, oneLine, outputPathInput, urlInput } from "./parsers.js";
import { type ActionInterface, failOnProblems, type InputContext, type InputGetter, readInputs } from "./spec.js";

export const playbookAction = {
  inputs: {
    ...movingInputs,
    version: {
      description: "The version to roll out (an image tag or commit SHA).",
      required: true,
      parse: oneLine("a version such as an image tag or commit SHA"),
    },
    stages: {
      description: "Stages to run, comma-separated, in playbook order. Default: every stage.",
      default: "",
      parse: nameList,
    },
    "accept-conditional": acceptConditionalInput,
    ...prometheusInputs,
    "github-token": githubTokenInput,
    environment: environmentInput,
    "environment-url": {
      description: "URL of the deployed service, shown on the GitHub deployment once it is promoted.",
      default: "",
      parse: urlInput,
    },
    "evidence-dir": {
      description: "Directory where each stage's evidence JSON is written. A relative path resolves against RUNNER_TEMP.",
      default: ".",
      parse: (raw: string | undefined, context: InputContext) => outputPathInput(raw ?? ".", context) ?? ".",
    },
    "upload-evidence": {
      description: "When true, upload each stage's evidence file as a workflow artifact.",
      default: "true",
      parse: (raw: string | undefined) => (raw === undefined ? true : booleanInput(raw)),
    },
    "open-issue": {
      description: "When true, an automatic rollback opens a GitHub issue with the incident report (needs issues: write).",
      default: "false",
      parse: booleanInput,
    },
  },
  outputs: {
    verdict: "The verdict of the last stage run: go, conditional, no-go or inconclusive.",
    state: "State after the run (JSON).",
    plan: "The resolved plan of every stage run (JSON list).",
    report: "The incident report when the run rolled back (Markdown).",
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
  readonly githubToken?: string;
  readonly environment?: string;
  readonly environmentUrl?: string;
  /** Absolute directory of the evidence files. */
  readonly evidenceDir: string;
  readonly uploadEvidence: boolean;
  readonly openIssue: boolean;
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
    ...(v["github-token"] !== undefined && { githubToken: v["github-token"] }),
    ...(v.environment !== undefined && { environment: v.environment }),
    ...(v["environment-url"] !== undefined && { environmentUrl: v["environment-url"] }),
    evidenceDir: v["evidence-dir"],
    uploadEvidence: v["upload-evidence"],
    openIssue: v["open-issue"],
  };
}
