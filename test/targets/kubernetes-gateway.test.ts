/**
 * `traffic: gateway` through the real client, against the fake API server or, with
 * KUBECONFIG set, a real cluster with the Gateway API CRDs installed (see kube-world.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RECORD_ANNOTATION } from "../../src/targets/kubernetes/record.js";
import { createKubernetesTarget } from "../../src/targets/kubernetes/target.js";
import { gatewayRoute as route, kubeDeps, kubeTarget, type KubeWorld, type Route, routeOutsideWeights as untouched, routeWeights as weights, shape, stableDeployment, startWorld, step, TIMEOUT } from "./kube-world.js";

let world: KubeWorld;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

describe("kubernetes target, traffic: gateway", () => {
  it("changes only the two weights through 10%, 50%, 100% and promotion; every other rule, match, filter and backend stays byte-identical", async () => {
    await world.create("Deployment", stableDeployment(world, 3));
    await world.create("HTTPRoute", route(world));
    const original = await world.read("HTTPRoute", `${world.prefix}web`);
    const deps = kubeDeps(world);
    const target = createKubernetesTarget(kubeTarget(world, { traffic: "gateway", route: `${world.prefix}web` }), { kubeconfig: world.kubeconfig }, deps);
    const recorded = await target.record(step(world, 10));
    expect(recorded.route?.rules).toEqual([{ rule: 1, stable: 100, canary: 0 }]);

    await target.move(step(world, 10), recorded);
    expect(await weights(world)).toEqual([90, 0, 10]);
    // The canary runs at the stable's full size in gateway mode, and the stable keeps its own.
    expect((await shape(world, `${world.prefix}web-canary`))?.replicas).toBe(3);
    expect((await shape(world, `${world.prefix}web`))?.replicas).toBe(3);

    await target.move(step(world, 50, 10), recorded);
    expect(await weights(world)).toEqual([50, 0, 50]);
    await target.move(step(world, 100, 50), recorded);
    expect(await weights(world)).toEqual([0, 0, 100]);
    await target.wait(step(world, 100, 50), recorded);
    expect(untouched(await world.read("HTTPRoute", `${world.prefix}web`))).toBe(untouched(original));

    await target.promote(step(world, 100, 50), recorded);
    expect(await weights(world)).toEqual([100, 0, 0]);
    expect(await world.read("Deployment", `${world.prefix}web-canary`)).toBeUndefined();
    expect((await shape(world, `${world.prefix}web`))?.images.app).toBe(world.images.next);
    expect(untouched(await world.read("HTTPRoute", `${world.prefix}web`))).toBe(untouched(original));
    if (world.fake) {
      const routeWrites = world.fake.requests.filter((r) => r.resource === "httproutes" && r.verb !== "get");
      expect(routeWrites.map((r) => `${r.verb} ${r.contentType}`)).toEqual(Array(4).fill("patch application/json-patch+json"));
    }
  }, TIMEOUT);

  it("rolls back from 50%: weights as recorded, then the canary goes away; a rule added meanwhile is drift", async () => {
    await world.create("Deployment", stableDeployment(world, 2));
    await world.create("HTTPRoute", route(world));
    const target = createKubernetesTarget(kubeTarget(world, { traffic: "gateway", route: `${world.prefix}web` }), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    const recorded = await target.record(step(world, 50));
    await target.move(step(world, 50), recorded);
    await world.edit("HTTPRoute", `${world.prefix}web`, (r) => {
      (r.spec as { rules: unknown[] }).rules.push({ matches: [{ path: { type: "Exact", value: "/healthz" } }], backendRefs: [{ name: "health", port: 80 }] });
    });

    const result = await target.restore(recorded, step(world, 50));
    expect(result.drift).toEqual([`HTTPRoute ${world.namespace}/${world.prefix}web changed since recorded besides the weights: rules changed`]);
    expect(result.actions).toEqual([
      `HTTPRoute ${world.namespace}/${world.prefix}web: weights restored (${world.prefix}web 100, ${world.prefix}web-canary 0)`,
      `Deployment ${world.namespace}/${world.prefix}web-canary: deleted`,
    ]);
    expect(await weights(world)).toEqual([100, 0, 0]);
    expect(await world.read("Deployment", `${world.prefix}web-canary`)).toBeUndefined();
  }, TIMEOUT);

  it("refuses a route without both backendRefs before anything moves", async () => {
    await world.create("Deployment", stableDeployment(world, 2));
    await world.create("HTTPRoute", route(world, false));
    const target = createKubernetesTarget(kubeTarget(world, { traffic: "gateway", route: `${world.prefix}web` }), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    await expect(target.record(step(world, 10))).rejects.toThrow(
      `HTTPRoute ${world.namespace}/${world.prefix}web has no rule with both backendRefs "${world.prefix}web" (stable) and "${world.prefix}web-canary" (canary); its backends are "admin", "${world.prefix}web", "${world.prefix}web-legacy".`,
    );
    const stable = (await world.read("Deployment", `${world.prefix}web`)) as { metadata: { annotations?: Record<string, string> } };
    expect(stable.metadata.annotations?.[RECORD_ANNOTATION]).toBeUndefined();
    if (world.fake) expect(world.fake.requests.filter((r) => !["get", "list"].includes(r.verb))).toEqual([]);
  }, TIMEOUT);

  it("keeps the canary running when the route still sends it traffic and its weights cannot be restored", async () => {
    await world.create("Deployment", stableDeployment(world, 2));
    await world.create("HTTPRoute", route(world));
    const target = createKubernetesTarget(kubeTarget(world, { traffic: "gateway", route: `${world.prefix}web` }), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    const recorded = await target.record(step(world, 50));
    await target.move(step(world, 50), recorded);
    // Someone takes the stable backend out of the rule by hand: the canary now serves all of it.
    await world.edit("HTTPRoute", `${world.prefix}web`, (r) => {
      const refs = (r.spec as Route["spec"]).rules[1]!.backendRefs;
      refs.splice(0, 1);
    });

    const result = await target.restore(recorded, step(world, 50));
    expect(result.drift).toEqual([
      `HTTPRoute ${world.namespace}/${world.prefix}web changed since recorded besides the weights: rules changed`,
      expect.stringMatching(new RegExp(`^HTTPRoute ${world.namespace}/${world.prefix}web has no rule with both backendRefs .* Weights not restored\\.$`)),
      `HTTPRoute ${world.namespace}/${world.prefix}web still sends traffic to ${world.prefix}web-canary; the canary Deployment is left running`,
    ]);
    expect(result.actions).toEqual([]);
    expect((await shape(world, `${world.prefix}web-canary`))?.replicas).toBe(2);
  }, TIMEOUT);
});
