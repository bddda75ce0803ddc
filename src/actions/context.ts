/** Where an action runs: the runner's workspace and temp directory, from its environment. */
import type { InputContext } from "../inputs/spec.js";

/** Where relative input paths resolve. */
export function inputContext(env: Readonly<Record<string, string | undefined>>): InputContext {
  return {
    workspace: env["GITHUB_WORKSPACE"] || process.cwd(),
    ...(env["RUNNER_TEMP"] && { temp: env["RUNNER_TEMP"] }),
  };
}
