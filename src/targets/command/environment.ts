/**
 * The environment a script runs with: the runner's, minus its secrets, plus the DEPLOY_*
 * variables. Values travel only this way, never on a command line, so a version such as
 * `1.2; rm -rf /` reaches the script byte for byte and is never interpreted.
 */
import { CommandError, type ScriptKey } from "./error.js";

/** What a script is told about the move it is part of. */
export interface DeployVariables {
  readonly service: string;
  readonly stage: string;
  /** The weight to reach (for rollback: the recorded weight to go back to). */
  readonly weight: number;
  /** The weight before (for rollback: the weight being left). */
  readonly previousWeight: number;
  readonly version: string;
  /** The record as JSON, once there is one. */
  readonly state?: string;
}

/** Every variable the target sets; inherited ones of these names are dropped first. */
export const DEPLOY_VARIABLES = [
  "DEPLOY_SERVICE",
  "DEPLOY_STAGE",
  "DEPLOY_WEIGHT",
  "DEPLOY_PREVIOUS_WEIGHT",
  "DEPLOY_VERSION",
  "DEPLOY_STATE",
] as const;

// Action inputs (INPUT_*) carry the Prometheus and GitHub tokens; the runner's own tokens
// would let a script act as the workflow. None of them is the scripts' business.
const SECRET_NAMES = new Set(["ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "GITHUB_TOKEN"]);
const SECRET_PREFIXES = ["INPUT_", "PROMETHEUS_"];

/** True for a variable that never reaches a script. */
export function isWithheld(name: string): boolean {
  const upper = name.toUpperCase();
  return SECRET_NAMES.has(upper) || SECRET_PREFIXES.some((p) => upper.startsWith(p)) || (DEPLOY_VARIABLES as readonly string[]).includes(upper);
}

/** The environment for one run of `script`. Throws when a value cannot be carried. */
export function scriptEnvironment(base: Readonly<Record<string, string | undefined>>, script: ScriptKey, vars: DeployVariables): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !isWithheld(name)) env[name] = value;
  }
  const deploy: Record<(typeof DEPLOY_VARIABLES)[number], string | undefined> = {
    DEPLOY_SERVICE: vars.service,
    DEPLOY_STAGE: vars.stage,
    DEPLOY_WEIGHT: String(vars.weight),
    DEPLOY_PREVIOUS_WEIGHT: String(vars.previousWeight),
    DEPLOY_VERSION: vars.version,
    DEPLOY_STATE: vars.state,
  };
  for (const [name, value] of Object.entries(deploy)) {
    if (value === undefined) continue;
    // An environment variable is a C string: a NUL would cut the value short silently.
    if (value.includes("\0")) {
      throw new CommandError(script, "start", `${name} contains a NUL character, which no environment variable can carry; the ${script} script was not run`);
    }
    env[name] = value;
  }
  return env;
}
