/** What the runner says about the run, for the state and reports; nothing secret. */
import packageJson from "../../package.json" with { type: "json" };
import type { EvidenceMeta } from "../report/evidence.js";
import type { DeployState } from "../state.js";

/** The run that acts, from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_ACTOR; absent outside a runner. */
export function runFromEnv(env: Readonly<Record<string, string | undefined>>): DeployState["run"] | undefined {
  const id = env["GITHUB_RUN_ID"];
  const repository = env["GITHUB_REPOSITORY"];
  if (!id || !repository) return undefined;
  const server = env["GITHUB_SERVER_URL"] || "https://github.com";
  return { id, url: `${server}/${repository}/actions/runs/${id}`, ...(env["GITHUB_ACTOR"] && { actor: env["GITHUB_ACTOR"] }) };
}

/** Where the gate ran, from the runner's environment; nothing secret. */
export function evidenceMeta(env: Readonly<Record<string, string | undefined>>, state: DeployState | undefined): Omit<EvidenceMeta, "generatedAt"> {
  const pick = (name: string) => env[name] || undefined;
  const meta = {
    toolVersion: packageJson.version,
    repository: pick("GITHUB_REPOSITORY"),
    runId: pick("GITHUB_RUN_ID"),
    runAttempt: pick("GITHUB_RUN_ATTEMPT"),
    sha: pick("GITHUB_SHA"),
    ref: pick("GITHUB_REF"),
    version: state?.targetVersion,
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
}
