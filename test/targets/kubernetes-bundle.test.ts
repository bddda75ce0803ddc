/**
 * The Kubernetes target through the built bundles (canary, gate, rollback, the one-job
 * action), each loading the target from `dist/kubernetes` at run time, against the fake API
 * server with its time running on its own or, with KUBECONFIG set, a real cluster (see
 * kube-bundle.ts). Build first: `node scripts/build.mjs canary gate rollback playbook kubernetes`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseState } from "../../src/state.js";
import { ROOT } from "../../tools/runner.js";
import { STACK_LINE } from "../helpers/fixtures.js";
import { type BundleWorld, judged, specOf, STAGES, startBundleWorld } from "./kube-bundle.js";
import { gatewayRoute, routeOutsideWeights, routeWeights, shape, stableDeployment, TIMEOUT } from "./kube-world.js";

let bundle: BundleWorld | undefined;
afterEach(async () => {
  await bundle?.close();
  bundle = undefined;
});

/** Exit 0 and nothing on stderr, else the run's output for the failure message. */
function expectSuccess(run: { exitCode: number | null; stdout: string; stderr: string }): void {
  expect({ exitCode: run.exitCode, stderr: run.stderr }, run.stdout).toEqual({ exitCode: 0, stderr: "" });
  expect(run.stdout).not.toMatch(STACK_LINE);
}

describe("the kubernetes target through the bundles, traffic: replicas", () => {
  it("canary 10%, gate, canary 50%, then rollback restores the exact starting replicas and template", async () => {
    bundle = await startBundleWorld("replicas");
    const { world } = bundle;
    const web = `${world.prefix}web`;
    const canary = `${world.prefix}web-canary`;
    await world.create("Deployment", stableDeployment(world, 10));
    const before = await specOf(world, web);

    const first = await bundle.run("canary", { stage: "canary", version: world.images.next });
    expectSuccess(first);
    expect(first.stdout).toContain(`Recorded Deployment ${world.namespace}/${web}: ${world.images.old}`);
    expect(await shape(world, canary)).toEqual({ replicas: 1, images: { app: world.images.next, proxy: world.images.old } });
    expect((await shape(world, web))?.replicas).toBe(9);
    const state = parseState(first.outputs["state"]!, "state");
    expect(state).toMatchObject({ stage: "canary", weight: 10, previous: { kind: "kubernetes", stable: { image: world.images.old, replicas: 10 } } });
    expect(first.outputs["state"]).not.toContain("s3cret-literal");

    const gate = await bundle.run("gate", { stage: "canary", state: first.outputs["state"]! });
    expectSuccess(gate);
    expect(gate.outputs["verdict"]).toBe("go");

    const second = await bundle.run("canary", { stage: "half", version: world.images.next, state: gate.outputs["state"]! });
    expectSuccess(second);
    expect((await shape(world, canary))?.replicas).toBe(5);
    expect(await shape(world, web)).toEqual({ replicas: 5, images: { app: world.images.old, proxy: world.images.old } });

    const rollback = await bundle.run("rollback", { state: second.outputs["state"]!, reason: "test" });
    expectSuccess(rollback);
    expect(rollback.annotations).toEqual([]);
    expect(await world.read("Deployment", canary)).toBeUndefined();
    expect(await specOf(world, web)).toEqual(before);
    expect(parseState(rollback.outputs["state"]!, "state")).toMatchObject({ status: "rolled-back", weight: 0 });
    expect(rollback.outputs["report"]).toContain(`scaled back to 10 replica(s)`);
    for (const run of [first, gate, second, rollback]) expect(run.stdout).not.toContain("s3cret-literal");
  }, TIMEOUT);

  it("canary steps up to 100% with promote: true make the new template the stable's; a rollback after it puts the previous one back", async () => {
    bundle = await startBundleWorld("replicas");
    const { world } = bundle;
    const web = `${world.prefix}web`;
    await world.create("Deployment", stableDeployment(world, 4));
    const before = await specOf(world, web);
    let state = "";
    for (const stage of STAGES) {
      const run = await bundle.run("canary", { stage: stage.name, version: world.images.next, ...(state && { state }) });
      expectSuccess(run);
      // The gates are the gate bundle's business (above): here each stage is judged go by hand.
      state = judged(run.outputs["state"]!, stage.name);
    }
    // Promotion: the last stage again, once its gate passed.
    const last = STAGES[STAGES.length - 1]!;
    const promote = await bundle.run("canary", { stage: last.name, version: world.images.next, state, promote: "true" });
    expectSuccess(promote);
    state = promote.outputs["state"]!;
    expect(parseState(state, "state")).toMatchObject({ status: "promoted", weight: 100 });
    expect(await shape(world, web)).toEqual({ replicas: 4, images: { app: world.images.next, proxy: world.images.old } });
    expect(await world.read("Deployment", `${world.prefix}web-canary`)).toBeUndefined();

    const rollback = await bundle.run("rollback", { state, reason: "test" });
    expectSuccess(rollback);
    expect(rollback.annotations).toEqual([]);
    expect(await specOf(world, web)).toEqual(before);
    expect(rollback.outputs["report"]).toContain(`pod template restored (${world.images.old}), 4 replica(s)`);
  }, TIMEOUT);
});

describe("the kubernetes target through the bundles, traffic: gateway", () => {
  it("the one-job action goes 10%, 50%, 100% and promotes, touching nothing of the route but the two weights; a rollback then puts the previous template back", async () => {
    bundle = await startBundleWorld("gateway");
    const { world } = bundle;
    const web = `${world.prefix}web`;
    const canary = `${world.prefix}web-canary`;
    await world.create("Deployment", stableDeployment(world, 3));
    await world.create("HTTPRoute", gatewayRoute(world));
    const before = await specOf(world, web);
    const route = await world.read("HTTPRoute", web);

    const run = await bundle.run("playbook", { version: world.images.next });
    expectSuccess(run);
    expect(run.outputs["verdict"]).toBe("go");
    for (const weight of [10, 50, 100]) expect(run.stdout).toContain(`${web} weight ${100 - weight}, ${canary} weight ${weight}`);
    const promoted = parseState(run.outputs["state"]!, "state");
    expect(promoted).toMatchObject({ status: "promoted", stage: "full", weight: 100, verdicts: { canary: "go", half: "go", full: "go" } });
    expect(await routeWeights(world)).toEqual([100, 0, 0]);
    expect(routeOutsideWeights(await world.read("HTTPRoute", web))).toBe(routeOutsideWeights(route));
    expect(await shape(world, web)).toEqual({ replicas: 3, images: { app: world.images.next, proxy: world.images.old } });
    expect(await world.read("Deployment", canary)).toBeUndefined();

    const rollback = await bundle.run("rollback", { state: run.outputs["state"]!, reason: "test" });
    expectSuccess(rollback);
    expect(rollback.annotations).toEqual([]);
    expect(await specOf(world, web)).toEqual(before);
    expect(await routeWeights(world)).toEqual([100, 0, 0]);
    expect(routeOutsideWeights(await world.read("HTTPRoute", web))).toBe(routeOutsideWeights(route));
    expect(rollback.outputs["report"]).toContain(`pod template restored (${world.images.old})`);
  }, TIMEOUT);
});

describe("the rollback bundle's force input", () => {
  it("reports a pod template someone changed mid-rollout as drift and leaves it; with force it puts the recorded one back", async () => {
    bundle = await startBundleWorld("replicas");
    const { world } = bundle;
    const web = `${world.prefix}web`;
    await world.create("Deployment", stableDeployment(world, 4));
    const before = await specOf(world, web);
    const moved = await bundle.run("canary", { stage: "canary", version: world.images.next });
    expectSuccess(moved);
    await world.edit("Deployment", web, (d) => {
      const spec = d.spec as { template: { spec: { containers: { name: string; env?: unknown[] }[] } } };
      spec.template.spec.containers[0]!.env!.push({ name: "FEATURE_X", value: "on" });
    });
    const changed = `Deployment ${world.namespace}/${web}: pod template changed since recorded: spec.containers[app].env[FEATURE_X] added`;

    const kept = await bundle.run("rollback", { state: moved.outputs["state"]!, reason: "test" });
    expectSuccess(kept);
    expect(kept.annotations.map((a) => `${a.level} ${a.message}`)).toEqual([
      `warning drift: ${changed}`,
      `warning drift: Deployment ${world.namespace}/${web}: template left as found; restore with force to put the recorded one back`,
    ]);
    expect(kept.outputs["report"]).toContain("### Drift since the record was taken");
    expect(kept.outputs["report"]).toContain("template left as found; restore with force to put the recorded one back");
    expect(JSON.stringify(await specOf(world, web))).toContain("FEATURE_X");
    expect((await shape(world, web))?.replicas).toBe(4);
    expect(await world.read("Deployment", `${world.prefix}web-canary`)).toBeUndefined();

    const forced = await bundle.run("rollback", { state: moved.outputs["state"]!, reason: "test", force: "true" });
    expectSuccess(forced);
    expect(forced.annotations.map((a) => `${a.level} ${a.message}`)).toEqual([`warning drift: ${changed}`]);
    expect(forced.outputs["report"]).toContain(`Deployment ${world.namespace}/${web}: pod template restored (${world.images.old}), 4 replica(s)`);
    expect(await specOf(world, web)).toEqual(before);
  }, TIMEOUT);
});

describe("the action bundles", () => {
  it("carry no Kubernetes client: the target comes from dist/kubernetes, loaded only by a playbook that uses it", () => {
    const marker = "AppsV1Api";
    expect(readFileSync(join(ROOT, "dist", "kubernetes", "index.js"), "utf8")).toContain(marker);
    for (const name of ["canary", "gate", "rollback", "signoff", "playbook"]) {
      for (const file of readdirSync(join(ROOT, "dist", name)).filter((f) => f.endsWith(".js"))) {
        expect(readFileSync(join(ROOT, "dist", name, file), "utf8").includes(marker), `dist/${name}/${file}`).toBe(false);
      }
    }
  });
});

