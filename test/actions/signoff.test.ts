/**
 * The built signoff bundle, run as the runner runs it, against the local GitHub API: it
 * reads the run's reviews and event file with the token it is given, decides, writes its
 * record to the job summary, and on approval tags the release and marks the deployment
 * successful. A rejection fails the step and writes nothing to GitHub.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serializeState, type DeployState } from "../../src/state.js";
import { runAction, type RunResult } from "../../tools/runner.js";
import { STACK_LINE } from "../helpers/fixtures.js";
import { useGitHubApi } from "../helpers/use-github-api.js";
import { PLAYBOOK, PLAYBOOK_TEXT, protect, recordRollout, stateOf, statusesOf } from "../signoff/world.js";

const TOKEN = "ghs_signoffBundleToken_9f8e7d6c5b4a39281706";
const gh = useGitHubApi({ token: TOKEN });

let workspace = "";
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), "signoff-ws-"));
  await mkdir(join(workspace, ".github"), { recursive: true });
  await writeFile(join(workspace, ".github", "deploy-playbook.yml"), PLAYBOOK_TEXT);
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** A push to main by pat, written by ann, as the runner's event file holds it. */
const PUSH = { ref: "refs/heads/main", pusher: { name: "pat", email: "pat@example.com" }, sender: { login: "pat" }, head_commit: { id: "x", author: { name: "Ann", email: "ann@example.com", username: "ann" } } };

async function signoff(inputs: Record<string, string>, event: object = PUSH): Promise<RunResult> {
  return runAction("signoff", {
    inputs,
    workspace,
    event,
    eventName: "push",
    githubToken: gh.api.token,
    env: { GITHUB_API_URL: gh.api.url, GITHUB_REPOSITORY: `${gh.api.owner}/${gh.api.repo}`, GITHUB_RUN_ID: "7001", GITHUB_SHA: gh.api.mainSha, GITHUB_ACTOR: "alice" },
  });
}

async function rollout(): Promise<DeployState> {
  protect(gh.api);
  return recordRollout(gh.client(), stateOf(PLAYBOOK));
}

const approve = (user: string, env: string, comment = "") => gh.api.seed.approval(7001, { user, state: "approved", comment, environments: [env] });

function expectNoToken(run: RunResult): void {
  const unmasked = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
  for (const text of [unmasked, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.annotations)]) expect(text).not.toContain(TOKEN);
  expect(run.masks).toContain(TOKEN);
}

describe("the signoff bundle", () => {
  it("approves with the run's reviews: writes the record, tags the release and marks the deployment successful", async () => {
    const state = await rollout();
    approve("sara", "signoff-sre", "LGTM");
    approve("sec", "signoff-security");
    const run = await signoff({ state: serializeState(state), "change-type": "patch", "environment-url": "https://api.example.com" });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.outputs["decision"]).toBe("approved");
    expect(JSON.parse(run.outputs["approvers"]!).map((a: { role: string; user: string }) => `${a.role}:${a.user}`)).toEqual(["sre:sara", "security:sec"]);
    expect(run.outputs["missing-roles"]).toBe("");
    expect(run.summary).toContain("## Sign-off of api 1.5.0: APPROVED");
    expect(run.summary).toContain("| security | yes | @sec |  | `signoff-security` |");
    expect(gh.api.store.refs.get("refs/tags/v1.5.0")).toBe(gh.api.mainSha);
    expect(statusesOf(gh.api, state.deployment!.id)[0]).toMatchObject({ state: "success", environmentUrl: "https://api.example.com" });
    expect(run.stdout).toContain("From the run's event: pushed by @pat, written by @ann.");
    expect(run.annotations).toEqual([]);
    expectNoToken(run);
  });

  it("refuses the pusher named by the event file: rejected, the step fails, and nothing is written to GitHub", async () => {
    const state = await rollout();
    gh.api.seed.teamMember("octo-org/sre", "pat");
    approve("pat", "signoff-sre");
    approve("sec", "signoff-security");
    const before = gh.api.requests.filter((r) => r.method !== "GET").length;
    const run = await signoff({ state: serializeState(state), "change-type": "patch" });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["decision"]).toBe("rejected");
    expect(run.outputs["missing-roles"]).toBe("sre");
    expect(run.summary).toContain("## Sign-off of api 1.5.0: REJECTED");
    expect(run.summary).toContain("@pat pushed the commit being rolled out, and self-approval is refused");
    expect(run.annotations).toEqual([{ level: "error", message: expect.stringMatching(/^Sign-off of api 1\.5\.0: rejected: role sre needs 1 approver in signoff-sre, counted nobody; not counted: @pat pushed the commit/) }]);
    expect(gh.api.requests.filter((r) => r.method !== "GET").length).toBe(before);
    expect(gh.api.store.refs.has("refs/tags/v1.5.0")).toBe(false);
    expect(run.stdout).not.toMatch(STACK_LINE);
  });

  it("fails a conditional decision unless accept-conditional is set, saying how to accept it", async () => {
    const state = await rollout();
    approve("sara", "signoff-sre", "conditional: watch the error budget this week");
    approve("sec", "signoff-security");
    const run = await signoff({ state: serializeState(state), "change-type": "patch" });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["decision"]).toBe("conditional");
    expect(run.annotations.at(-1)?.message).toMatch(/watch the error budget this week.*Set accept-conditional: true to accept a conditional sign-off\.$/);
    const accepted = await signoff({ state: serializeState(state), "change-type": "patch", "accept-conditional": "true" });
    expect(accepted.exitCode).toBe(0);
    expect(statusesOf(gh.api, state.deployment!.id)[0]?.state).toBe("success");
  });

  it.each([
    ["actions", /could not read the approvals of run 7001: GitHub answered 403: Resource not accessible by integration; the token probably lacks `actions: read`/],
    ["environments", /could not read the environment 'signoff-sre': GitHub answered 403.*`actions: read`/],
  ] as const)("a token without %s access fails naming the permission, without a stack trace", async (family, message) => {
    const state = await rollout();
    gh.api.deny(family, 403);
    const run = await signoff({ state: serializeState(state), "change-type": "patch" });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([{ level: "error", message: expect.stringMatching(message) }]);
    expect(run.stdout).not.toMatch(STACK_LINE);
    expect(run.stdout).not.toContain("Unexpected error");
    expectNoToken(run);
  });

  it.each([
    ["change-type", { "change-type": "feature" }, `input 'change-type': found "feature"; expected one of configuration, patch, minor, major, hotfix`],
    ["environment-url", { "environment-url": "api.example.com" }, `input 'environment-url': found "api.example.com"; expected an http(s) URL`],
  ])("rejects a bad %s before asking GitHub anything", async (_, inputs, message) => {
    const run = await signoff(inputs);
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toContain(message);
    expect(gh.api.requests).toEqual([]);
  });

  it("asks for a token when the github-token input is empty", async () => {
    const run = await runAction("signoff", { inputs: { "github-token": "" }, workspace, githubToken: "" });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toMatch(/^input 'github-token': is empty; the sign-off reads who approved from the GitHub API/);
  });
});
