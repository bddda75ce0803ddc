/**
 * The demo's deploy scripts (examples/demo/deploy/) against the demo service itself: they
 * move, report, restore and promote the split through its admin API with only the
 * environment the command target gives them, and fail loudly on bad values.
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDemoService, type DemoService } from "../../examples/demo/service.js";

const DEPLOY = join("examples", "demo", "deploy");
const SCRIPTS = ["current", "set-weight", "status", "rollback", "promote"] as const;

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let service: DemoService;
let changes: string[];
beforeEach(async () => {
  changes = [];
  service = await startDemoService({ port: 0, onChange: (line) => changes.push(line) });
});
afterEach(async () => {
  await service.stop();
});

/** Runs a script as the command target does: the file itself, values in the environment only. */
function run(script: (typeof SCRIPTS)[number], env: Record<string, string>, serviceUrl: string | null = service.url): Promise<Ran> {
  return new Promise((resolve) => {
    const full = { PATH: process.env["PATH"] ?? "", ...(serviceUrl !== null && { DEMO_SERVICE_URL: serviceUrl }), ...env };
    execFile(join(DEPLOY, script), [], { env: full, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const move = (weight: number, version = "1.5.0") => run("set-weight", { DEPLOY_WEIGHT: String(weight), DEPLOY_VERSION: version });

describe("the demo's deploy scripts", () => {
  it.each(SCRIPTS)("%s is an executable file", (script) => {
    expect(() => accessSync(join(DEPLOY, script), constants.X_OK)).not.toThrow();
  });

  it("current prints the split as JSON, and set-weight moves it", async () => {
    const before = await run("current", {});
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout)).toEqual({ weight: 0, canaryVersion: null, stableVersion: "1.4.0" });
    expect((await move(10)).code).toBe(0);
    expect(service.traffic()).toEqual({ weight: 10, canaryVersion: "1.5.0", stableVersion: "1.4.0" });
    expect(changes).toEqual(["canary 1.5.0: 0% → 10% of the requests"]);
  });

  it("status exits 0 only once the service reports the weight asked for", async () => {
    expect((await run("status", { DEPLOY_WEIGHT: "50", DEPLOY_VERSION: "1.5.0" })).code).toBe(1);
    await move(50);
    const done = await run("status", { DEPLOY_WEIGHT: "50", DEPLOY_VERSION: "1.5.0" });
    expect(done.code).toBe(0);
    expect(done.stdout).toContain("50% on the canary (1.5.0)");
  });

  it("rollback puts back what current recorded, and a second run changes nothing", async () => {
    const recorded = JSON.parse((await run("current", {})).stdout);
    await move(50);
    const env = { DEPLOY_WEIGHT: "0", DEPLOY_PREVIOUS_WEIGHT: "50", DEPLOY_VERSION: "1.5.0", DEPLOY_STATE: JSON.stringify({ kind: "command", weight: 0, current: recorded }) };
    expect((await run("rollback", env)).code).toBe(0);
    expect(service.traffic()).toEqual(recorded);
    expect((await run("rollback", env)).code).toBe(0);
    expect(service.traffic()).toEqual(recorded);
  });

  it("promote makes the canary's version the stable one, and refuses a version the canary does not run", async () => {
    await move(100);
    const wrong = await run("promote", { DEPLOY_VERSION: "9.9.9" });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("409");
    expect((await run("promote", { DEPLOY_VERSION: "1.5.0" })).code).toBe(0);
    expect(service.traffic()).toEqual({ weight: 0, canaryVersion: null, stableVersion: "1.5.0" });
  });

  it.each([
    ["a weight that is not a number", { DEPLOY_WEIGHT: "ten", DEPLOY_VERSION: "1.5.0" }, 'DEPLOY_WEIGHT is "ten"'],
    ["a weight above 100", { DEPLOY_WEIGHT: "150", DEPLOY_VERSION: "1.5.0" }, 'DEPLOY_WEIGHT is "150"'],
    ["no version", { DEPLOY_WEIGHT: "10" }, "DEPLOY_VERSION is not set"],
  ])("set-weight refuses %s and changes nothing", async (_, env, message) => {
    const ran = await run("set-weight", env);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(message);
    expect(service.traffic().weight).toBe(0);
  });

  it("says what is missing without DEMO_SERVICE_URL", async () => {
    const ran = await run("current", {}, null);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("DEMO_SERVICE_URL is not set");
  });

  it("the service refuses a canary weight without a version", async () => {
    const answer = await fetch(`${service.url}/admin/traffic`, { method: "PUT", body: JSON.stringify({ weight: 10 }) });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ error: "version: required when weight is above 0" });
    expect(service.traffic().weight).toBe(0);
  });
});

describe("the demo service's regression", () => {
  it("starts once the canary's weight reaches regressAtWeight", async () => {
    await service.stop();
    service = await startDemoService({ port: 0, regressAtWeight: 50 });
    await move(10);
    expect(service.errorRatio("canary")).toBeLessThan(0.01);
    await move(50);
    expect(service.errorRatio("canary")).toBe(0.08);
    expect(service.errorRatio("stable")).toBeLessThan(0.01);
  });
});
