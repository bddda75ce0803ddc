/**
 * `deploy-playbook run` on real scripts and fake metrics: every stage moved and gated, the
 * last promoted; a failed gate rolled back on its own; a closed window obeyed as the
 * actions obey it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { cliDeps } from "../fakes/cli.js";
import { fakeMetrics, when } from "../fakes/metrics.js";
import { tempRepo, type Repo } from "../targets/scripts.js";

const playbook = (windows = "") => `version: 1
service: api
prometheus: { url: "https://prometheus.example.internal" }
selectors:
  canary: { track: canary }
  baseline: { track: stable }
checks:
  errors:
    query: sum(rate(http_requests_total{code=~"5..", $selector}[5m])) / sum(rate(http_requests_total{$selector}[5m]))
    fail: "> 5%"
stages:
  - { name: canary, weight: 10, soak: 10m, interval: 5m, checks: [errors] }
  - { name: full, weight: 100, soak: 10m, interval: 5m, checks: [errors] }
target:
  command: { set-weight: ./deploy/set-weight, rollback: ./deploy/rollback, promote: ./deploy/promote }
${windows}`;

let repo: Repo | undefined;
afterEach(() => repo?.remove());

function world(windows = "") {
  repo = tempRepo();
  const r = repo;
  r.write("playbook.yml", playbook(windows));
  r.script("set-weight", 'echo "$DEPLOY_STAGE $DEPLOY_WEIGHT $DEPLOY_VERSION" >> seen/moves');
  r.script("rollback", 'echo "rollback to $DEPLOY_WEIGHT from $DEPLOY_PREVIOUS_WEIGHT" >> seen/moves');
  r.script("promote", 'echo "promote $DEPLOY_VERSION" >> seen/moves');
  return r;
}

async function cli(args: string[], r: Repo, errorRate: number) {
  const { deps, out } = cliDeps({ cwd: r.root, connect: () => fakeMetrics(when("canary", errorRate), when("stable", 0.004)) });
  const code = await run(["run", "playbook.yml", ...args], deps);
  return { code, ...out, moves: r.exists("seen/moves") ? r.read("seen/moves").trim().split("\n") : [] };
}

describe("deploy-playbook run", () => {
  it("moves and gates every stage, then promotes", async () => {
    const r = world();
    const result = await cli(["--version", "v2"], r, 0.004);
    expect(result.code, result.stderr).toBe(0);
    expect(result.moves).toEqual(["canary 10 v2", "full 100 v2", "promote v2"]);
    expect(result.stdout).toMatch(/api v2 went through canary, full and was promoted\.\n$/);
  });

  it("rolls back on its own when a gate fails, printing the incident report", async () => {
    const r = world();
    const result = await cli(["--version", "v2"], r, 0.08);
    expect(result.code).toBe(1);
    expect(result.moves).toEqual(["canary 10 v2", "rollback to 0 from 10"]);
    expect(result.stdout).toContain("## Rollback of api: stage canary judged no-go");
    expect(result.stderr).toMatch(/^Gate no-go for stage canary: .* Rolled back automatically \(rollback\.on: no-go, inconclusive\)\./m);
  });

  it("obeys a closed deployment window unless --force, as the actions do", async () => {
    const closed = "windows: { deny: [{ days: [mon, tue, wed, thu, fri, sat, sun] }] }\n";
    const r = world(closed);
    const refused = await cli(["--version", "v2"], r, 0.004);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^The deployment window is closed: .* Nothing was changed\./);
    expect(refused.moves).toEqual([]);
    const forced = await cli(["--version", "v2", "--force"], r, 0.004);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/^warning: The deployment window is closed .*; going on because force is true\./m);
    expect(forced.moves).toEqual(["canary 10 v2", "full 100 v2", "promote v2"]);
  });

  it("needs --version, as a usage mistake", async () => {
    const r = world();
    const result = await cli([], r, 0.004);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("run needs --version VERSION");
  });
});

describe("deploy-playbook run before anything moves", () => {
  it("refuses a missing or non-executable script as a playbook mistake at its line, moving nothing", async () => {
    const r = world();
    r.script("rollback", "exit 0", 0o644);
    const result = await cli(["--version", "v2"], r, 0.004);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^playbook\.yml:15:\d+: target\.command\.rollback: "\.\/deploy\/rollback" is not executable; run chmod \+x/m);
    expect(result.moves).toEqual([]);
  });
});
