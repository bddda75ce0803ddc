/**
 * What a failed GitHub call tells the user: which call, what GitHub said, and for a 403 or
 * 404 the permission that is usually missing (GitHub answers 404 rather than 403 where a
 * token may not even know the resource exists).
 */
import { GitHubError } from "./types.js";

/** What reading team membership needs, which the workflow's own token never has. */
export const TEAM_HINT =
  "reading team membership needs a token that can read organization members (a GitHub App token with `members: read`, or a personal token with `read:org`); the workflow's GITHUB_TOKEN cannot";

/** The permission a 403/404 of each kind of call usually means the token lacks. */
const PERMISSION_HINT = {
  deployments: "the token probably lacks `deployments: write`; add it under `permissions:` in the workflow",
  approvals: "the token probably lacks `actions: read`; add it under `permissions:` in the workflow",
  environments: "the token probably lacks `actions: read`, or the repository has no such environment",
  teams: TEAM_HINT,
  issues: "the token probably lacks `issues: write`; add it under `permissions:` in the workflow",
  refs: "the token probably lacks `contents: write`; add it under `permissions:` in the workflow",
} as const;
/** The kinds of call, each with the permission it needs. */
export type CallFamily = keyof typeof PERMISSION_HINT;

/** The HTTP status of an Octokit error, 0 when there is none. */
export function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === "number" ? status : 0;
}

/** GitHub's own message in an error answer, else the error's message. */
export function githubMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | undefined)?.response?.data;
  if (data && typeof data === "object" && typeof (data as { message?: unknown }).message === "string") return (data as { message: string }).message;
  if (typeof data === "string" && data.trim() !== "") return data.trim().slice(0, 200);
  return error instanceof Error ? error.message : String(error);
}

/** Turns any failure of a call into a GitHubError naming the call, GitHub's answer and what to do. */
export function toGitHubError(what: string, family: CallFamily, error: unknown, token: string): GitHubError {
  let text: string;
  let status: number;
  if (error instanceof GitHubError) {
    ({ status } = error);
    text = `could not ${what}: ${error.message}`;
  } else if ((error as { response?: unknown } | undefined)?.response === undefined) {
    // Octokit reports a request that got no answer (refused, reset, timed out) as a 500 without a response.
    status = 0;
    text = `could not ${what}: GitHub answered nothing: ${githubMessage(error)}; check GITHUB_API_URL and the network, then run again`;
  } else {
    status = statusOf(error);
    const said = githubMessage(error);
    let advice = "";
    if (/rate limit/i.test(said)) advice = "; GitHub's rate limit held after the retries, try again later";
    else if (status === 401) advice = "; the token was refused (expired, revoked or mistyped)";
    else if (status === 403 || status === 404) advice = `; ${PERMISSION_HINT[family]}`;
    else if (status >= 500) advice = "; GitHub failed after the retries, try again later";
    text = `could not ${what}: GitHub answered ${status}: ${said}${advice}`;
  }
  // The token is never put in a message on purpose; this guards against an echo of it.
  return new GitHubError(token ? text.replaceAll(token, "***") : text, status);
}
