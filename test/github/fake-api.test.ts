import { describe, expect, it } from "vitest";
import { githubDescription } from "../../tools/github-api/description.js";
import { useGitHubApi } from "../helpers/use-github-api.js";

const gh = useGitHubApi();

/** A raw call to the fake, as any HTTP client would make it; a header given as "" is left out. */
async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${gh.api.url}${path}`, {
    method,
    headers: Object.fromEntries(Object.entries({ authorization: `Bearer ${gh.api.token}`, "content-type": "application/json", ...headers }).filter(([, v]) => v !== "")),
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & unknown[] };
}

const repo = "/repos/octo-org/web";

describe("the fake refuses what GitHub's description does not allow", () => {
  it.each([
    ["a field of the wrong type", { ref: "main", transient_environment: "yes" }, "'transient_environment' must be boolean"],
    ["a field the description does not define", { ref: "main", requiredContexts: [] }, "field 'requiredContexts' the description does not define"],
    ["a missing required field", { environment: "production" }, "must have required property 'ref'"],
    ["a payload that is neither object nor string", { ref: "main", payload: 42 }, "'payload' must be"],
  ])("a deployment with %s is 422", async (_, body, message) => {
    const answer = await call("POST", `${repo}/deployments`, body);
    expect(answer.status).toBe(422);
    expect(answer.body.message).toContain("Invalid request.");
    expect(answer.body.message).toContain(message);
    expect(gh.api.store.deployments).toEqual([]);
  });

  it("a method the path does not have is 404, naming the methods it has", async () => {
    const answer = await call("PUT", `${repo}/deployments`, { ref: "main" });
    expect(answer.status).toBe(404);
    expect(answer.body.message).toBe("Not Found: PUT is not an operation of /repos/{owner}/{repo}/deployments in GitHub's REST description (it has GET, POST)");
  });

  it("a path the description does not have is 404", async () => {
    const answer = await call("GET", `${repo}/deployment`);
    expect(answer.status).toBe(404);
    expect(answer.body.message).toContain("is not a path of GitHub's REST description");
  });

  it.each([
    ["a query parameter of the wrong type", `${repo}/deployments?per_page=many`, "query parameter 'per_page' must be integer"],
    ["an unknown query parameter", `${repo}/deployments?env=production`, "query parameter 'env' is not defined for repos/list-deployments"],
    ["a path parameter of the wrong type", `${repo}/deployments/abc/statuses`, "path parameter 'deployment_id' must be integer"],
  ])("%s is 422", async (_, path, message) => {
    const answer = await call("GET", path);
    expect(answer.status).toBe(422);
    expect(answer.body.message).toContain(message);
  });

  it("a body that is not JSON is 400, as GitHub answers it", async () => {
    const answer = await call("POST", `${repo}/issues`, "{title:");
    expect(answer).toMatchObject({ status: 400, body: { message: "Problems parsing JSON" } });
  });

  it("a status description over 140 characters is 422", async () => {
    const created = await call("POST", `${repo}/deployments`, { ref: "main" });
    const answer = await call("POST", `${repo}/deployments/${created.body["id"]}/statuses`, { state: "success", description: "x".repeat(141) });
    expect(answer.status).toBe(422);
    expect(answer.body.message).toContain("maximum is 140 characters");
  });

  it.each([
    ["no Authorization header", { authorization: "" }, "Requires authentication"],
    ["a scheme GitHub does not take", { authorization: `Basic ${"x".repeat(8)}` }, "Requires authentication"],
    ["another token", { authorization: "token ghs_other" }, "Bad credentials"],
  ])("%s is 401", async (_, headers, message) => {
    const answer = await call("GET", `${repo}/deployments`, undefined, headers);
    expect(answer).toMatchObject({ status: 401, body: { message } });
  });

  it("another repository is 404", async () => {
    expect((await call("GET", "/repos/octo-org/other/deployments")).status).toBe(404);
  });

  it("a described operation the fake does not implement is 501, naming it", async () => {
    const answer = await call("GET", "/repos/octo-org/web/pulls");
    expect(answer.status).toBe(501);
    expect(answer.body.message).toContain("pulls/list");
  });
});

describe("the fake keeps state as GitHub does", () => {
  it("stores a payload as given, string or object, and defaults like GitHub", async () => {
    const asString = await call("POST", `${repo}/deployments`, { ref: "main", payload: '{"a":1}' });
    const asObject = await call("POST", `${repo}/deployments`, { ref: gh.api.mainSha, environment: "staging", payload: { a: 1 } });
    expect(asString.body).toMatchObject({ payload: '{"a":1}', environment: "production", task: "deploy", production_environment: true, sha: gh.api.mainSha });
    expect(asObject.body).toMatchObject({ payload: { a: 1 }, environment: "staging", production_environment: false });
    expect(Number(asObject.body["id"])).toBeGreaterThan(Number(asString.body["id"]));
  });

  it.each([
    ["a non-production environment", { environment: "staging" }, {}, ["inactive", "success"]],
    ["a production environment", { environment: "production" }, {}, ["success"]],
    ["a transient environment", { environment: "pr-7", transient_environment: true }, {}, ["success"]],
    ["auto_inactive: false", { environment: "staging" }, { auto_inactive: false }, ["success"]],
  ])("a later success marks an earlier one inactive only in %s", async (_, deployment, status, firstStates) => {
    const first = await call("POST", `${repo}/deployments`, { ref: "main", ...deployment });
    await call("POST", `${repo}/deployments/${first.body["id"]}/statuses`, { state: "success" });
    const second = await call("POST", `${repo}/deployments`, { ref: "main", ...deployment });
    await call("POST", `${repo}/deployments/${second.body["id"]}/statuses`, { state: "success", ...status });
    const states = await call("GET", `${repo}/deployments/${first.body["id"]}/statuses`);
    expect(states.body.map((s) => (s as Record<string, unknown>)["state"])).toEqual(firstStates);
  });

  it("refuses a ref it cannot resolve, as GitHub does", async () => {
    const answer = await call("POST", `${repo}/deployments`, { ref: "no-such-branch" });
    expect(answer).toMatchObject({ status: 422, body: { message: "No ref found for: no-such-branch" } });
  });

  it("pages with per_page and page and a Link header", async () => {
    for (let i = 0; i < 5; i++) await call("POST", `${repo}/deployments`, { ref: "main", task: `t${i}` });
    const second = await call("GET", `${repo}/deployments?per_page=2&page=2`);
    expect(second.body.map((d) => (d as Record<string, unknown>)["task"])).toEqual(["t2", "t1"]);
    const link = second.headers.get("link") ?? "";
    expect(link).toContain('page=3>; rel="next"');
    expect(link).toContain('page=1>; rel="prev"');
    expect(link).toContain('page=3>; rel="last"');
    expect((await call("GET", `${repo}/deployments?sha=${gh.api.mainSha}&ref=main&task=t4`)).body).toHaveLength(1);
  });

  it("refuses to create a ref that exists, with GitHub's message", async () => {
    const body = { ref: "refs/tags/v1", sha: gh.api.mainSha };
    expect((await call("POST", `${repo}/git/refs`, body)).status).toBe(201);
    expect(await call("POST", `${repo}/git/refs`, body)).toMatchObject({ status: 422, body: { message: "Reference already exists" } });
  });

  it("answers 403 with the permission header GitHub sends, and injected faults only for their count", async () => {
    gh.api.deny("deployments", 403);
    const denied = await call("GET", `${repo}/deployments`);
    expect(denied.status).toBe(403);
    expect(denied.headers.get("x-accepted-github-permissions")).toBe("deployments=write");
    gh.api.fail({ status: "secondary-rate-limit", times: 1, retryAfter: 9, family: "issues" });
    expect((await call("GET", "/orgs/octo-org/teams/sre/memberships/alice")).status).toBe(404);
    const limited = await call("POST", `${repo}/issues`, { title: "t" });
    expect(limited.status).toBe(403);
    expect(limited.headers.get("retry-after")).toBe("9");
    expect(limited.body.message).toContain("secondary rate limit");
    expect((await call("POST", `${repo}/issues`, { title: "t" })).status).toBe(201);
  });

  it("records method, path, operation, body and status of every request", async () => {
    await call("POST", `${repo}/issues`, { title: "t", labels: ["x"] });
    expect(gh.api.requests).toEqual([{ method: "POST", path: `${repo}/issues`, operation: "issues/create", body: { title: "t", labels: ["x"] }, status: 201 }]);
  });
});

describe("the fake's answers match GitHub's response schemas", () => {
  it("every implemented operation answers within its schema", async () => {
    gh.api.seed.approval(5, { user: "alice", state: "approved", environments: ["prod"] });
    gh.api.seed.teamMember("octo-org/sre", "alice", "pending");
    gh.api.seed.environment("prod", { reviewers: [{ user: "alice" }, { team: "octo-org/sre" }], preventSelfReview: true, waitTimer: 3 });
    const created = await call("POST", `${repo}/deployments`, { ref: "main", payload: { v: 1 }, description: null });
    const id = created.body["id"];
    const answers = [
      created,
      await call("GET", `${repo}/deployments`),
      await call("GET", `${repo}/deployments/${id}`),
      await call("POST", `${repo}/deployments/${id}/statuses`, { state: "success", log_url: "https://example.com/log", environment_url: "https://example.com" }),
      await call("POST", `${repo}/deployments/${id}/statuses`, { state: "inactive" }),
      await call("GET", `${repo}/deployments/${id}/statuses`),
      await call("GET", `${repo}/actions/runs/5/approvals`),
      await call("GET", "/orgs/octo-org/teams/sre/memberships/alice"),
      await call("GET", "/orgs/octo-org/teams/sre"),
      await call("GET", `${repo}/environments/prod`),
      await call("POST", `${repo}/issues`, { title: "t", body: "b", labels: ["deploy"] }),
      await call("POST", `${repo}/git/refs`, { ref: "refs/tags/v1", sha: gh.api.mainSha }),
      await call("GET", `${repo}/git/ref/tags/v1`),
    ];
    expect(answers.map((a) => a.status)).toEqual([201, 200, 200, 201, 201, 200, 200, 200, 200, 200, 201, 201, 200]);
    const operations = new Set(gh.api.requests.map((r) => r.operation));
    expect(operations.size).toBe(Object.keys(gh.api.store.handlers).length);
    expect(gh.api.responseProblems).toEqual([]);
  });

  it("the check is not empty: a deployment without node_id or creator is refused", () => {
    const description = githubDescription();
    const match = description.match("GET", "/repos/o/r/deployments/1");
    if (match.kind !== "operation") throw new Error("route not found");
    const problems = description.checkResponse(match.operation, 200, { id: 1, sha: "x", ref: "main", task: "deploy", environment: "e", payload: {} });
    expect(problems).toEqual(expect.arrayContaining(["value must have required property 'node_id'", "value must have required property 'creator'"]));
  });
});
