/** What the runner says about the run, for the state and reports; nothing secret. */
import type { DeployState } from "../state.js";

/** The run that acts, from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_ACTOR; absent outside a runner. */
export function runFromEnv(env: Readonly<Record<string, string | undefined>>): DeployState["run"] | undefined {
  const id = env["GITHUB_RUN_ID"];
  const repository = env["GITHUB_REPOSITORY"];
  if (!id || !repository) return undefined;
  const server = env["GITHUB_SERVER_URL"] || "https://github.com";
  return { id, url: `${server}/${repository}/actions/runs/${id}`, ...(env["GITHUB_ACTOR"] && { actor: env["GITHUB_ACTOR"] }) };
}
