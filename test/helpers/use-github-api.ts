/**
 * A fresh GitHub API fake (tools/github-api) for each test, and a real client pointed at
 * it with immediate retries. After each test the fake's answers must have matched the
 * description's response schemas.
 */
import { afterEach, beforeEach, expect } from "vitest";
import { startGitHubApi, type GitHubApiOptions, type RunningGitHubApi } from "../../tools/github-api/server.js";
import { createGitHubClient, type GitHubClientOptions } from "../../src/github/client.js";
import type { GitHubPort, RunContext } from "../../src/github/types.js";
import { memoryLogger } from "../fakes/log.js";

export interface GitHubFixture {
  readonly api: RunningGitHubApi;
  readonly logger: ReturnType<typeof memoryLogger>;
  /** A client of the fake; `overrides` replace the defaults (token, retries...). */
  client(overrides?: Partial<GitHubClientOptions>): GitHubPort;
  /** The run context the client uses. */
  run(): RunContext;
}

/** Starts the fake before each test and stops it after. */
export function useGitHubApi(options: GitHubApiOptions = {}): GitHubFixture {
  let api: RunningGitHubApi | undefined;
  let logger = memoryLogger();
  beforeEach(async () => {
    api = await startGitHubApi(options);
    logger = memoryLogger();
  });
  afterEach(async () => {
    const problems = api?.responseProblems ?? [];
    await api?.close();
    api = undefined;
    expect(problems, "answers of the fake that GitHub's description does not allow").toEqual([]);
  });
  const fixture: GitHubFixture = {
    get api() {
      if (!api) throw new Error("the GitHub fake runs only inside a test");
      return api;
    },
    get logger() {
      return logger;
    },
    run: () => runContextFor(fixture.api),
    client: (overrides = {}) => createGitHubClient({ token: fixture.api.token, run: fixture.run(), logger, delayUnitMs: 0, ...overrides }),
  };
  return fixture;
}

/** The run context of a workflow run in the fake's repository. */
export function runContextFor(api: RunningGitHubApi, overrides: Partial<RunContext> = {}): RunContext {
  return {
    owner: api.owner,
    repo: api.repo,
    runId: 7001,
    runAttempt: 1,
    runUrl: `https://github.com/${api.owner}/${api.repo}/actions/runs/7001`,
    actor: "alice",
    sha: api.mainSha,
    ref: "refs/heads/main",
    serverUrl: "https://github.com",
    apiUrl: api.url,
    ...overrides,
  };
}
