/**
 * The run the suite executes in, read once from the runner's environment variables.
 * Every missing or malformed variable is reported at once, before anything is asked of
 * GitHub; outside Actions (the CLI) the same variables can be set by hand.
 */
import { ConfigurationError, describeValue, type Problem } from "../errors.js";
import type { RunContext } from "./types.js";

/** Builds the {@link RunContext} from `GITHUB_*` variables; throws a ConfigurationError naming each bad one. */
export function runContextFromEnv(env: Readonly<Record<string, string | undefined>>): RunContext {
  const problems: Problem[] = [];
  const read = (name: string, expected: string, valid: (value: string) => boolean): string => {
    const value = env[name]?.trim() ?? "";
    if (value === "") problems.push({ path: `env ${name}`, message: `is not set; expected ${expected} (the GitHub runner sets it; outside Actions, set it yourself)` });
    else if (!valid(value)) problems.push({ path: `env ${name}`, message: `is ${describeValue(value)}; expected ${expected}` });
    return value;
  };
  const repository = read("GITHUB_REPOSITORY", "OWNER/REPO", (v) => /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(v));
  const runId = read("GITHUB_RUN_ID", "a positive whole number", isPositiveInteger);
  const runAttempt = read("GITHUB_RUN_ATTEMPT", "a positive whole number", isPositiveInteger);
  const serverUrl = read("GITHUB_SERVER_URL", "an http(s) URL such as https://github.com", isHttpUrl).replace(/\/+$/, "");
  const actor = read("GITHUB_ACTOR", "the login that started the run", () => true);
  const sha = read("GITHUB_SHA", "a 40-character commit sha", (v) => /^[0-9a-f]{40}$/i.test(v));
  const ref = read("GITHUB_REF", "a ref such as refs/heads/main", (v) => v.startsWith("refs/"));
  // The runner always sets GITHUB_API_URL; by hand it is easy to forget, and github.com's is known.
  const apiUrl = env["GITHUB_API_URL"]?.trim()
    ? read("GITHUB_API_URL", "an http(s) URL such as https://api.github.com", isHttpUrl).replace(/\/+$/, "")
    : defaultApiUrl(serverUrl);
  if (problems.length > 0) throw new ConfigurationError(problems);

  const [owner, repo] = repository.split("/") as [string, string];
  return {
    owner,
    repo,
    runId: Number(runId),
    runAttempt: Number(runAttempt),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    actor,
    sha: sha.toLowerCase(),
    ref,
    serverUrl,
    apiUrl,
  };
}

function defaultApiUrl(serverUrl: string): string {
  return serverUrl === "https://github.com" || serverUrl === "" ? "https://api.github.com" : `${serverUrl}/api/v3`;
}

function isPositiveInteger(value: string): boolean {
  return /^[1-9]\d*$/.test(value) && Number.isSafeInteger(Number(value));
}

function isHttpUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
