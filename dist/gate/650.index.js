export const id = 650;
export const ids = [650];
export const modules = {

/***/ 99650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient),
  parsePayload: () => (/* binding */ parsePayload),
  runContextFromEnv: () => (/* reexport */ run_context/* runContextFromEnv */.w)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/github/types.ts
var types = __webpack_require__(81994);
;// CONCATENATED MODULE: ./src/github/failure.ts
/**
 * What a failed GitHub call tells the user: which call, what GitHub said, and for a 403 or
 * 404 the permission that is usually missing (GitHub answers 404 rather than 403 where a
 * token may not even know the resource exists).
 */

/** What reading team membership needs, which the workflow's own token never has. */
const TEAM_HINT = "reading team membership needs a token that can read organization members (a GitHub App token with `members: read`, or a personal token with `read:org`); the workflow's GITHUB_TOKEN cannot";
/** The permission a 403/404 of each kind of call usually means the token lacks. */
const PERMISSION_HINT = {
    deployments: "the token probably lacks `deployments: write`; add it under `permissions:` in the workflow",
    approvals: "the token probably lacks `actions: read`; add it under `permissions:` in the workflow",
    environments: "the token probably lacks `actions: read`, or the repository has no such environment",
    teams: TEAM_HINT,
    issues: "the token probably lacks `issues: write`; add it under `permissions:` in the workflow",
    refs: "the token probably lacks `contents: write`; add it under `permissions:` in the workflow",
};
/** The HTTP status of an Octokit error, 0 when there is none. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === "number" ? status : 0;
}
/** GitHub's own message in an error answer, else the error's message. */
function githubMessage(error) {
    const data = error?.response?.data;
    if (data && typeof data === "object" && typeof data.message === "string")
        return data.message;
    if (typeof data === "string" && data.trim() !== "")
        return data.trim().slice(0, 200);
    return error instanceof Error ? error.message : String(error);
}
/** Turns any failure of a call into a GitHubError naming the call, GitHub's answer and what to do. */
function toGitHubError(what, family, error, token) {
    let text;
    let status;
    if (error instanceof types/* GitHubError */.y) {
        ({ status } = error);
        text = `could not ${what}: ${error.message}`;
    }
    else if (error?.response === undefined) {
        // Octokit reports a request that got no answer (refused, reset, timed out) as a 500 without a response.
        status = 0;
        text = `could not ${what}: GitHub answered nothing: ${githubMessage(error)}; check GITHUB_API_URL and the network, then run again`;
    }
    else {
        status = statusOf(error);
        const said = githubMessage(error);
        let advice = "";
        if (/rate limit/i.test(said))
            advice = "; GitHub's rate limit held after the retries, try again later";
        else if (status === 401)
            advice = "; the token was refused (expired, revoked or mistyped)";
        else if (status === 403 || status === 404)
            advice = `; ${PERMISSION_HINT[family]}`;
        else if (status >= 500)
            advice = "; GitHub failed after the retries, try again later";
        text = `could not ${what}: GitHub answered ${status}: ${said}${advice}`;
    }
    // The token is never put in a message on purpose; this guards against an echo of it.
    return new types/* GitHubError */.y(token ? text.replaceAll(token, "***") : text, status);
}

// EXTERNAL MODULE: ./src/github/run-context.ts
var run_context = __webpack_require__(47068);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The GitHub port over Octokit (`@actions/github`), with GitHub's own retry and throttling
 * plugins: a 5xx is retried with growing waits, a rate limit (429, or the secondary limit's
 * 403) waits what GitHub asks and is retried a bounded number of times, and writes are
 * spaced as GitHub recommends. Every failure becomes a {@link GitHubError} that names the
 * call, GitHub's message and, for 403/404, the permission that is usually missing.
 * The token goes to Octokit and nowhere else.
 */







const STATUS_DESCRIPTION_LIMIT = 140;
const MAX_PAGES = 10;
/** The real {@link GitHubPort}. */
function createGitHubClient(options) {
    const { run, logger } = options;
    // Octokit would throw a bare Error for this; say what is missing instead.
    if (options.token.trim() === "")
        throw new errors/* ConfigurationError */.j1([{ path: "GitHub token", message: "is empty; expected the workflow's GITHUB_TOKEN or another token" }]);
    const retries = options.retries ?? 3;
    const unit = options.delayUnitMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= retries || retryAfter > maxWait) {
            logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: giving up (asked to wait ${retryAfter}s, after ${retryCount} retries)`);
            return false;
        }
        logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries})`);
        return true;
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: run.apiUrl,
        log: { debug: (m) => logger.debug(m), info: (m) => logger.debug(m), warn: (m) => logger.warning(m), error: (m) => logger.error(m) },
        // 429 is left to the throttling plugin, which honours GitHub's reset time.
        retry: { retries, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: unit,
            onRateLimit: onLimit("rate limit"),
            onSecondaryRateLimit: onLimit("secondary rate limit"),
            ...(unit === 0 ? { write: immediate, notifications: immediate } : {}),
        },
    }, dist_bundle/* retry */.L, throttling);
    const repo = { owner: run.owner, repo: run.repo };
    /** Runs one call, turning any failure into a GitHubError that names it. */
    const call = async (what, family, fn) => {
        try {
            return await fn();
        }
        catch (error) {
            throw toGitHubError(what, family, error, options.token);
        }
    };
    return {
        run,
        deployments: {
            create: (d) => call(`create a deployment of ${d.ref} to '${d.environment}'`, "deployments", async () => {
                const response = await octokit.rest.repos.createDeployment({
                    ...repo,
                    ref: d.ref,
                    environment: d.environment,
                    task: d.task,
                    payload: d.payload,
                    description: d.description,
                    transient_environment: d.transientEnvironment,
                    production_environment: d.productionEnvironment,
                    required_contexts: [],
                    auto_merge: false,
                });
                if (response.status !== 201 || !("id" in response.data))
                    throw new types/* GitHubError */.y(`GitHub answered ${response.status} without a deployment`, response.status);
                return deployment(response.data);
            }),
            list: (environment, opts = {}) => call(`list the deployments of '${environment}'`, "deployments", async () => {
                const limit = opts.limit ?? 100;
                const found = [];
                const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
                    ...repo,
                    environment,
                    ...(opts.task !== undefined ? { task: opts.task } : {}),
                    per_page: Math.min(Math.max(limit, 1), 100),
                });
                let count = 0;
                for await (const page of pages) {
                    found.push(...page.data.map(deployment));
                    if (found.length >= limit || ++count >= MAX_PAGES)
                        break;
                }
                return found.slice(0, limit);
            }),
            statuses: (id) => call(`list the statuses of deployment ${id}`, "deployments", async () => {
                const found = [];
                let count = 0;
                for await (const page of octokit.paginate.iterator(octokit.rest.repos.listDeploymentStatuses, { ...repo, deployment_id: id, per_page: 100 })) {
                    found.push(...page.data.map(client_status));
                    if (++count >= MAX_PAGES)
                        break;
                }
                return found;
            }),
            setStatus: (id, s) => call(`set deployment ${id} to '${s.state}'`, "deployments", async () => {
                const response = await octokit.rest.repos.createDeploymentStatus({
                    ...repo,
                    deployment_id: id,
                    state: s.state,
                    ...(s.description !== undefined ? { description: cut(s.description, STATUS_DESCRIPTION_LIMIT) } : {}),
                    ...(s.logUrl !== undefined ? { log_url: s.logUrl } : {}),
                    ...(s.environmentUrl !== undefined ? { environment_url: s.environmentUrl } : {}),
                });
                return client_status(response.data);
            }),
        },
        approvals: {
            list: (runId) => call(`read the approvals of run ${runId}`, "approvals", async () => {
                const response = await octokit.rest.actions.getReviewsForRun({ ...repo, run_id: runId });
                return response.data.flatMap((review) => review.state === "approved" || review.state === "rejected"
                    ? [{ user: review.user.login, state: review.state, comment: review.comment, environments: review.environments.flatMap((e) => (e.name ? [e.name] : [])) }]
                    : []);
            }),
            environment: (name) => call(`read the environment '${name}'`, "environments", async () => {
                try {
                    const response = await octokit.rest.repos.getEnvironment({ ...repo, environment_name: name });
                    return environmentProtection(response.data);
                }
                catch (error) {
                    if (statusOf(error) === 404)
                        return undefined;
                    throw error;
                }
            }),
            isTeamMember: (org, teamSlug, user) => call(`check whether ${user} is in the team ${org}/${teamSlug}`, "teams", async () => {
                try {
                    const response = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: teamSlug, username: user });
                    // A pending member has been invited but has not accepted: not (yet) a member.
                    return response.data.state === "active";
                }
                catch (error) {
                    if (statusOf(error) !== 404)
                        throw error;
                }
                // GitHub answers 404 both for "not a member" and for a team the token cannot see;
                // only the first is an answer, the second must not pass for one.
                try {
                    await octokit.rest.teams.getByName({ org, team_slug: teamSlug });
                }
                catch (error) {
                    if (statusOf(error) === 404)
                        throw new types/* GitHubError */.y(`GitHub answered 404 for the team ${org}/${teamSlug}: it does not exist or the token cannot see it; ${TEAM_HINT}`, 404);
                    throw error;
                }
                return false;
            }),
        },
        issues: {
            create: (issue) => call(`open the issue '${cut(issue.title, 60)}'`, "issues", async () => {
                const response = await octokit.rest.issues.create({ ...repo, title: issue.title, body: issue.body, ...(issue.labels ? { labels: [...issue.labels] } : {}) });
                return { number: response.data.number, url: response.data.html_url };
            }),
        },
        refs: {
            createTag: (name, sha) => call(`create the tag ${name} at ${sha.slice(0, 12)}`, "refs", async () => {
                try {
                    await octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${name}`, sha });
                }
                catch (error) {
                    if (statusOf(error) !== 422 || !/already exists/i.test(githubMessage(error)))
                        throw error;
                    // Re-running a job must not fail on the tag it made the first time.
                    const existing = await octokit.rest.git.getRef({ ...repo, ref: `tags/${name}` });
                    if (existing.data.object.sha !== sha) {
                        throw new types/* GitHubError */.y(`the tag ${name} already exists at ${existing.data.object.sha}, not at ${sha}; delete it or choose another name`, 422);
                    }
                }
            }),
        },
    };
}
/** A stand-in for the throttling plugin's write spacing, which runs every job at once (tests only). */
const immediate = {
    key: () => ({ schedule: (_options, job, ...args) => Promise.resolve(job(...args)) }),
};
function deployment(d) {
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
function parsePayload(payload) {
    if (typeof payload !== "string")
        return payload;
    const text = payload.trim();
    if (!text.startsWith("{") && !text.startsWith("["))
        return payload;
    try {
        return JSON.parse(text);
    }
    catch {
        return payload;
    }
}
function client_status(s) {
    return {
        id: s.id,
        state: s.state,
        ...(s.description ? { description: s.description } : {}),
        ...(s.log_url || s.target_url ? { logUrl: s.log_url || s.target_url } : {}),
        ...(s.environment_url ? { environmentUrl: s.environment_url } : {}),
        createdAt: s.created_at,
    };
}
function environmentProtection(e) {
    const rules = e.protection_rules ?? [];
    const reviewers = [];
    let preventSelfReview = false;
    let waitTimerMinutes = 0;
    for (const rule of rules) {
        if ("wait_timer" in rule && typeof rule.wait_timer === "number")
            waitTimerMinutes = rule.wait_timer;
        if ("reviewers" in rule && rule.reviewers) {
            preventSelfReview = rule.prevent_self_review === true;
            for (const r of rule.reviewers) {
                const who = r.reviewer;
                if (r.type === "User" && who?.login)
                    reviewers.push({ type: "User", login: who.login });
                if (r.type === "Team" && who?.slug)
                    reviewers.push({ type: "Team", org: /\/orgs\/([^/]+)\/teams\//.exec(who.html_url ?? "")?.[1] ?? "", slug: who.slug });
            }
        }
    }
    return { name: e.name, reviewers, preventSelfReview, waitTimerMinutes };
}
/** Cuts text to `limit` characters, marking the cut. */
function cut(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}


/***/ })

};
