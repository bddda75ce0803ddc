/**
 * Faults the target must explain or survive: pods that never come up, a write that races
 * another writer, an RBAC refusal, an ambiguous container. These need the fake API server's
 * fault injection, so they always run against the fake, with or without KUBECONFIG.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Clock } from "../../src/clock.js";
import { memoryLogger } from "../fakes/log.js";
import { createKubernetesTarget } from "../../src/targets/kubernetes/target.js";
import { DEPLOYMENTS, HTTPROUTES, type KubeApiFake } from "../../tools/kube-api/server.js";
import { kubeDeps, kubeTarget, type KubeWorld, shape, stableDeployment, startWorld, step } from "./kube-world.js";

let world: KubeWorld;
let fake: KubeApiFake;
beforeEach(async () => {
  world = await startWorld({ fake: true });
  fake = world.fake!;
});
afterEach(async () => {
  await world.close();
});

describe("kubernetes target, pods that do not come up", () => {
  it.each([
    ["ImagePullBackOff", /ImagePullBackOff \(Back-off pulling image "registry\.example\/web:2\.0"\) in container app; last event: BackOff: Back-off pulling image "registry\.example\/web:2\.0"$/],
    ["CrashLoopBackOff", /CrashLoopBackOff \(back-off 40s restarting failed container=app pod=web-canary-\w+-\w+_prod\) in container app; last event: BackOff: Back-off restarting failed container/],
    ["Unschedulable", /Unschedulable \(0\/3 nodes are available: 3 Insufficient cpu\.\); last event: FailedScheduling: 0\/3 nodes are available/],
  ] as const)("%s: the move fails naming the pod, its reason and its last event", async (fault, detail) => {
    await world.create("Deployment", stableDeployment(world, 4));
    fake.failImage(world.images.next, fault);
    const deps = kubeDeps(world);
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, deps);
    const recorded = await target.record(step(world, 25));
    const error = await target.move(step(world, 25), recorded).then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^Deployment prod\/web-canary exceeded its progress deadline \(ReplicaSet "web-canary-\w+" has timed out progressing\.\); pod (web-canary-\w+-\w+): /);
    expect(error?.message).toMatch(detail);
    const pod = /; pod ([\w-]+): /.exec(error!.message)![1]!;
    expect(fake.list({ plural: "pods", group: "", version: "v1", kind: "Pod", generation: false }, "prod").map((p) => p.metadata.name)).toContain(pod);
    // The stable was never shrunk: the failure came before it.
    expect((await shape(world, "web"))?.replicas).toBe(4);
    expect(deps.log.lines).toContain("Deployment prod/web-canary: 0 of 1 updated replicas available");
  });

  it("stops at rollout-timeout when that comes before the progress deadline", async () => {
    await world.create("Deployment", stableDeployment(world, 4));
    fake.failImage(world.images.next, "ImagePullBackOff");
    const target = createKubernetesTarget(kubeTarget(world, { rolloutTimeout: 60 }), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    const recorded = await target.record(step(world, 25));
    await expect(target.move(step(world, 25), recorded)).rejects.toThrow(
      /^Deployment prod\/web-canary did not roll out within 1m \(rollout-timeout\): 0 of 1 updated replicas available; pod web-canary-\w+-\w+: ImagePullBackOff/,
    );
  });
});

describe("kubernetes target, races and refusals", () => {
  it("retries a write that lost a race (409) after reading again, keeping the other writer's change", async () => {
    await world.create("Deployment", stableDeployment(world, 4));
    const deps = kubeDeps(world);
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, deps);
    const recorded = await target.record(step(world, 50));
    fake.raceNext("patch", "deployments", "web", (d) => {
      d.metadata.annotations = { ...(d.metadata.annotations as object), "team/owner": "payments" };
    });
    await target.move(step(world, 50), recorded);
    const patches = fake.requests.filter((r) => r.verb === "patch" && r.name === "web").map((r) => r.status);
    expect(patches.slice(-2)).toEqual([409, 200]);
    expect(deps.log.lines).toContain("scale web: the object changed since it was read (409 Conflict); reading it again (attempt 2 of 5)");
    const web = fake.get(DEPLOYMENTS, "prod", "web")!;
    expect((web.spec as { replicas: number }).replicas).toBe(2);
    expect((web.metadata.annotations as Record<string, string>)["team/owner"]).toBe("payments");
  });

  it("gives up after five conflicts in a row, saying so", async () => {
    await world.create("Deployment", stableDeployment(world, 4));
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    const recorded = await target.record(step(world, 50));
    for (let i = 0; i < 5; i++) fake.raceNext("patch", "deployments", "web", (d) => void (d.metadata.labels = { ...(d.metadata.labels as object), [`writer-${i}`]: "x" }));
    await expect(target.move(step(world, 50), recorded)).rejects.toThrow(
      'Could not patch deployments.apps "web" in namespace prod (HTTP 409): Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again (still conflicting after 5 attempts to scale web)',
    );
  });

  it("retries a route patch that lost a race, and leaves the other writer's rule in place", async () => {
    await world.create("Deployment", stableDeployment(world, 2));
    fake.seed(HTTPROUTES, "prod", {
      metadata: { name: "web" },
      spec: { rules: [{ backendRefs: [{ name: "web", port: 80 }, { name: "web-canary", port: 80, weight: 0 }] }] },
    });
    const target = createKubernetesTarget(kubeTarget(world, { traffic: "gateway", route: "web" }), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    const recorded = await target.record(step(world, 10));
    fake.raceNext("patch", "httproutes", "web", (r) => void (r.spec as { rules: unknown[] }).rules.push({ backendRefs: [{ name: "other", port: 80 }] }));
    await target.move(step(world, 10), recorded);
    expect(fake.get(HTTPROUTES, "prod", "web")!.spec).toEqual({
      rules: [{ backendRefs: [{ name: "web", port: 80, weight: 90 }, { name: "web-canary", port: 80, weight: 10 }] }, { backendRefs: [{ name: "other", port: 80 }] }],
    });
  });

  it.each([
    ["patch", "deployments", 'Kubernetes refused to patch deployments.apps "web" in namespace prod (403 Forbidden): the Role bound to this identity needs the verb "patch" on "deployments.apps"'],
    ["list", "horizontalpodautoscalers", 'Kubernetes refused to list horizontalpodautoscalers.autoscaling in namespace prod (403 Forbidden): the Role bound to this identity needs the verb "list" on "horizontalpodautoscalers.autoscaling"'],
    ["get", "deployments", 'Kubernetes refused to get deployments.apps "web" in namespace prod (403 Forbidden): the Role bound to this identity needs the verb "get" on "deployments.apps"'],
  ] as const)("a 403 on %s %s names the verb and resource refused", async (verb, resource, message) => {
    await world.create("Deployment", stableDeployment(world, 4));
    fake.forbid(verb, resource);
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    const error = await target.record(step(world, 10)).then(() => undefined, (e: Error) => e);
    expect(error?.message.startsWith(message)).toBe(true);
    expect(error?.message).toContain(`Server: `);
    expect(error?.message).toContain(`cannot ${verb} resource "${resource}"`);
  });

  it("asks which container when the template has several and none is named", async () => {
    await world.create("Deployment", stableDeployment(world, 4));
    const { container: _, ...unnamed } = kubeTarget(world);
    const target = createKubernetesTarget(unnamed, { kubeconfig: world.kubeconfig }, kubeDeps(world));
    await expect(target.record(step(world, 10))).rejects.toThrow(
      'Deployment prod/web has 2 containers ("app", "proxy"); set target.kubernetes.container to the one whose image the rollout sets',
    );
  });

  it("refuses to split a single replica, before anything moves", async () => {
    await world.create("Deployment", stableDeployment(world, 1));
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, kubeDeps(world));
    await expect(target.record(step(world, 10))).rejects.toThrow(
      "Deployment prod/web has 1 replica: traffic: replicas needs at least 2, to keep one canary and one stable pod between 0% and 100% (scale it, or use traffic: gateway)",
    );
    expect(fake.requests.filter((r) => !["get", "list"].includes(r.verb))).toEqual([]);
  });

  it("says where a kubeconfig comes from when there is none, before any request", async () => {
    const home = await mkdtemp(join(tmpdir(), "no-kube-"));
    vi.stubEnv("KUBECONFIG", "");
    vi.stubEnv("HOME", home);
    try {
      expect(() => createKubernetesTarget(kubeTarget(world), {}, kubeDeps(world))).toThrow(
        "No kubeconfig: set KUBECONFIG (your cluster's login action usually does), put one at ~/.kube/config, or run in a pod with a service account",
      );
    } finally {
      vi.unstubAllEnvs();
      await rm(home, { recursive: true });
    }
  });

  it("stops waiting when the job is cancelled", async () => {
    await world.create("Deployment", stableDeployment(world, 4));
    fake.failImage(world.images.next, "ImagePullBackOff");
    const abort = new AbortController();
    let sleeps = 0;
    const clock: Clock = {
      now: () => world.clock.now(),
      sleep: (ms, signal) => {
        if (++sleeps === 3) abort.abort(new Error("job cancelled"));
        return world.clock.sleep(ms, signal);
      },
    };
    const target = createKubernetesTarget(kubeTarget(world), { kubeconfig: world.kubeconfig }, { clock, log: memoryLogger(), signal: abort.signal });
    const recorded = await target.record(step(world, 25));
    await expect(target.move(step(world, 25), recorded)).rejects.toThrow("job cancelled");
    expect(sleeps).toBe(3);
  });
});
