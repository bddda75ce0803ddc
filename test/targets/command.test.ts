/**
 * The command target against real processes: what each script receives, hostile values
 * byte for byte, secrets withheld, `current` parsing, status polling on a fake clock,
 * restore, and the playbook check for missing or non-executable scripts.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandRecordSchema } from "../../src/targets/command/record.js";
import { checkCommandScripts } from "../../src/targets/command/check-scripts.js";
import { CommandError } from "../../src/targets/command/error.js";
import { createCommandTarget } from "../../src/targets/command/target.js";
import { textLocator } from "../../src/playbook/source-map.js";
import { commandTarget, deployVariables, recordEnv, RUNNER_ENV, step, targetDeps, tempRepo, type Repo } from "./scripts.js";

let repo: Repo;
beforeEach(() => {
  repo = tempRepo();
});
afterEach(() => repo.remove());

describe("what each script receives", () => {
  it("gets the move's values as DEPLOY_* variables, per operation, and runs in the repository", async () => {
    const t = commandTarget({
      current: repo.script("current.sh", recordEnv("current", `echo '{"image":"checkout:v2.4.0","replicas":4}'`)),
      setWeight: repo.script("set-weight.sh", recordEnv("set-weight", 'pwd > seen/cwd')),
      status: repo.script("status.sh", recordEnv("status")),
      promote: repo.script("promote.sh", recordEnv("promote")),
      rollback: repo.script("rollback.sh", recordEnv("rollback")),
    });
    const { deps } = targetDeps();
    const target = createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, deps);
    const first = step({ weight: 10, previousWeight: 0 });

    const recorded = await target.record(first);
    expect(recorded).toEqual({ kind: "command", weight: 0, current: { image: "checkout:v2.4.0", replicas: 4 } });
    expect(commandRecordSchema.parse(recorded)).toEqual(recorded);
    await target.move(first, recorded);
    await target.wait(first, recorded);
    const last = step({ stage: "full", weight: 100, previousWeight: 50 });
    await target.promote(last, recorded);
    const restored = await target.restore(recorded, step({ stage: "gradual", weight: 50, previousWeight: 10 }));

    const common = { DEPLOY_SERVICE: "checkout", DEPLOY_VERSION: "v2.4.1" };
    const state = JSON.stringify(recorded);
    expect(deployVariables(repo.environments("current")[0]!)).toEqual({ ...common, DEPLOY_STAGE: "canary", DEPLOY_WEIGHT: "10", DEPLOY_PREVIOUS_WEIGHT: "0" });
    const moved = { ...common, DEPLOY_STAGE: "canary", DEPLOY_WEIGHT: "10", DEPLOY_PREVIOUS_WEIGHT: "0", DEPLOY_STATE: state };
    expect(deployVariables(repo.environments("set-weight")[0]!)).toEqual(moved);
    expect(deployVariables(repo.environments("promote")[0]!)).toEqual({ ...common, DEPLOY_STAGE: "full", DEPLOY_WEIGHT: "100", DEPLOY_PREVIOUS_WEIGHT: "50", DEPLOY_STATE: state });
    const rolledBack = { ...common, DEPLOY_STAGE: "gradual", DEPLOY_WEIGHT: "0", DEPLOY_PREVIOUS_WEIGHT: "50", DEPLOY_STATE: state };
    expect(deployVariables(repo.environments("rollback")[0]!)).toEqual(rolledBack);
    // status runs after the move and again after the rollback, each with that operation's values.
    expect(repo.environments("status").map(deployVariables)).toEqual([moved, rolledBack]);
    expect(repo.read("seen/cwd").trim()).toBe(repo.root);
    expect(restored.changed).toBe(true);
    expect(restored.actions).toEqual([
      "ran ./deploy/rollback.sh: weight 50% back to 0% (leaving v2.4.1)",
      "./deploy/status.sh reported the rollback done",
    ]);
  });

  it.each([
    ["shell syntax", "1.2; rm -rf / && touch pwned"],
    ["command substitution", "$(touch pwned)`touch pwned`"],
    ["newlines and quotes", "v1\n'\"two\"'\r\nthree\\"],
    ["a leading dash and globs", "--help * ?"],
    ["unicode", "v2 ☃ — ünïcödé 版本 \u202Eevil"],
    ["spaces only", "   "],
  ])("passes %s in a version byte for byte, never interpreted", async (_, version) => {
    const t = commandTarget({ setWeight: repo.script("set-weight.sh", recordEnv("set-weight")), rollback: repo.script("rollback.sh", "exit 0") });
    const target = createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps);
    await target.move(step({ version }), { kind: "command", weight: 0 });
    expect(repo.environments("set-weight")[0]!["DEPLOY_VERSION"]).toBe(version);
    expect(repo.exists("pwned")).toBe(false);
  });

  it("refuses a version with a NUL character without running anything", async () => {
    const t = commandTarget({ setWeight: repo.script("set-weight.sh", recordEnv("set-weight")), rollback: repo.script("rollback.sh", "exit 0") });
    const target = createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps);
    const moving = target.move(step({ version: "v1\0rm" }), { kind: "command", weight: 0 });
    await expect(moving).rejects.toThrow(/DEPLOY_VERSION contains a NUL character/);
    expect(repo.environments("set-weight")).toEqual([]);
  });

  it("passes the runner's environment on without its secrets", async () => {
    const env = {
      ...RUNNER_ENV,
      "INPUT_PROMETHEUS-TOKEN": "s3cret-prom-input",
      INPUT_TOKEN: "s3cret-gh-input",
      GITHUB_TOKEN: "s3cret-gh",
      ACTIONS_RUNTIME_TOKEN: "s3cret-runtime",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "s3cret-oidc",
      PROMETHEUS_TOKEN: "s3cret-bearer",
      PROMETHEUS_PASSWORD: "s3cret-basic",
      DEPLOY_STATE: "stale state from an outer step",
      GITHUB_REPOSITORY: "acme/checkout",
      UNSET: undefined,
    };
    const t = commandTarget({ setWeight: repo.script("set-weight.sh", recordEnv("set-weight", "env")), rollback: repo.script("rollback.sh", "exit 0") });
    const { deps, log } = targetDeps();
    await createCommandTarget(t, { workspace: repo.root, env }, deps).move(step(), { kind: "command", weight: 0 });

    const seen = repo.environments("set-weight")[0]!;
    expect(Object.values(seen).filter((v) => v.includes("s3cret"))).toEqual([]);
    expect(log.lines.filter((l) => l.includes("s3cret"))).toEqual([]);
    expect(seen).toMatchObject({ ...RUNNER_ENV, GITHUB_REPOSITORY: "acme/checkout", DEPLOY_STATE: JSON.stringify({ kind: "command", weight: 0 }) });
    expect(Object.keys(seen)).not.toContain("UNSET");
  });

  it("inherits nothing but the DEPLOY_* variables when no environment is given", async () => {
    const t = commandTarget({ setWeight: repo.script("set-weight.sh", recordEnv("set-weight")), rollback: repo.script("rollback.sh", "exit 0") });
    await createCommandTarget(t, { workspace: repo.root }, targetDeps().deps).move(step(), { kind: "command", weight: 0 });
    const seen = repo.environments("set-weight")[0]!;
    // The shell adds PWD (and may add SHLVL or _) on its own; nothing comes from the runner.
    expect(Object.keys(seen).filter((k) => !k.startsWith("DEPLOY_") && !["PWD", "SHLVL", "_", "OLDPWD"].includes(k))).toEqual([]);
  });
});

describe("record", () => {
  it("records the previous weight alone when there is no current script", async () => {
    const t = commandTarget({ setWeight: repo.script("set-weight.sh", "exit 0"), rollback: repo.script("rollback.sh", "exit 0") });
    const target = createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps);
    expect(await target.record(step({ weight: 50, previousWeight: 10 }))).toEqual({ kind: "command", weight: 10 });
  });

  it("logs what current writes on stderr and keeps only its stdout as data", async () => {
    const t = commandTarget({ current: repo.script("current.sh", 'echo "reading docker ps" >&2\necho \'["app:v1"]\''), setWeight: repo.script("s.sh", ""), rollback: repo.script("r.sh", "") });
    const { deps, log } = targetDeps();
    expect(await createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, deps).record(step())).toMatchObject({ current: ["app:v1"] });
    expect(log.lines).toContain("[current.sh] reading docker ps");
  });

  it.each([
    ["text", 'echo "image=app:v1"\necho "replicas=4"', /printed "image=app:v1\\nreplicas=4\\n", which is not JSON \(.*\); expected one JSON value on stdout/],
    ["nothing", "echo 'only logs' >&2", /printed nothing on stdout; expected one JSON value/],
    ["a long line", `printf '%0200d' 7`, /printed "0{60}"\.\.\., which is not JSON/],
  ])("refuses a current that prints %s", async (_, body, message) => {
    const t = commandTarget({ current: repo.script("current.sh", body), setWeight: repo.script("s.sh", ""), rollback: repo.script("r.sh", "") });
    const recording = createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps).record(step());
    const error = await recording.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain("./deploy/current.sh (target.command.current)");
    expect((error as Error).message.split("\n")[0]).toMatch(/which is not JSON|printed nothing/);
  });
});

describe("wait", () => {
  // Done on the third run; each run says how far it got.
  const statusBody = 'n=$(cat seen/runs 2>/dev/null || echo 0); n=$((n+1)); echo $n > seen/runs\necho "ready $n/3"\n[ "$n" -ge 3 ]';

  it("polls status until it exits 0, sleeping between runs on the clock, and logs progress", async () => {
    const t = commandTarget({ setWeight: repo.script("s.sh", ""), rollback: repo.script("r.sh", ""), status: repo.script("status.sh", statusBody), timeout: 60 });
    const { deps, clock, log } = targetDeps();
    const start = clock.now().getTime();
    await createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV, pollMs: 5000 }, deps).wait(step(), { kind: "command", weight: 0 });
    expect(repo.read("seen/runs").trim()).toBe("3");
    expect(clock.now().getTime() - start).toBe(10_000);
    expect(log.lines).toContain("status: not done yet (exit 1: ready 1/3), 0s of 1m");
    expect(log.lines).toContain("status: ./deploy/status.sh reports done after 10s (3 checks)");
    expect(log.lines).toContain("debug: [status.sh] ready 2/3");
  });

  it("fails with the last lines of status when it is still not done at the timeout", async () => {
    const t = commandTarget({ setWeight: repo.script("s.sh", ""), rollback: repo.script("r.sh", ""), status: repo.script("status.sh", statusBody), timeout: 8 });
    const { deps } = targetDeps();
    const waiting = createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV, pollMs: 5000 }, deps).wait(step(), { kind: "command", weight: 0 });
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).failure).toBe("timeout");
    expect((error as Error).message).toMatch(/^\.\/deploy\/status\.sh \(target\.command\.status\) still reports not done \(exit 1\) after 5s and 2 checks; the timeout is 8s\nLast lines of its output:\n {2}ready 2\/3$/);
    expect(repo.read("seen/runs").trim()).toBe("2");
  });

  it("counts the move done when its script exits 0 and there is no status script", async () => {
    const t = commandTarget({ setWeight: repo.script("s.sh", ""), rollback: repo.script("r.sh", "") });
    const { deps, clock, log } = targetDeps();
    const before = clock.now().getTime();
    await createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, deps).wait(step(), { kind: "command", weight: 0 });
    expect(clock.now().getTime()).toBe(before);
    expect(log.lines).toContain("status: no status script; the move counts as done when its script exits 0");
  });
});

describe("promote", () => {
  it("is reaching 100% when there is no promote script", async () => {
    const t = commandTarget({ setWeight: repo.script("s.sh", recordEnv("set-weight")), rollback: repo.script("r.sh", recordEnv("rollback")) });
    const { deps, log } = targetDeps();
    await createCommandTarget(t, { workspace: repo.root, env: RUNNER_ENV }, deps).promote(step({ weight: 100, previousWeight: 50 }), { kind: "command", weight: 0 });
    expect(log.lines).toContain('promote: no promote script; v2.4.1 at 100% is the promotion');
    expect([...repo.environments("set-weight"), ...repo.environments("rollback")]).toEqual([]);
  });
});

describe("restore", () => {
  /** Scripts over a little world in `world/`: the live weight and image, as docker or kubectl would hold them. */
  function worldTarget() {
    return commandTarget({
      current: repo.script("current.sh", 'printf \'{"weight":%s,"image":"%s"}\' "$(cat world/weight)" "$(cat world/image)"'),
      setWeight: repo.script("set-weight.sh", 'printf %s "$DEPLOY_WEIGHT" > world/weight\nprintf %s "$DEPLOY_VERSION" > world/image'),
      rollback: repo.script("rollback.sh", recordEnv("rollback", 'printf %s "$DEPLOY_WEIGHT" > world/weight\necho "$DEPLOY_STATE" | sed -n \'s/.*"image":"\\([^"]*\\)".*/\\1/p\' | tr -d "\\n" > world/image')),
      status: repo.script("status.sh", '[ -s world/weight ]'),
    });
  }

  beforeEach(() => {
    repo.write("world/weight", "0");
    repo.write("world/image", "checkout:v2.4.0");
  });

  it("puts the world back as recorded, and a second restore leaves it as the first did", async () => {
    const target = createCommandTarget(worldTarget(), { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps);
    const canary = step({ weight: 10, previousWeight: 0, version: "checkout:v2.4.1" });
    const recorded = await target.record(canary);
    await target.move(canary, recorded);
    expect([repo.read("world/weight"), repo.read("world/image")]).toEqual(["10", "checkout:v2.4.1"]);

    const first = await target.restore(recorded, canary);
    const world = [repo.read("world/weight"), repo.read("world/image")];
    const second = await target.restore(recorded, canary);

    expect(world).toEqual(["0", "checkout:v2.4.0"]);
    expect([repo.read("world/weight"), repo.read("world/image")]).toEqual(world);
    expect(second).toEqual(first);
    const [once, twice] = repo.environments("rollback");
    expect(deployVariables(twice!)).toEqual(deployVariables(once!));
  });

  it("does nothing when the weight and what current prints are as recorded", async () => {
    const target = createCommandTarget(worldTarget(), { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps);
    const canary = step({ weight: 10, previousWeight: 0 });
    const recorded = await target.record(canary);
    const result = await target.restore(recorded, step({ weight: 0 }));
    expect(result).toEqual({ changed: false, actions: ["nothing to undo: the weight is 0% as recorded and ./deploy/current.sh prints what was recorded"], drift: [] });
    expect(repo.environments("rollback")).toEqual([]);
  });

  it("rolls back at the recorded weight when current shows a change", async () => {
    const target = createCommandTarget(worldTarget(), { workspace: repo.root, env: RUNNER_ENV }, targetDeps().deps);
    const recorded = await target.record(step());
    repo.write("world/image", "checkout:v2.4.1");
    expect((await target.restore(recorded, step({ weight: 0 }))).changed).toBe(true);
    expect(repo.read("world/image")).toBe("checkout:v2.4.0");
  });
});

describe("checkCommandScripts", () => {
  const playbook = [
    "target:",
    "  command:",
    "    set-weight: ./deploy/set-weight.sh",
    "    rollback: ./deploy/rollback.sh",
    "    status: ./deploy/missing.sh",
    "    current: ./deploy",
    "    promote: ./deploy/promote.sh",
  ].join("\n");

  it("reports every missing, non-executable or non-file script at once, at its line", () => {
    repo.script("set-weight.sh", "exit 0");
    repo.script("rollback.sh", "exit 0", 0o644);
    repo.script("promote.sh", "exit 0");
    const t = commandTarget({ setWeight: "./deploy/set-weight.sh", rollback: "./deploy/rollback.sh", status: "./deploy/missing.sh", current: "./deploy", promote: "./deploy/promote.sh" });
    expect(checkCommandScripts(t, ".github/deploy-playbook.yml", repo.root, textLocator(playbook))).toEqual([
      { file: ".github/deploy-playbook.yml", line: 6, column: 14, path: "target.command.current", message: '"./deploy" is not a file; expected an executable script' },
      { file: ".github/deploy-playbook.yml", line: 5, column: 13, path: "target.command.status", message: 'no such file: "./deploy/missing.sh"; expected an executable script, its path relative to the repository root (such as ./deploy/set-weight.sh)' },
      { file: ".github/deploy-playbook.yml", line: 4, column: 15, path: "target.command.rollback", message: '"./deploy/rollback.sh" is not executable; run chmod +x ./deploy/rollback.sh and commit the change (from Windows: git update-index --chmod=+x ./deploy/rollback.sh)' },
    ]);
  });

  it("finds nothing wrong with executable scripts, and locates nothing without a locator", () => {
    const t = commandTarget({ setWeight: repo.script("set-weight.sh", "exit 0"), rollback: repo.script("rollback.sh", "exit 0") });
    expect(checkCommandScripts(t, "p.yml", repo.root)).toEqual([]);
    expect(checkCommandScripts({ ...t, status: "./nope.sh" }, "p.yml", repo.root)).toEqual([{ file: "p.yml", path: "target.command.status", message: expect.stringContaining('no such file: "./nope.sh"') }]);
  });
});
