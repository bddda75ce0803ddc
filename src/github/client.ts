/**
 * The GitHub port over Octokit (`@actions/github`), with GitHub's own retry and throttling
 * plugins: a 5xx is retried with growing waits, a rate limit (429, or the secondary limit's
 * 403) waits what GitHub asks and is retried a bounded number of times, and writes are
 * spaced as GitHub recommends. Every failure becomes a {@link GitHubError} that names the
 * call, GitHub's message and, for 403/404, the permission that is usually missing.
 * The token goes to Octokit and nowhere else.
 */
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { ConfigurationError } from "../errors.js";
import type { Logger } from "../log.js";
import { githubMessage, statusOf, TEAM_HINT, toGitHubError, type CallFamily } from "./failure.js";
import { GitHubError, type Approval, type Deployment, type DeploymentStatus, type EnvironmentProtection, type EnvironmentReviewer, type GitHubPort, type RunContext } from "./types.js";

export { runContextFromEnv } from "./run-context.js";

export interface GitHubClientOptions {
  /** GITHUB_TOKEN or another token; used for requests only, never in messages. */
  readonly token: string;
  readonly run: RunContext;
  readonly logger: Logger;
  /** How many times a 5xx or a rate limit is retried before failing; default 3. */
  readonly retries?: number;
  /**
   * Milliseconds per second of every wait the plugins compute (GitHub's `retry-after` is in
   * seconds): 1000 for real. 0 makes retries immediate and drops the spacing of writes, for tests.
   */
  readonly delayUnitMs?: number;
  /** The longest rate-limit wait (seconds) worth retrying after; a longer one fails at once. Default 120. */
  readonly maxRateLimitWaitSeconds?: number;
}

const STATUS_DESCRIPTION_LIMIT = 140;
const MAX_PAGES = 10;

/** The real {@link GitHubPort}. */
export function createGitHubClient(options: GitHubClientOptions): GitHubPort {
  const { run, logger } = options;
  // Octokit would throw a bare Error for this; say what is missing instead.
  if (options.token.trim() === "") throw new ConfigurationError([{ path: "GitHub token", message: "is empty; expected the workflow's GITHUB_TOKEN or another token" }]);
  const retries = options.retries ?? 3;
  const unit = options.delayUnitMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= retries || retryAfter > maxWait) {
      logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: giving up (asked to wait ${retryAfter}s, after ${retryCount} retries)`);
      return false;
    }
    logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries})`);
    return true;
  };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: run.apiUrl,
      log: { debug: (m: string) => logger.debug(m), info: (m: string) => logger.debug(m), warn: (m: string) => logger.warning(m), error: (m: string) => logger.error(m) },
      // 429 is left to the throttling plugin, which honours GitHub's reset time.
      retry: { retries, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: unit,
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
        ...(unit === 0 ? { write: immediate, notifications: immediate } : {}),
      },
    },
    retry,
    throttling,
  );
  const repo = { owner: run.owner, repo: run.repo };

  /** Runs one call, turning any failure into a GitHubError that names it. */
  const call = async <T>(what: string, family: CallFamily, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw toGitHubError(what, family, error, options.token);
    }
  };

  return {
    run,
    deployments: {
      create: (d) =>
        call(`create a deployment of ${d.ref} to '${d.environment}'`, "deployments", async () => {
          const response = await octokit.rest.repos.createDeployment({
            ...repo,
            ref: d.ref,
            environment: d.environment,
            task: d.task,
            payload: d.payload as Record<string, unknown> | string,
            description: d.description,
            transient_environment: d.transientEnvironment,
            production_environment: d.productionEnvironment,
            required_contexts: [],
            auto_merge: false,
          });
          if (response.status !== 201 || !("id" in response.data)) throw new GitHubError(`GitHub answered ${response.status} without a deployment`, response.status);
          return deployment(response.data);
        }),
      list: (environment, opts = {}) =>
        call(`list the deployments of '${environment}'`, "deployments", async () => {
          const limit = opts.limit ?? 100;
          const found: Deployment[] = [];
          const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
            ...repo,
            environment,
            ...(opts.task !== undefined ? { task: opts.task } : {}),
            per_page: Math.min(Math.max(limit, 1), 100),
          });
          let count = 0;
          for await (const page of pages) {
            found.push(...page.data.map(deployment));
            if (found.length >= limit || ++count >= MAX_PAGES) break;
          }
          return found.slice(0, limit);
        }),
      statuses: (id) =>
        call(`list the statuses of deployment ${id}`, "deployments", async () => {
          const found: DeploymentStatus[] = [];
          let count = 0;
          for await (const page of octokit.paginate.iterator(octokit.rest.repos.listDeploymentStatuses, { ...repo, deployment_id: id, per_page: 100 })) {
            found.push(...page.data.map(status));
            if (++count >= MAX_PAGES) break;
          }
          return found;
        }),
      setStatus: (id, s) =>
        call(`set deployment ${id} to '${s.state}'`, "deployments", async () => {
          const response = await octokit.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: id,
            state: s.state,
            ...(s.description !== undefined ? { description: cut(s.description, STATUS_DESCRIPTION_LIMIT) } : {}),
            ...(s.logUrl !== undefined ? { log_url: s.logUrl } : {}),
            ...(s.environmentUrl !== undefined ? { environment_url: s.environmentUrl } : {}),
          });
          return status(response.data);
        }),
    },
    approvals: {
      list: (runId) =>
        call(`read the approvals of run ${runId}`, "approvals", async () => {
          const response = await octokit.rest.actions.getReviewsForRun({ ...repo, run_id: runId });
          return response.data.flatMap((review): Approval[] =>
            review.state === "approved" || review.state === "rejected"
              ? [{ user: review.user.login, state: review.state, comment: review.comment, environments: review.environments.flatMap((e) => (e.name ? [e.name] : [])) }]
              : [],
          );
        }),
      environment: (name) =>
        call(`read the environment '${name}'`, "environments", async () => {
          try {
            const response = await octokit.rest.repos.getEnvironment({ ...repo, environment_name: name });
            return environmentProtection(response.data);
          } catch (error) {
            if (statusOf(error) === 404) return undefined;
            throw error;
          }
        }),
      isTeamMember: (org, teamSlug, user) =>
        call(`check whether ${user} is in the team ${org}/${teamSlug}`, "teams", async () => {
          try {
            const response = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username: user });
            // A pending member has been invited but has not accepted: not (yet) a member.
            return response.data.state === "active";
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
          }
          // GitHub answers 404 both for "not a member" and for a team the token cannot see;
          // only the first is an answer, the second must not pass for one.
          try {
            await octokit.rest.teams.getByName({ org, team_slug: teamSlug });
          } catch (error) {
            if (statusOf(error) === 404) throw new GitHubError(`GitHub answered 404 for the team ${org}/${teamSlug}: it does not exist or the token cannot see it; ${TEAM_HINT}`, 404);
            throw error;
          }
          return false;
        }),
    },
    issues: {
      create: (issue) =>
        call(`open the issue '${cut(issue.title, 60)}'`, "issues", async () => {
          const response = await octokit.rest.issues.create({ ...repo, title: issue.title, body: issue.body, ...(issue.labels ? { labels: [...issue.labels] } : {}) });
          return { number: response.data.number, url: response.data.html_url };
        }),
    },
    refs: {
      createTag: (name, sha) =>
        call(`create the tag ${name} at ${sha.slice(0, 12)}`, "refs", async () => {
          try {
            await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${name}`, sha });
          } catch (error) {
            if (statusOf(error) !== 422 || !/already exists/i.test(githubMessage(error))) throw error;
            // Re-running a job must not fail on the tag it made the first time.
            const existing = await octokit.rest.git.getRef({ ...repo, ref: `tags/${name}` });
            if (existing.data.object.sha !== sha) {
              throw new GitHubError(`the tag ${name} already exists at ${existing.data.object.sha}, not at ${sha}; delete it or choose another name`, 422);
            }
          }
        }),
    },
  };
}

/** A stand-in for the throttling plugin's write spacing, which runs every job at once (tests only). */
const immediate = {
  key: () => ({ schedule: <T>(_options: unknown, job: (...args: unknown[]) => T, ...args: unknown[]) => Promise.resolve(job(...args)) }),
} as never;

type RawDeployment = Awaited<ReturnType<ReturnType<typeof getOctokit>["rest"]["repos"]["getDeployment"]>>["data"];
type RawStatus = Awaited<ReturnType<ReturnType<typeof getOctokit>["rest"]["repos"]["createDeploymentStatus"]>>["data"];
type RawEnvironment = Awaited<ReturnType<ReturnType<typeof getOctokit>["rest"]["repos"]["getEnvironment"]>>["data"];

function deployment(d: RawDeployment): Deployment {
  return {
    id: d.id,
    ref: d.ref,
    sha: d.sha,
    environment: d.environment,
    task: d.task,
    payload: parsePayload(d.payload),
    ...(d.description ? { description: d.description } : {}),
    createdAt: d.created_at,
    ...(d.creator ? { creator: d.creator.login } : {}),
  };
}

/** GitHub gives back what was stored: an object, or a string that may hold JSON. */
export function parsePayload(payload: unknown): unknown {
  if (typeof payload !== "string") return payload;
  const text = payload.trim();
  if (!text.startsWith("{") && !text.startsWith("[")) return payload;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return payload;
  }
}

function status(s: RawStatus): DeploymentStatus {
  return {
    id: s.id,
    state: s.state,
    ...(s.description ? { description: s.description } : {}),
    ...(s.log_url || s.target_url ? { logUrl: s.log_url || s.target_url } : {}),
    ...(s.environment_url ? { environmentUrl: s.environment_url } : {}),
    createdAt: s.created_at,
  };
}

function environmentProtection(e: RawEnvironment): EnvironmentProtection {
  const rules = e.protection_rules ?? [];
  const reviewers: EnvironmentReviewer[] = [];
  let preventSelfReview = false;
  let waitTimerMinutes = 0;
  for (const rule of rules) {
    if ("wait_timer" in rule && typeof rule.wait_timer === "number") waitTimerMinutes = rule.wait_timer;
    if ("reviewers" in rule && rule.reviewers) {
      preventSelfReview = rule.prevent_self_review === true;
      for (const r of rule.reviewers) {
        const who = r.reviewer as { login?: string; slug?: string; html_url?: string } | undefined;
        if (r.type === "User" && who?.login) reviewers.push({ type: "User", login: who.login });
        if (r.type === "Team" && who?.slug) reviewers.push({ type: "Team", org: /\/orgs\/([^/]+)\/teams\//.exec(who.html_url ?? "")?.[1] ?? "", slug: who.slug });
      }
    }
  }
  return { name: e.name, reviewers, preventSelfReview, waitTimerMinutes };
}

/** Cuts text to `limit` characters, marking the cut. */
function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
