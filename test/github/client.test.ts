import { describe, expect, it } from "vitest";
import { GitHubError, type NewDeployment } from "../../src/github/types.js";
import { useGitHubApi } from "../helpers/use-github-api.js";

const gh = useGitHubApi();

function newDeployment(overrides: Partial<NewDeployment> = {}): NewDeployment {
  return {
    ref: "main",
    environment: "production",
    task: "deploy:canary",
    payload: { version: "v2", stage: "canary" },
    description: "canary 10%",
    transientEnvironment: false,
    productionEnvironment: true,
    ...overrides,
  };
}

describe("deployments", () => {
  it("creates a deployment without required contexts or auto-merge, and reads it back", async () => {
    const created = await gh.client().deployments.create(newDeployment());
    expect(created).toMatchObject({
      ref: "main",
      sha: gh.api.mainSha,
      environment: "production",
      task: "deploy:canary",
      payload: { version: "v2", stage: "canary" },
      description: "canary 10%",
      creator: "github-actions[bot]",
    });
    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const sent = gh.api.requests.find((r) => r.operation === "repos/create-deployment");
    expect(sent?.body).toMatchObject({ required_contexts: [], auto_merge: false, production_environment: true, transient_environment: false });
  });

  it("lists an environment's deployments newest first, filtered by task, so the first is the latest", async () => {
    const client = gh.client();
    const a = await client.deployments.create(newDeployment({ environment: "staging", productionEnvironment: false }));
    const b = await client.deployments.create(newDeployment());
    const c = await client.deployments.create(newDeployment({ task: "deploy:rollback" }));
    const d = await client.deployments.create(newDeployment({ environment: "staging", productionEnvironment: false }));
    expect((await client.deployments.list("production")).map((x) => x.id)).toEqual([c.id, b.id]);
    expect((await client.deployments.list("production", { task: "deploy:canary" })).map((x) => x.id)).toEqual([b.id]);
    expect((await client.deployments.list("staging", { limit: 1 })).map((x) => x.id)).toEqual([d.id]);
    expect(a.id).toBeLessThan(d.id);
    expect(await client.deployments.list("nowhere")).toEqual([]);
  });

  it("follows GitHub's pages past 100 deployments and stops at the limit", async () => {
    const client = gh.client();
    const ids: number[] = [];
    for (let i = 0; i < 105; i++) ids.push((await client.deployments.create(newDeployment({ payload: { i } }))).id);
    const all = await client.deployments.list("production", { limit: 500 });
    expect(all.map((x) => x.id)).toEqual([...ids].reverse());
    const pages = gh.api.requests.filter((r) => r.operation === "repos/list-deployments").map((r) => new URL(r.path, "http://x").searchParams.get("page"));
    expect(pages).toEqual([null, "2"]);
    expect((await client.deployments.list("production", { limit: 3 })).map((x) => x.id)).toEqual(ids.slice(-3).reverse());
  });

  it("reads a payload GitHub holds as a JSON string as an object, and other strings as they are", async () => {
    const client = gh.client();
    await client.deployments.create(newDeployment({ payload: JSON.stringify({ version: "v1" }) }));
    await client.deployments.create(newDeployment({ payload: "not json" }));
    const [plain, json] = await client.deployments.list("production");
    expect(json?.payload).toEqual({ version: "v1" });
    expect(plain?.payload).toBe("not json");
  });

  it("sets statuses, lists them newest first, and cuts a long description to 140 characters", async () => {
    const client = gh.client();
    const { id } = await client.deployments.create(newDeployment());
    await client.deployments.setStatus(id, { state: "in_progress", logUrl: "https://github.com/octo-org/web/actions/runs/7001" });
    const long = "gate held: ".padEnd(300, "x");
    const success = await client.deployments.setStatus(id, { state: "success", description: long, environmentUrl: "https://web.example.com" });
    expect(success.description).toHaveLength(140);
    expect(success.description!.endsWith("…")).toBe(true);
    const statuses = await client.deployments.statuses(id);
    expect(statuses.map((s) => s.state)).toEqual(["success", "in_progress"]);
    expect(statuses[0]).toMatchObject({ environmentUrl: "https://web.example.com" });
    expect(statuses[1]).toMatchObject({ logUrl: "https://github.com/octo-org/web/actions/runs/7001" });
  });

  it("marks the earlier successful deployment of a non-production environment inactive, as GitHub's auto_inactive does", async () => {
    const client = gh.client();
    const staging = newDeployment({ environment: "staging", productionEnvironment: false });
    const first = await client.deployments.create(staging);
    await client.deployments.setStatus(first.id, { state: "success" });
    const second = await client.deployments.create(staging);
    await client.deployments.setStatus(second.id, { state: "success" });
    expect((await client.deployments.statuses(first.id)).map((s) => s.state)).toEqual(["inactive", "success"]);
    expect((await client.deployments.statuses(second.id)).map((s) => s.state)).toEqual(["success"]);
  });

  it("fails with a GitHubError naming the deployment when it does not exist", async () => {
    const error = await gh.client().deployments.statuses(424242).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toMatch(/could not list the statuses of deployment 424242: GitHub answered 404: Not Found/);
  });
});

describe("approvals, environments and teams", () => {
  it("reads the decided reviews of a run, leaving bare comments out", async () => {
    gh.api.seed.approval(7001, { user: "alice", state: "approved", comment: "ship it", environments: ["signoff-sre"] });
    gh.api.seed.approval(7001, { user: "bob", state: "rejected", environments: ["signoff-security", "signoff-sre"] });
    gh.api.seed.approval(7001, { user: "carol", state: "pending", comment: "looking", environments: ["signoff-sre"] });
    gh.api.seed.approval(9999, { user: "dave", state: "approved", environments: ["signoff-sre"] });
    expect(await gh.client().approvals.list(7001)).toEqual([
      { user: "alice", state: "approved", comment: "ship it", environments: ["signoff-sre"] },
      { user: "bob", state: "rejected", comment: "", environments: ["signoff-security", "signoff-sre"] },
    ]);
  });

  it("reads an environment's required reviewers, and undefined for an environment that does not exist", async () => {
    gh.api.seed.environment("signoff-sre", { reviewers: [{ user: "alice" }, { team: "octo-org/sre" }], preventSelfReview: true, waitTimer: 5 });
    gh.api.seed.environment("open");
    const client = gh.client();
    expect(await client.approvals.environment("signoff-sre")).toEqual({
      name: "signoff-sre",
      reviewers: [
        { type: "User", login: "alice" },
        { type: "Team", org: "octo-org", slug: "sre" },
      ],
      preventSelfReview: true,
      waitTimerMinutes: 5,
    });
    expect(await client.approvals.environment("open")).toEqual({ name: "open", reviewers: [], preventSelfReview: false, waitTimerMinutes: 0 });
    expect(await client.approvals.environment("missing")).toBeUndefined();
  });

  it.each([
    ["an active member", "active", true],
    ["a pending member", "pending", false],
    ["not a member", undefined, false],
  ] as const)("team membership: %s", async (_, state, expected) => {
    if (state) gh.api.seed.teamMember("octo-org/sre", "alice", state);
    gh.api.seed.teamMember("octo-org/sre", "someone-else");
    expect(await gh.client().approvals.isTeamMember("octo-org", "sre", "alice")).toBe(expected);
  });

  it("a team the token cannot see is an error, not a 'no'", async () => {
    gh.api.seed.team("octo-org/sre");
    const client = gh.client();
    expect(await client.approvals.isTeamMember("octo-org", "sre", "alice")).toBe(false);
    await expect(client.approvals.isTeamMember("octo-org", "hidden", "alice")).rejects.toThrow(
      /could not check whether alice is in the team octo-org\/hidden: GitHub answered 404 for the team octo-org\/hidden: it does not exist or the token cannot see it; .*GITHUB_TOKEN cannot/,
    );
  });
});

describe("issues and tags", () => {
  it("opens an issue with labels and returns its number and page", async () => {
    const issue = await gh.client().issues.create({ title: "Rollback of web v2", body: "The gate said no-go.", labels: ["deploy", "rollback"] });
    expect(issue).toEqual({ number: 1, url: "https://github.com/octo-org/web/issues/1" });
    expect(gh.api.store.issues[0]).toMatchObject({ title: "Rollback of web v2", body: "The gate said no-go.", labels: [{ name: "deploy" }, { name: "rollback" }] });
  });

  it("creates a tag, accepts the same tag at the same sha again, and refuses it at another sha", async () => {
    const client = gh.client();
    const sha = gh.api.mainSha;
    await client.refs.createTag("web-v2", sha);
    expect(gh.api.store.refs.get("refs/tags/web-v2")).toBe(sha);
    await client.refs.createTag("web-v2", sha);
    expect(gh.api.requests.slice(-2).map((r) => [r.operation, r.status])).toEqual([
      ["git/create-ref", 422],
      ["git/get-ref", 200],
    ]);
    const other = "0123456789abcdef0123456789abcdef01234567";
    await expect(client.refs.createTag("web-v2", other)).rejects.toThrow(`the tag web-v2 already exists at ${sha}, not at ${other}`);
  });
});
