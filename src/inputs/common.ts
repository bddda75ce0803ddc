/**
 * Inputs every action shares, and the gate's Prometheus connection inputs that the
 * top-level action shares with it.
 */
import { type DeployState, parseState } from "../state.js";
import { booleanInput, headerLines, optionalText, pathInput, urlInput } from "./parsers.js";
import { type InputContext, type InputSpec, type InputValues, inputPath } from "./spec.js";
import type { Problem } from "../errors.js";
import { type ConnectionNames, type PrometheusInputs, prometheusInputsFrom } from "../metrics/connection.js";

/** Default location of the playbook, relative to the workspace. */
export const DEFAULT_PLAYBOOK_INPUT = ".github/deploy-playbook.yml";

export const playbookInput = {
  description: "Path of the playbook file, relative to the repository root.",
  default: DEFAULT_PLAYBOOK_INPUT,
  parse: (raw: string | undefined, context: InputContext): string => pathInput(raw, context) ?? DEFAULT_PLAYBOOK_INPUT,
} satisfies InputSpec<string>;

export const dryRunInput = {
  description: "When true, resolve the playbook and write the plan to the job summary and outputs, and change nothing.",
  default: "false",
  parse: booleanInput,
} satisfies InputSpec<boolean>;

export const forceInput = {
  description: "When true, go on even though the playbook's deployment window is closed. The override is logged as a warning.",
  default: "false",
  parse: booleanInput,
} satisfies InputSpec<boolean>;

export const stateInput = {
  description: "The state output of a previous deploy-playbook step (JSON).",
  default: "",
  parse: (raw: string | undefined): DeployState | undefined => (raw === undefined ? undefined : parseState(raw, "state")),
} satisfies InputSpec<DeployState | undefined>;

export const stageInput = {
  description: "Name of the playbook stage to run.",
  required: true,
  parse: (raw: string | undefined): string => raw?.trim() ?? "",
} satisfies InputSpec<string>;

export const acceptConditionalInput = {
  description: "When true, a conditional verdict (some checks only warned) does not fail the step.",
  default: "false",
  parse: booleanInput,
} satisfies InputSpec<boolean>;

export const githubTokenInput = {
  description: "Token for the GitHub API (deployments and their statuses). Empty: the rollout is not recorded in GitHub.",
  default: "${{ github.token }}",
  secret: true,
  parse: optionalText,
} satisfies InputSpec<string | undefined>;

export const environmentInput = {
  description: "GitHub environment the rollout is recorded in as a deployment. Empty: the playbook's signoff.environment, else production.",
  default: "",
  parse: optionalText,
} satisfies InputSpec<string | undefined>;

/** The inputs every action reads. */
export const commonInputs = {
  playbook: playbookInput,
  "dry-run": dryRunInput,
  state: stateInput,
};

/**
 * The inputs of the actions that move traffic forward. Only they heed deployment windows:
 * a gate or a sign-off refused by a window that closed mid-rollout would fail the job and
 * roll back a healthy canary.
 */
export const movingInputs = {
  playbook: playbookInput,
  "dry-run": dryRunInput,
  force: forceInput,
  state: stateInput,
};

/** What every action's parsed inputs start with. */
export interface CommonInputs {
  readonly playbook: string;
  readonly dryRun: boolean;
  readonly state?: DeployState;
}

/** The parsed {@link commonInputs}, in the shape every action's inputs extend. */
export function commonFrom(v: InputValues<typeof commonInputs>): CommonInputs {
  return { playbook: v.playbook, dryRun: v["dry-run"], ...(v.state && { state: v.state }) };
}

/** The action inputs' names for the Prometheus settings, as errors name them. */
export const ACTION_CONNECTION_NAMES: ConnectionNames = {
  url: inputPath("prometheus-url"),
  token: inputPath("prometheus-token"),
  username: inputPath("prometheus-username"),
  password: inputPath("prometheus-password"),
  headers: inputPath("prometheus-headers"),
  ca: inputPath("prometheus-ca"),
};

/** Inputs of the Prometheus connection, shared by the gate and the top-level action. */
export const prometheusInputs = {
  "prometheus-url": {
    description: "Base URL of the Prometheus HTTP API; overrides the playbook's prometheus.url.",
    default: "",
    parse: urlInput,
  } satisfies InputSpec<string | undefined>,
  "prometheus-token": {
    description: "Bearer token sent to Prometheus.",
    default: "",
    secret: true,
    parse: optionalText,
  } satisfies InputSpec<string | undefined>,
  // The user name of basic auth is not a secret: masking a short common word would blank
  // it out everywhere in the log.
  "prometheus-username": {
    description: "User name for basic authentication to Prometheus (with prometheus-password).",
    default: "",
    parse: optionalText,
  } satisfies InputSpec<string | undefined>,
  "prometheus-password": {
    description: "Password for basic authentication to Prometheus (with prometheus-username).",
    default: "",
    secret: true,
    parse: optionalText,
  } satisfies InputSpec<string | undefined>,
  "prometheus-headers": {
    description: "Extra secret headers sent to Prometheus, one 'Name: value' per line (X-Scope-OrgID for Mimir and Cortex).",
    default: "",
    secret: true,
    parse: headerLines,
  } satisfies InputSpec<Readonly<Record<string, string>>>,
  "prometheus-ca": {
    description: "Path of a PEM bundle of CA certificates trusted for Prometheus (a private CA).",
    default: "",
    parse: pathInput,
  } satisfies InputSpec<string | undefined>,
};

type PrometheusValues = InputValues<typeof prometheusInputs>;

/** Combines the Prometheus inputs, adding a problem for each contradiction between them. */
export function prometheusFrom(values: Partial<PrometheusValues>, problems: Problem[]): PrometheusInputs {
  return prometheusInputsFrom(
    {
      url: values["prometheus-url"],
      token: values["prometheus-token"],
      username: values["prometheus-username"],
      password: values["prometheus-password"],
      headers: values["prometheus-headers"],
      caFile: values["prometheus-ca"],
    },
    ACTION_CONNECTION_NAMES,
    problems,
  );
}
