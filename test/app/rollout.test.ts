/** A whole playbook in one run, on fakes: every stage to promotion, or an automatic rollback with the failing gate's evidence. */
import { describe, expect, it } from "vitest";
import { rollout } from "../../src/app/rollout.js";
import { GitHubError } from "../../src/github/types.js";
import { parseState } from "../../src/state.js";
import { fakeMetrics, when } from "../fakes/metrics.js";
import { deployState } from "../fakes/state.js";
import { PLAYBOOK, PROMETHEUS_TOKEN, rolloutRequest, world } from "./rollout-world.js";

// The canary stage soaks from 10:00 to 10:30 on the fake clock; the half stage after it.
const HALF_STAGE = new Date("2026-01-05T10:31:00Z");

describe("rollout", () => {
  it("moves and gates every stage, then promotes: the deployment ends successful with the environment URL", async () => {
    const w = world();
    const report = await rollout(rolloutRequest(), w.deps);
    expect(report.accepted).toBe(true);
    expect(report.message).toBe("shop v2 went through canary, half, full and was promoted.");
    expect(w.target.names()).toEqual(["record", "move", "wait", "move", "wait", "move", "wait", "promote"]);
    expect(w.target.calls.filter((c) => c.call === "move").map((c) => [c.step!.previousWeight, c.step!.weight])).toEqual([[0, 10], [10, 50], [50, 100]]);
    expect(w.target.live).toMatchObject({ stable: "v2", weight: 0 });
    const state = parseState(report.outputs["state"]!, "state");
    expect(state).toMatchObject({ status: "promoted", stage: "full", weight: 100, verdicts: { canary: "go", half: "go", full: "go" }, run: { id: "7001" } });
    expect(report.outputs["verdict"]).toBe("go");
    expect(report.outputs["report"]).toBeUndefined();
    expect(w.github.deployments).toHaveLength(1);
    expect(w.github.statusesOf(state.deployment!.id)[0]).toMatchObject({ state: "success", environmentUrl: "https://shop.example.com" });
    expect(report.files.map((f) => f.path)).toEqual(["canary", "half", "full"].map((s) => `/tmp/evidence/deploy-playbook-evidence-${s}.json`));
    expect(report.summary).toContain("## Promoted: shop v2 is the stable version");
    // An hour's soak on the fake clock: the rounds happened, no real time passed.
    expect(w.clock.now().getTime() - Date.parse("2026-01-05T10:00:00Z")).toBeGreaterThanOrEqual((30 + 60 + 60) * 60_000);
  });

  it("rolls back on a no-go at once: the incident report holds the failing gate's evidence, and the step fails", async () => {
    const metrics = fakeMetrics(when(/errors_total\{[^}]*canary/, (c) => (c.time >= HALF_STAGE ? 12 : 1)), when("errors_total", 1));
    const w = world({ metrics });
    const report = await rollout(rolloutRequest(), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.outputs["verdict"]).toBe("no-go");
    expect(w.target.names()).toEqual(["record", "move", "wait", "move", "wait", "restore"]);
    expect(w.target.live.weight).toBe(0);
    expect(report.message).toMatch(/^Gate no-go for stage half: .*Rolled back automatically \(rollback\.on: no-go, inconclusive\)\. Rolled back shop v2 from 50% to 0%; the verify checks pass\.$/);
    const state = parseState(report.outputs["state"]!, "state");
    expect(state).toMatchObject({ status: "rolled-back", weight: 0, verdicts: { canary: "go", half: "no-go" } });
    const incident = report.outputs["report"]!;
    expect(incident).toContain("| Trigger | automatic: stage half judged **no-go** |");
    expect(incident).toContain("### The gate that failed: stage half (50%)");
    expect(incident).toContain("| State from | this run's own state |");
    expect(incident).toContain("| errors | fail | 12 |  | 12 crossed &gt; 5 |");
    expect(w.github.statusesOf(state.deployment!.id)[0]).toMatchObject({ state: "failure", description: expect.stringMatching(/^Rolled back: stage half judged no-go/) });
    expect(report.summary).toContain(incident);
  });

  it("an automatic rollback that fails still says which gate failed, and hands out the state to roll back by hand", async () => {
    const w = world();
    w.health.ok = false;
    w.target.failOn("restore", "./deploy/rollback.sh (target.command.rollback) exited with code 3");
    const report = await rollout(rolloutRequest(), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toMatch(
      /^Gate no-go for stage canary: .* Rolling back automatically \(rollback\.on: no-go, inconclusive\)\. The automatic rollback failed: \.\/deploy\/rollback\.sh \(target\.command\.rollback\) exited with code 3\. Traffic may still be on v2: roll back by hand with this step's state output\.$/,
    );
    expect(report.outputs["verdict"]).toBe("no-go");
    expect(parseState(report.outputs["state"]!, "state")).toMatchObject({ status: "rolling-out", weight: 10, verdicts: { canary: "no-go" }, previous: { weight: 0 } });
    expect(report.summary).toContain("## Automatic rollback of shop failed");
  });

  it("a verdict not in rollback.on leaves the traffic where it is, fails, and says so", async () => {
    const w = world();
    const playbook = { ...PLAYBOOK, rollback: { ...PLAYBOOK.rollback, on: ["conditional" as const] } };
    w.health.ok = false;
    const report = await rollout(rolloutRequest({ playbook, stages: playbook.stages }), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toMatch(/Traffic stays at 10% on v2 \(no-go is not in rollback\.on\): roll back or go on by hand\.$/);
    expect(w.target.names()).toEqual(["record", "move", "wait"]);
    expect(w.target.live.weight).toBe(10);
    expect(parseState(report.outputs["state"]!, "state")).toMatchObject({ status: "rolling-out", verdicts: { canary: "no-go" } });
  });

  it("opens an issue with the incident report when asked", async () => {
    const w = world();
    w.health.ok = false;
    const report = await rollout(rolloutRequest({ openIssue: true }), w.deps);
    expect(w.github.issues).toHaveLength(1);
    expect(w.github.issues[0]!.body).toBe(report.outputs["report"]);
  });

  it("a failing move rolls back and fails, with the state and the report", async () => {
    const w = world();
    w.target.failOn("move", "./deploy/set-weight.sh (target.command.set-weight) exited with code 3");
    const report = await rollout(rolloutRequest(), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toMatch(/^The move to stage canary failed and was rolled back: \.\/deploy\/set-weight\.sh/);
    expect(w.target.names()).toEqual(["record", "move", "restore"]);
    expect(parseState(report.outputs["state"]!, "state").status).toBe("rolled-back");
    expect(report.outputs["report"]).toContain("automatic: stage canary judged **no-go**");
  });

  it("goes on from a state: runs only the stages asked, and promotes only after the playbook's last", async () => {
    const w = world();
    const state = deployState(PLAYBOOK, { verdicts: { canary: "go" }, previous: { kind: "command", weight: 0 } });
    const report = await rollout(rolloutRequest({ state, stages: [PLAYBOOK.stages[1]!] }), w.deps);
    expect(report.accepted).toBe(true);
    expect(report.message).toBe("shop v2 went through half; the playbook's last stage was not run, so it is not promoted.");
    expect(w.target.names()).toEqual(["move", "wait"]);
  });

  it.each([
    ["a permission the token lacks", new GitHubError("could not create a deployment of production: GitHub answered 403; the token probably lacks `deployments: write`", 403), /`deployments: write`/],
    ["a 5xx that did not recover", new GitHubError("could not create a deployment of production: GitHub answered 503 after 3 retries", 503), /503 after 3 retries/],
  ])("a GitHub fault (%s) stops the run before traffic moves, never a success", async (_, fault, message) => {
    const w = world();
    w.github.failOn("deployments.create", fault);
    await expect(rollout(rolloutRequest(), w.deps)).rejects.toThrow(message);
    expect(w.target.names()).toEqual(["record"]);
  });

  it("a promotion GitHub cannot record fails the run without undoing the promotion", async () => {
    const w = world();
    // Every status up to the success of the promotion goes through (two per stage).
    w.github.failOn("deployments.setStatus", new GitHubError("could not set the status of deployment 1001: GitHub answered 403; the token probably lacks `deployments: write`", 403), 6);
    const report = await rollout(rolloutRequest(), w.deps);
    expect(report.accepted).toBe(false);
    expect(report.message).toMatch(/^shop v2 was promoted, but GitHub could not record it: .*`deployments: write`$/);
    expect(w.target.names().at(-1)).toBe("promote");
    expect(parseState(report.outputs["state"]!, "state").status).toBe("promoted");
  });

  it("keeps the Prometheus token out of the state, the payload, the report and the summary", async () => {
    const w = world();
    w.health.ok = false;
    w.health.detail = `status 503: Authorization: Bearer ${PROMETHEUS_TOKEN}`;
    const report = await rollout(rolloutRequest({ openIssue: true }), w.deps);
    expect(w.connected[0]?.headers).toEqual({ Authorization: `Bearer ${PROMETHEUS_TOKEN}` });
    const texts = [
      report.outputs["state"],
      report.outputs["report"],
      report.summary,
      report.message,
      JSON.stringify(w.github.deployments),
      JSON.stringify(w.github.deployments.map((d) => w.github.statusesOf(d.id))),
      JSON.stringify(w.github.issues),
      ...report.files.map((f) => f.text),
    ];
    expect(report.outputs["report"]).toContain("status 503");
    for (const text of texts) expect(text).not.toContain(PROMETHEUS_TOKEN);
  });
});
