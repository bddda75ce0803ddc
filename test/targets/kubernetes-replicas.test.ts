/**
 * `traffic: replicas` through the real client, against the fake API server or, with
 * KUBECONFIG set, a real cluster (see kube-world.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseState, serializeState } from "../../src/state.js";
import { kubernetesRecordSchema } from "../../src/targets/kubernetes/record.js";
import { createKubernetesTarget } from "../../src/targets/kubernetes/target.js";
import { kubeDeps, kubeTarget, type KubeWorld, shape, stableDeployment, startWorld, step, TIMEOUT } from "./kube-world.js";

let world: KubeWorld;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

describe("kubernetes target, traffic: replicas", () => {
  it("moves 10% then 50% by replica counts, and restore gives back the exact starting replicas and template", async () => {
    await world.create("Deployment", stableDeployment(world, 10));
    const before = await world.read("Deployment", `${world.prefix}web`);
    const deps = kubeDeps(world);
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, deps);
    const web = `${world.prefix}web`;
    const canary = `${world.prefix}web-canary`;

    const recorded = kubernetesRecordSchema.parse(await target.record(step(world, 10)));
    expect(recorded.stable).toMatchObject({ image: world.images.old, replicas: 10 });
    // The digest the running pods report, kept for the incident report.
    expect(recorded.stable.imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(recorded.canary).toEqual({ name: canary, existed: false });
    expect(JSON.stringify(recorded)).not.toContain("s3cret-literal");
    // It travels in the state between jobs unchanged.
    const state = {
      version: 1,
      service: "web",
      stage: "at-10",
      weight: 10,
      targetVersion: world.images.next,
      status: "rolling-out",
      digest: `sha256:${"0".repeat(64)}`,
      previous: recorded,
      startedAt: "2026-01-05T10:00:00Z",
      updatedAt: "2026-01-05T10:00:00Z",
      verdicts: {},
    } as const;
    expect(parseState(serializeState(state), "state").previous).toEqual(recorded);

    await target.move(step(world, 10), recorded);
    await target.wait(step(world, 10), recorded);
    expect(await shape(world, canary)).toEqual({ replicas: 1, images: { app: world.images.next, proxy: world.images.old } });
    expect((await shape(world, web))?.replicas).toBe(9);

    await target.move(step(world, 50, 10), recorded);
    await target.wait(step(world, 50, 10), recorded);
    expect((await shape(world, canary))?.replicas).toBe(5);
    expect(await shape(world, web)).toEqual({ replicas: 5, images: { app: world.images.old, proxy: world.images.old } });

    const result = await target.restore(recorded, step(world, 50, 10));
    expect(result.drift).toEqual([]);
    expect(result.actions).toEqual([`Deployment ${world.namespace}/${web}: scaled back to 10 replica(s)`, `Deployment ${world.namespace}/${canary}: deleted`]);
    expect(await world.read("Deployment", canary)).toBeUndefined();
    const after = (await world.read("Deployment", web)) as typeof before;
    expect(after?.spec).toEqual({ ...(before?.spec as object), replicas: 10 });
    expect((after?.status as { readyReplicas: number }).readyReplicas).toBe(10);

    expect(deps.log.lines.join("\n")).not.toContain("s3cret-literal");
    // Idempotent: a second restore finds nothing to undo.
    expect(await target.restore(recorded, step(world, 50, 10))).toEqual({ changed: false, actions: [], drift: [] });
  }, TIMEOUT);

  it("promotes at 100%, and a rollback after the promotion puts the previous template back on the stable", async () => {
    await world.create("Deployment", stableDeployment(world, 4));
    const web = `${world.prefix}web`;
    const before = await world.read("Deployment", web);
    const deps = kubeDeps(world);
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, deps);
    const recorded = await target.record(step(world, 50));
    await target.move(step(world, 50), recorded);
    await target.move(step(world, 100, 50), recorded);
    await target.wait(step(world, 100, 50), recorded);
    expect((await shape(world, web))?.replicas).toBe(0);

    await target.promote(step(world, 100, 50), recorded);
    expect(await world.read("Deployment", `${world.prefix}web-canary`)).toBeUndefined();
    await target.wait(step(world, 100, 50), recorded);
    expect(await shape(world, web)).toEqual({ replicas: 4, images: { app: world.images.next, proxy: world.images.old } });

    const result = await target.restore(recorded, step(world, 100, 50));
    expect(result.drift).toEqual([]);
    expect(result.actions).toEqual([`Deployment ${world.namespace}/${web}: pod template restored (${world.images.old}), 4 replica(s)`]);
    const after = await world.read("Deployment", web);
    expect(after?.spec).toEqual(before?.spec);
    expect((after?.status as { updatedReplicas: number; readyReplicas: number })).toMatchObject({ updatedReplicas: 4, readyReplicas: 4 });
    expect(deps.log.lines.some((l) => l.includes(`Deployment ${world.namespace}/${web}: rolled out`))).toBe(true);
  }, TIMEOUT);

  it("reports drift, still rolls the traffic back, and replaces a changed template only with force", async () => {
    await world.create("Deployment", stableDeployment(world, 4));
    const web = `${world.prefix}web`;
    const deps = kubeDeps(world);
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, deps);
    const recorded = await target.record(step(world, 50));
    await target.move(step(world, 50), recorded);
    // Someone changes the stable by hand mid-rollout.
    await world.edit("Deployment", web, (d) => {
      const spec = d.spec as { template: { spec: { containers: { name: string; env?: unknown[] }[] } } };
      spec.template.spec.containers[0]!.env!.push({ name: "FEATURE_X", value: "on" });
    });

    const result = await target.restore(recorded, step(world, 50));
    expect(result.drift).toEqual([
      `Deployment ${world.namespace}/${web}: pod template changed since recorded: spec.containers[app].env[FEATURE_X] added`,
      `Deployment ${world.namespace}/${web}: template left as found; restore with force to put the recorded one back`,
    ]);
    expect(result.actions).toContain(`Deployment ${world.namespace}/${web}: scaled back to 4 replica(s)`);
    expect(await world.read("Deployment", `${world.prefix}web-canary`)).toBeUndefined();
    expect(JSON.stringify((await world.read("Deployment", web))?.spec)).toContain("FEATURE_X");

    const forced = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig, force: true }, kubeDeps(world));
    const again = await forced.restore(recorded, step(world, 50));
    expect(again.actions).toEqual([`Deployment ${world.namespace}/${web}: pod template restored (${world.images.old}), 4 replica(s)`]);
    expect(JSON.stringify((await world.read("Deployment", web))?.spec)).not.toContain("FEATURE_X");
  }, TIMEOUT);

  it("leaves the replicas of an HPA-owned Deployment to the HPA", async () => {
    await world.create("Deployment", stableDeployment(world, 6));
    const web = `${world.prefix}web`;
    await world.create("HorizontalPodAutoscaler", {
      metadata: { name: `${world.prefix}web-hpa` },
      spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: web }, minReplicas: 2, maxReplicas: 20, metrics: [] },
    });
    const deps = kubeDeps(world);
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, deps);
    const recorded = await target.record(step(world, 50));
    expect(recorded.stable).toMatchObject({ replicas: 6, hpa: `${world.prefix}web-hpa` });

    await target.move(step(world, 50), recorded);
    expect((await shape(world, web))?.replicas).toBe(6);
    expect((await shape(world, `${world.prefix}web-canary`))?.replicas).toBe(3);
    expect(deps.log.lines).toContain(`Replicas of Deployment ${world.namespace}/${web} are left to HPA ${world.prefix}web-hpa: the canary's 3 of 9 pods serve about 33%`);

    const result = await target.restore(recorded, step(world, 50));
    expect(result).toEqual({ changed: true, actions: [`Deployment ${world.namespace}/${world.prefix}web-canary: deleted`], drift: [] });
  }, TIMEOUT);

  it("puts back a canary Deployment that existed before the rollout, even after promotion deleted it", async () => {
    await world.create("Deployment", stableDeployment(world, 4));
    const old = stableDeployment(world, 1, `${world.prefix}web-canary`);
    const oldSpec = old.spec as { selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> } } };
    // Its own selector, which the rollout's template must keep matching (a selector is immutable).
    oldSpec.selector.matchLabels = { app: `${world.prefix}web`, release: "canary" };
    oldSpec.template.metadata.labels = { app: `${world.prefix}web`, release: "canary" };
    await world.create("Deployment", old);
    const canaryBefore = await world.read("Deployment", `${world.prefix}web-canary`);
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    const recorded = await target.record(step(world, 50));
    expect(recorded.canary).toMatchObject({ existed: true, replicas: 1 });

    await target.move(step(world, 50), recorded);
    expect((await shape(world, `${world.prefix}web-canary`))?.images.app).toBe(world.images.next);
    const midway = await target.restore(recorded, step(world, 50));
    expect(midway.actions).toContain(`Deployment ${world.namespace}/${world.prefix}web-canary: template and replicas restored`);
    expect((await world.read("Deployment", `${world.prefix}web-canary`))?.spec).toEqual(canaryBefore?.spec);

    await target.move(step(world, 100), recorded);
    await target.promote(step(world, 100), recorded);
    expect(await world.read("Deployment", `${world.prefix}web-canary`)).toBeUndefined();
    const after = await target.restore(recorded, step(world, 100));
    expect(after.actions).toContain(`Deployment ${world.namespace}/${world.prefix}web-canary: recreated as recorded`);
    expect((await world.read("Deployment", `${world.prefix}web-canary`))?.spec).toEqual(canaryBefore?.spec);
  }, TIMEOUT);
});
