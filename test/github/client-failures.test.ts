import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { GitHubError, type GitHubPort } from "../../src/github/types.js";
import type { RouteFamily } from "../../tools/github-api/server.js";
import { useGitHubApi } from "../helpers/use-github-api.js";

const TOKEN = "ghs_s3cr3tTokenValue_do_not_print_0123456789";
const gh = useGitHubApi({ token: TOKEN });

async function failure(promise: Promise<unknown>): Promise<GitHubError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubError);
  return error as GitHubError;
}

const deployment = { ref: "main", environment: "production", task: "deploy", payload: {}, description: "", transientEnvironment: false, productionEnvironment: true };

const calls: [string, RouteFamily, (c: GitHubPort) => Promise<unknown>, RegExp][] = [
  ["create a deployment", "deployments", (c) => c.deployments.create(deployment), /could not create a deployment of main to 'production'.*`deployments: write`/],
  ["list deployments", "deployments", (c) => c.deployments.list("production"), /could not list the deployments of 'production'.*`deployments: write`/],
  ["read approvals", "actions", (c) => c.approvals.list(7001), /could not read the approvals of run 7001.*`actions: read`/],
  ["read team membership", "teams", (c) => c.approvals.isTeamMember("octo-org", "sre", "alice"), /could not check whether alice is in the team octo-org\/sre.*organization members.*GITHUB_TOKEN cannot/],
  ["open an issue", "issues", (c) => c.issues.create({ title: "t", body: "b" }), /could not open the issue 't'.*`issues: write`/],
  ["create a tag", "git", (c) => c.refs.createTag("v1", "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"), /could not create the tag v1 at a1b2c3d4e5f6.*`contents: write`/],
];

describe("failures name the call, GitHub's answer and the missing permission", () => {
  it.each(calls)("403 on %s", async (_, family, act, message) => {
    gh.api.deny(family, 403);
    const error = await failure(act(gh.client()));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(message);
    expect(error.message).toContain("GitHub answered 403: Resource not accessible by integration");
  });

  it.each(calls)("404 on %s", async (_, family, act, message) => {
    gh.api.deny(family, 404);
    const error = await failure(act(gh.client()));
    expect(error.status).toBe(404);
    expect(error.message).toMatch(message);
  });

  it("a refused token says so", async () => {
    const error = await failure(gh.client({ token: "ghs_wrong" }).deployments.list("production"));
    expect(error.status).toBe(401);
    expect(error.message).toContain("Bad credentials; the token was refused");
  });

  it("an empty token is a ConfigurationError before any request", () => {
    expect(() => gh.client({ token: " " })).toThrow(ConfigurationError);
    expect(() => gh.client({ token: "" })).toThrow("GitHub token: is empty; expected the workflow's GITHUB_TOKEN or another token");
    expect(gh.api.requests).toEqual([]);
  });

  it("no answer at all is a GitHubError with status 0", async () => {
    const port = Number(new URL(gh.api.url).port);
    await gh.api.close();
    const client = gh.client({ run: { ...gh.run(), apiUrl: `http://127.0.0.1:${port}` }, retries: 0 });
    const error = await failure(client.deployments.list("production"));
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/^could not list the deployments of 'production': GitHub answered nothing: /);
  });
});

describe("retries", () => {
  it("retries a 502 and succeeds", async () => {
    gh.api.fail({ status: 502, times: 2 });
    const created = await gh.client().deployments.create(deployment);
    expect(created.id).toBeGreaterThan(0);
    expect(gh.api.requests.map((r) => r.status)).toEqual([502, 502, 201]);
  });

  it("gives up after the configured retries of a 5xx", async () => {
    gh.api.fail({ status: 503, times: 10 });
    const error = await failure(gh.client({ retries: 2 }).deployments.list("production"));
    expect(error.status).toBe(503);
    expect(error.message).toContain("GitHub answered 503: Service Unavailable; GitHub failed after the retries");
    expect(gh.api.requests).toHaveLength(3);
  });

  it("waits out a secondary rate limit, logging why, and succeeds", async () => {
    gh.api.fail({ status: "secondary-rate-limit", times: 1, retryAfter: 7 });
    await gh.client().issues.create({ title: "t", body: "b" });
    expect(gh.api.requests.map((r) => r.status)).toEqual([403, 201]);
    expect(gh.logger.lines).toContain("warning: GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues: retrying in 7s (retry 1 of 3)");
  });

  it("waits out a primary rate limit (429) and succeeds", async () => {
    gh.api.fail({ status: 429, times: 2, retryAfter: 1 });
    expect(await gh.client().approvals.list(7001)).toEqual([]);
    expect(gh.api.requests.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(gh.logger.lines.filter((l) => l.includes("rate limit on GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals: retrying"))).toHaveLength(2);
  });

  it("does not wait for a rate limit longer than allowed, and says it is a rate limit", async () => {
    gh.api.fail({ status: "secondary-rate-limit", times: 5, retryAfter: 3600 });
    const error = await failure(gh.client().deployments.list("production"));
    expect(error.message).toContain("secondary rate limit");
    expect(error.message).toContain("GitHub's rate limit held after the retries");
    expect(error.message).not.toContain("permission");
    expect(gh.api.requests).toHaveLength(1);
  });

  it("stops retrying a rate limit after the configured retries", async () => {
    gh.api.fail({ status: "secondary-rate-limit", times: 10 });
    await failure(gh.client({ retries: 2 }).deployments.list("production"));
    expect(gh.api.requests).toHaveLength(3);
  });
});

describe("the token", () => {
  it("never appears in what the fake records, in errors, or in logs", async () => {
    const client = gh.client();
    const errors: string[] = [];
    await client.deployments.create(deployment);
    gh.api.fail({ status: "secondary-rate-limit", times: 1 });
    await client.deployments.list("production");
    gh.api.deny("issues", 403);
    errors.push((await failure(client.issues.create({ title: TOKEN, body: TOKEN }))).message);
    gh.api.fail({ status: 502, times: 10 });
    errors.push((await failure(client.approvals.list(1))).message);
    errors.push((await failure(gh.client({ token: `${TOKEN}x` }).deployments.list("production"))).message);
    expect(gh.api.requests.length).toBeGreaterThan(5);
    expect(errors.join("\n")).toContain("***");
    for (const text of [JSON.stringify(gh.api.requests.filter((r) => r.operation !== "issues/create")), errors.join("\n"), gh.logger.lines.join("\n")]) {
      expect(text).not.toContain(TOKEN);
    }
  });
});
