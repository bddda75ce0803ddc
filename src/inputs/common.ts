/**
 * Inputs every action shares, and the gate's Prometheus connection inputs that the
 * top-level action shares with it.
 */
import { type DeployState, parseState } from "../state.js";
import { booleanInput, headerLines, optionalText, pathInput, urlInput } from "./parsers.js";
import { type InputContext, type InputSpec, type InputValues, inputPath } from "./spec.js";
import type { Problem } from "../errors.js";

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

/** How to authenticate to Prometheus. */
export type PrometheusAuth =
  | { readonly kind: "bearer"; readonly token: string }
  | { readonly kind: "basic"; readonly username: string; readonly password: string };

/** The Prometheus connection as the inputs give it; the playbook supplies what is absent. */
export interface PrometheusInputs {
  /** Overrides the playbook's `prometheus.url`. */
  readonly url?: string;
  readonly auth?: PrometheusAuth;
  /** Secret headers, added to the playbook's `prometheus.headers`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Absolute path of a PEM CA bundle. */
  readonly caFile?: string;
}

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
  const token = values["prometheus-token"];
  const username = values["prometheus-username"];
  const password = values["prometheus-password"];
  let auth: PrometheusAuth | undefined;
  if (token !== undefined && (username !== undefined || password !== undefined)) {
    problems.push({
      path: inputPath("prometheus-token"),
      message: "is given together with prometheus-username/prometheus-password; expected one kind of authentication, a bearer token or basic auth",
    });
  } else if (token !== undefined) {
    auth = { kind: "bearer", token };
  } else if (username !== undefined && password !== undefined) {
    auth = { kind: "basic", username, password };
  } else if (username !== undefined || password !== undefined) {
    const missing = username === undefined ? "prometheus-username" : "prometheus-password";
    problems.push({ path: inputPath(missing), message: "is missing; basic authentication needs both prometheus-username and prometheus-password" });
  }
  const headers = values["prometheus-headers"] ?? {};
  if (auth && Object.keys(headers).some((h) => h.toLowerCase() === "authorization")) {
    problems.push({
      path: inputPath("prometheus-headers"),
      message: "sets Authorization while prometheus-token or basic auth is also given; expected one source of credentials",
    });
  }
  return {
    ...(values["prometheus-url"] !== undefined && { url: values["prometheus-url"] }),
    ...(auth && { auth }),
    headers,
    ...(values["prometheus-ca"] !== undefined && { caFile: values["prometheus-ca"] }),
  };
}
