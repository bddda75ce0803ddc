/**
 * The use cases over the real GitHub client against the local GitHub API: a 5xx that does
 * not recover and a token without a permission stop the rollout before traffic moves, and
 * never turn into a success; the message names what to grant.
 */
import { describe, expect, it } from "vitest";
import { move } from "../../src/app/move.js";
import { restore } from "../../src/app/restore.js";
import { rollout } from "../../src/app/rollout.js";
import { GitHubError } from "../../src/github/types.js";
import { parseState } from "../../src/state.js";
import { useGitHubApi } from "../helpers/use-github-api.js";
import { moveRequest, restoreRequest, rolloutRequest, world } from "./rollout-world.js";

const gh = useGitHubApi();

function onApi() {
  const w = world();
  return { ...w, deps: { ...w.deps, github: gh.client() } };
}

describe("GitHub faults through the real client", () => {
  it("a 5xx that does not recover stops the move before traffic moves", async () => {
    const w = onApi();
    gh.api.fail({ status: 502, times: 20, family: "deployments" });
    const error = await move(moveRequest(), w.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).status).toBe(502);
    expect(w.target.live.weight).toBe(0);
    expect(gh.api.store.deployments).toEqual([]);
  });

  it("a token without deployments: write fails the whole rollout naming the permission, and nothing moves", async () => {
    const w = onApi();
    gh.api.deny("deployments", 403);
    const error = await rollout(rolloutRequest(), w.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as Error).message).toBe(
      "could not list the deployments of 'production': GitHub answered 403: Resource not accessible by integration; the token probably lacks `deployments: write`; add it under `permissions:` in the workflow",
    );
    expect(w.target.calls).toEqual([]);
  });

  it("a rollback whose statuses GitHub refuses restores the target and fails the step, the state and report still out", async () => {
    const w = onApi();
    const moved = await move(moveRequest(), w.deps);
    const state = parseState(moved.outputs["state"]!, "state");
    gh.api.deny("deployments", 403);
    const report = await restore(restoreRequest({ state }), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toMatch(/^Rolled back shop v2 from 10% to 0%, but GitHub could not record it: .*GitHub answered 403.*`deployments: write`/);
    expect(w.target.live.weight).toBe(0);
    expect(parseState(report.outputs["state"]!, "state").status).toBe("rolled-back");
  });
});
