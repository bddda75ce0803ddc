/**
 * The sign-off operation with the real GitHub client against the local API that answers
 * from GitHub's description: who approved, every stage's verdict, change types, where the
 * verdicts come from, and what is written to GitHub (only on an accepted decision).
 */
import { describe, expect, it } from "vitest";
import { signOff, type SignOffRequest } from "../../src/app/signoff.js";
import { ConfigurationError, Refusal } from "../../src/errors.js";
import { GitHubError } from "../../src/github/types.js";
import type { Verdict } from "../../src/judge/types.js";
import type { Playbook } from "../../src/playbook/types.js";
import { playbookDigest } from "../../src/playbook/digest.js";
import type { DeployState } from "../../src/state.js";
import { fakeClock } from "../fakes/clock.js";
import { memoryLogger } from "../fakes/log.js";
import { useGitHubApi } from "../helpers/use-github-api.js";
import { PLAYBOOK, protect, recordRollout, SIMPLE_PLAYBOOK, stateOf, statusesOf } from "./world.js";

const TOKEN = "ghs_signoffUseCaseToken_0123456789abcdef";
const gh = useGitHubApi({ token: TOKEN });

function request(overrides: Partial<SignOffRequest> & { playbook?: Playbook } = {}): SignOffRequest {
  const playbook = overrides.playbook ?? PLAYBOOK;
  return { playbook, digest: playbookDigest(playbook), file: "deploy.yml", dryRun: false, acceptConditional: false, secrets: [TOKEN], ...overrides };
}

async function run(overrides: Partial<SignOffRequest> = {}) {
  return signOff(request(overrides), { clock: fakeClock(new Date("2026-01-05T12:00:00Z")), log: memoryLogger(), github: gh.client() });
}

/**
 * A protected world with the rollout of 1.5.0 recorded, after a successful one of 1.4.2
 * (a minor change: the roles of require); returns its state.
 */
async function world(overrides: Partial<DeployState> = {}, previous: string | null = "1.4.2"): Promise<DeployState> {
  protect(gh.api);
  const client = gh.client();
  if (previous) await recordRollout(client, stateOf(PLAYBOOK, { targetVersion: previous, run: { id: "6001", url: "https://github.com/octo-org/web/actions/runs/6001" } }), "success");
  return recordRollout(client, stateOf(PLAYBOOK, overrides));
}

const approve = (user: string, env: string, comment = "") => gh.api.seed.approval(7001, { user, state: "approved", comment, environments: [env] });
const BOTH = () => {
  approve("sara", "signoff-sre", "LGTM");
  approve("sec", "signoff-security");
};
const tags = () => [...gh.api.store.refs].filter(([ref]) => ref.startsWith("refs/tags/"));
const writes = () => gh.api.requests.filter((r) => r.method !== "GET").map((r) => r.operation);

describe("an approved sign-off", () => {
  it("records who approved, tags the release at the run's commit and marks the deployment successful", async () => {
    const state = await world();
    BOTH();
    const before = writes().length;
    const report = await run({ state, environmentUrl: "https://api.example.com" });
    expect(report.accepted).toBe(true);
    expect(report.outputs["decision"]).toBe("approved");
    expect(JSON.parse(report.outputs["approvers"]!)).toEqual([
      { role: "sre", user: "sara", environment: "signoff-sre", comment: "LGTM", observedAt: "2026-01-05T12:00:00.000Z" },
      { role: "security", user: "sec", environment: "signoff-security", comment: "", observedAt: "2026-01-05T12:00:00.000Z" },
    ]);
    expect(report.outputs["missing-roles"]).toBe("");
    expect(tags()).toEqual([["refs/tags/v1.5.0", gh.api.mainSha]]);
    expect(writes().slice(before)).toEqual(["git/create-ref", "repos/create-deployment-status"]);
    expect(statusesOf(gh.api, state.deployment!.id)[0]).toEqual({ state: "success", environmentUrl: "https://api.example.com", description: "Signed off (approved) by @sara, @sec" });
    expect(report.summary).toContain("## Sign-off of api 1.5.0: APPROVED");
    expect(report.summary).toContain("| sre | yes | @sara | LGTM | `signoff-sre` | 2026-01-05T12:00:00.000Z |");
    expect(report.summary).toContain("| canary | go | artifact `deploy-playbook-evidence-api-canary` of [run 7001](https://github.com/octo-org/web/actions/runs/7001) |");
    expect(report.summary).toContain("Stage verdicts: from the state handed to this step.");
    expect(report.summary).toContain("*Seen at* is when this sign-off read it");
    expect(report.summary).toContain(`- Tagged \`v1.5.0\` at \`${gh.api.mainSha.slice(0, 12)}\`.`);
    expect(report.message).toBe("Sign-off of api 1.5.0: approved, by @sara (sre), @sec (security).");
  });

  it("works the simple way: one environment for every role, the sign-off job itself waiting there", async () => {
    gh.api.seed.environment("production", { reviewers: [{ user: "lee" }] });
    const state = await recordRollout(gh.client(), stateOf(SIMPLE_PLAYBOOK));
    approve("lee", "production", "ok");
    const report = await run({ playbook: SIMPLE_PLAYBOOK, state });
    expect(report.outputs["decision"]).toBe("approved");
    expect(statusesOf(gh.api, state.deployment!.id)[0]?.state).toBe("success");
    expect(tags()).toEqual([]);
  });
});

describe("who approved", () => {
  it.each([
    ["one person covering two roles", () => {
      gh.api.seed.teamMember("octo-org/sre", "sam");
      approve("sam", "signoff-sre");
      approve("sam", "signoff-security");
    }, "security", /@sam is counted for sre, and one person fills one role/],
    ["a member who left the team", () => {
      approve("lou", "signoff-sre");
      approve("sec", "signoff-security");
    }, "sre", /@lou is not listed for sre nor an active member of team sre/],
    ["a member whose invitation is still pending", () => {
      gh.api.seed.teamMember("octo-org/sre", "pen", "pending");
      approve("pen", "signoff-sre");
      approve("sec", "signoff-security");
    }, "sre", /@pen is not listed for sre nor an active member of team sre/],
    ["the actor who started the run", () => {
      gh.api.seed.teamMember("octo-org/sre", "alice");
      approve("alice", "signoff-sre");
      approve("sec", "signoff-security");
    }, "sre", /@alice started the run, and self-approval is refused/],
    ["a role's job that was skipped", () => approve("sara", "signoff-sre"), "security", /no review in environment signoff-security: the job waiting there for security never ran/],
  ])("%s: rejected, naming why, and nothing is written", async (_, seed, missing, reason) => {
    const state = await world();
    seed();
    const before = writes().length;
    const report = await run({ state });
    expect(report.accepted).toBe(false);
    expect(report.outputs["decision"]).toBe("rejected");
    expect(report.outputs["missing-roles"]).toBe(missing);
    expect(report.message).toMatch(reason);
    expect(report.summary).toContain("Nothing was changed in GitHub");
    expect(writes().slice(before)).toEqual([]);
    expect(tags()).toEqual([]);
  });

  it.each([
    ["the pusher", { pusher: "sara" }, "@sara pushed the commit being rolled out"],
    ["the commit's author", { author: "sara" }, "@sara wrote the commit being rolled out"],
  ])("refuses %s as an approver", async (_, people, reason) => {
    const state = await world();
    BOTH();
    const report = await run({ state, ...people });
    expect(report.outputs["decision"]).toBe("rejected");
    expect(report.message).toContain(reason);
  });

  it("rejects on a rejected review, quoting it", async () => {
    const state = await world();
    BOTH();
    gh.api.seed.approval(7001, { user: "sam", state: "rejected", comment: "pen test pending", environments: ["signoff-security"] });
    const report = await run({ state });
    expect(report.outputs["decision"]).toBe("rejected");
    expect(report.message).toContain('@sam rejected the deployment in signoff-security: "pen test pending"');
    expect(statusesOf(gh.api, state.deployment!.id).map((s) => s.state)).toEqual(["in_progress"]);
  });

  it("with no review at all, says the jobs need an environment with required reviewers", async () => {
    const state = await world();
    const report = await run({ state });
    expect(report.outputs["decision"]).toBe("rejected");
    expect(report.outputs["missing-roles"]).toBe("sre,security");
    expect(report.message).toContain("GitHub lists no review of run 7001 at all");
    expect(report.summary).toContain("must name an \\`environment:\\` with required reviewers");
  });
});

const verdicts: [string, Record<string, Verdict>, boolean, string, boolean][] = [
  ["both go", { canary: "go", full: "go" }, false, "approved", true],
  ["a conditional stage", { canary: "conditional", full: "go" }, false, "conditional", false],
  ["a conditional stage, accepted", { canary: "go", full: "conditional" }, true, "conditional", true],
  ["a no-go stage", { canary: "go", full: "no-go" }, true, "rejected", false],
  ["an inconclusive stage", { canary: "inconclusive", full: "go" }, true, "rejected", false],
  ["a stage never judged", { canary: "go" }, true, "rejected", false],
  ["no stage judged", {}, false, "rejected", false],
];

describe("every stage's verdict", () => {
  it.each(verdicts)("%s: %s", async (_, stageVerdicts, acceptConditional, decision, signed) => {
    const state = await world({ verdicts: stageVerdicts });
    BOTH();
    const report = await run({ state, acceptConditional });
    expect(report.outputs["decision"]).toBe(decision);
    expect(report.accepted).toBe(signed);
    expect(statusesOf(gh.api, state.deployment!.id)[0]?.state).toBe(signed ? "success" : "in_progress");
    expect(tags().length).toBe(signed ? 1 : 0);
    if (decision === "conditional" && !signed) expect(report.conditional).toBe(true);
    for (const [stage, verdict] of Object.entries(stageVerdicts)) expect(report.summary).toContain(`| ${stage} | ${verdict} |`);
  });
});

describe("change types", () => {
  it.each([
    ["given major: product too", { changeType: "major" as const }, "product"],
    ["given hotfix: sre alone", { changeType: "hotfix" as const }, ""],
    ["given patch: the roles of require", { changeType: "patch" as const }, ""],
  ])("%s", async (_, given, missing) => {
    const state = await world();
    BOTH();
    const report = await run({ state, ...given });
    expect(report.outputs["missing-roles"]).toBe(missing);
    expect(report.outputs["decision"]).toBe(missing ? "rejected" : "approved");
    expect(report.summary).toContain(`Change type: ${given.changeType}.`);
  });

  it.each([
    ["1.4.2", "1.5.0", "minor", ""],
    ["1.4.2", "2.0.0", "major", "product"],
  ])("derived from the previous successful deployment %s to %s: %s", async (previous, next, type, missing) => {
    protect(gh.api);
    const client = gh.client();
    await recordRollout(client, stateOf(PLAYBOOK, { targetVersion: previous, run: { id: "6001", url: "https://github.com/octo-org/web/actions/runs/6001" } }), "success");
    // A later rollout that failed was never live: it is passed over.
    await recordRollout(client, stateOf(PLAYBOOK, { targetVersion: "9.9.9", run: { id: "6002", url: "https://github.com/octo-org/web/actions/runs/6002" } }), "failure");
    const state = await recordRollout(client, stateOf(PLAYBOOK, { targetVersion: next }));
    BOTH();
    const report = await run({ state });
    expect(report.summary).toContain(`Change type: ${type}.`);
    expect(report.outputs["missing-roles"]).toBe(missing);
  });

  it("without the input and with no earlier deployment, is a configuration error naming the input, before any review is read", async () => {
    const state = await world({}, null);
    BOTH();
    const error = await run({ state }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems[0]).toMatchObject({ path: "input 'change-type'", message: expect.stringContaining('there is no previous version to compare "1.5.0" with') });
    expect(gh.api.requests.some((r) => r.operation === "actions/get-reviews-for-run")).toBe(false);
  });
});

describe("where the verdicts come from", () => {
  it("without a state, reads the latest deployment's payload and says it may be incomplete", async () => {
    await world();
    BOTH();
    const report = await run({ changeType: "patch" });
    expect(report.outputs["decision"]).toBe("rejected");
    expect(report.message).toContain("stage canary has not been judged yet");
    expect(report.summary).toMatch(/Stage verdicts: from the payload of GitHub deployment \d+, written when the rollout started/);
  });

  it("without a state or any deployment, asks for the state", async () => {
    protect(gh.api);
    await expect(run({ changeType: "patch" })).rejects.toThrow(/input 'state': is empty, and GitHub holds no deployment of api in environment production/);
  });

  it.each([
    ["a rolled-back rollout", { status: "rolled-back" as const }, "in_progress" as const, /was rolled back; there is nothing to sign off/],
    ["a deployment marked failed", {}, "failure" as const, /is marked failure; a failed rollout cannot be signed off/],
  ])("refuses %s", async (_, overrides, status, message) => {
    protect(gh.api);
    const state = await recordRollout(gh.client(), stateOf(PLAYBOOK, overrides), status);
    BOTH();
    const error = await run({ state, changeType: "patch" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Error).message).toMatch(message);
  });

  it("refuses a state from a rollout of another version of the playbook", async () => {
    const state = await world({ digest: `sha256:${"0".repeat(64)}` });
    await expect(run({ state, changeType: "patch" })).rejects.toThrow(/was made with another version of the playbook/);
  });
});

describe("environments that would make the sign-off meaningless", () => {
  it("refuses a missing environment and one without required reviewers, all at once, before reading a review", async () => {
    const state = await recordRollout(gh.client(), stateOf(PLAYBOOK));
    gh.api.seed.environment("signoff-sre");
    const error = await run({ state, changeType: "patch" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Error).message).toBe(
      "The sign-off would mean nothing: the environment 'signoff-sre' has no required reviewers (sre approves there), so a job waiting there runs without anyone's approval: add the role's people as required reviewers; the repository has no environment 'signoff-security' (security approves there): create it under Settings > Environments with the role's people as required reviewers. Nothing was changed.",
    );
    expect(gh.api.requests.some((r) => r.operation === "actions/get-reviews-for-run")).toBe(false);
  });
});

describe("a missing permission", () => {
  it.each([
    ["actions", /could not read the approvals of run 7001.*`actions: read`/],
    ["teams", /organization members.*GITHUB_TOKEN cannot/],
  ] as const)("%s: a GitHubError naming it, and nothing written", async (family, message) => {
    const state = await world();
    BOTH();
    gh.api.deny(family, 403);
    const before = writes().length;
    const error = await run({ state, changeType: "patch" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(TOKEN);
    expect(writes().slice(before)).toEqual([]);
  });

  it("contents: the record is kept, the step fails naming it, and the deployment is left as it was", async () => {
    const state = await world();
    BOTH();
    gh.api.deny("git", 403);
    const report = await run({ state, changeType: "patch" });
    expect(report.accepted).toBe(false);
    expect(report.outputs["decision"]).toBe("approved");
    expect(report.message).toMatch(/^Sign-off of api 1\.5\.0 approved, but could not create the tag v1\.5\.0 .*`contents: write`/);
    expect(report.summary).toContain("**Not completed:**");
    expect(statusesOf(gh.api, state.deployment!.id).map((s) => s.state)).toEqual(["in_progress"]);
  });
});

describe("the token", () => {
  it("appears in no output, summary or message", async () => {
    const state = await world();
    approve("sara", "signoff-sre", `here is ${TOKEN}`);
    approve("sec", "signoff-security");
    const report = await run({ state, changeType: "patch" });
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    expect(report.summary).toContain("here is \\*\\*\\*");
  });
});
