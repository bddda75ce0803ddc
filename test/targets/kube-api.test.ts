/**
 * The fake API server keeps the semantics the Kubernetes target relies on, checked through
 * the real client: patches as the API server applies them, optimistic concurrency,
 * generation, a controller that moves status over fake time, list and watch.
 */
import { ApiException, AppsV1Api, KubeConfig, PatchStrategy, setHeaderOptions, Watch } from "@kubernetes/client-node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEPLOYMENTS, type KubeApiFake, startKubeApi } from "../../tools/kube-api/server.js";

let kube: KubeApiFake;
let apps: AppsV1Api;
beforeEach(async () => {
  kube = await startKubeApi();
  const kc = new KubeConfig();
  kc.loadFromFile(kube.kubeconfigPath);
  apps = kc.makeApiClient(AppsV1Api);
  kube.seed(DEPLOYMENTS, "prod", {
    metadata: { name: "web" },
    spec: {
      replicas: 4,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: { containers: [{ name: "app", image: "web:1", env: [{ name: "A", value: "1" }, { name: "B", value: "2" }] }, { name: "proxy", image: "envoy:1" }] },
      },
    },
  });
});
afterEach(async () => {
  await kube.close();
});

const read = () => apps.readNamespacedDeployment({ name: "web", namespace: "prod" });
const code = (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof ApiException ? e.code : -1));
const smp = setHeaderOptions("Content-Type", PatchStrategy.StrategicMergePatch);
const json = setHeaderOptions("Content-Type", PatchStrategy.JsonPatch);

describe("fake Kubernetes API server", () => {
  it("merges containers and env by name in a strategic merge patch, and deletes with $patch: delete", async () => {
    const body = { spec: { template: { spec: { containers: [{ name: "app", image: "web:2", env: [{ name: "B", $patch: "delete" }, { name: "C", value: "3" }] }] } } } };
    const d = await apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body }, smp);
    expect(d.spec?.template.spec?.containers.map((c) => [c.name, c.image, (c.env ?? []).map((e) => e.name)])).toEqual([
      ["app", "web:2", ["A", "C"]],
      ["proxy", "envoy:1", []],
    ]);
    expect(d.metadata?.generation).toBe(2);
  });

  it("answers 409 to a write carrying a stale resourceVersion, 422 to a failing JSON patch test or an invalid Deployment", async () => {
    const d = await read();
    const stale = d.metadata!.resourceVersion!;
    await apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { metadata: { labels: { x: "1" } } } }, smp);
    expect(await code(apps.replaceNamespacedDeployment({ name: "web", namespace: "prod", body: d }))).toBe(409);
    expect(await code(apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { metadata: { resourceVersion: stale }, spec: { replicas: 1 } } }, smp))).toBe(409);
    expect(await code(apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: [{ op: "replace", path: "/metadata/resourceVersion", value: stale }] }, json))).toBe(409);
    expect(await code(apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: [{ op: "test", path: "/spec/replicas", value: 3 }] }, json))).toBe(422);
    expect(await code(apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { spec: { replicas: 1 } } }, setHeaderOptions("Content-Type", PatchStrategy.ServerSideApply)))).toBe(400);
    const selector = { name: "web", namespace: "prod", body: { spec: { selector: { matchLabels: { app: "web", tier: "x" } } } } };
    expect(await code(apps.patchNamespacedDeployment(selector, smp))).toBe(422);
    const labels = { name: "web", namespace: "prod", body: { spec: { template: { metadata: { labels: { app: "other" } } } } } };
    expect(await code(apps.patchNamespacedDeployment(labels, smp))).toBe(422);
    expect(await code(apps.deleteNamespacedDeployment({ name: "web", namespace: "prod", body: { preconditions: { resourceVersion: stale } } }))).toBe(409);
    expect((await read()).spec?.replicas).toBe(4);
  });

  it("bumps generation on spec changes only, and observes it on the controller's next pass", async () => {
    const before = await read();
    const labelled = await apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { metadata: { labels: { team: "a" } } } }, smp);
    expect(labelled.metadata?.generation).toBe(before.metadata?.generation);
    const scaled = await apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { spec: { replicas: 6 } } }, smp);
    expect(scaled.metadata?.generation).toBe((before.metadata?.generation ?? 0) + 1);
    expect(scaled.status?.observedGeneration).toBe(before.metadata?.generation);
    kube.advance(1_000);
    expect((await read()).status?.observedGeneration).toBe(scaled.metadata?.generation);
  });

  it("rolls a new template out without going below replicas - 25% available, and reports it complete", async () => {
    await apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { spec: { template: { spec: { containers: [{ name: "app", image: "web:2" }] } } } } }, smp);
    const seen: string[] = [];
    for (let s = 0; s < 30; s++) {
      kube.advance(1_000);
      const st = (await read()).status!;
      expect(st.availableReplicas ?? 0).toBeGreaterThanOrEqual(3);
      seen.push(`${st.updatedReplicas}/${st.availableReplicas}`);
    }
    const done = (await read()).status!;
    expect(done).toMatchObject({ replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4 });
    expect(done.conditions?.find((c) => c.type === "Progressing")?.reason).toBe("NewReplicaSetAvailable");
    expect(new Set(seen).size).toBeGreaterThan(2);
  });

  it.each([
    ["RollingUpdate with maxSurge 0, maxUnavailable 1", { type: "RollingUpdate", rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } }, 4, 3],
    ["RollingUpdate with maxSurge 2, maxUnavailable 0", { type: "RollingUpdate", rollingUpdate: { maxSurge: 2, maxUnavailable: 0 } }, 6, 4],
    ["Recreate", { type: "Recreate" }, 4, 0],
  ])("follows the strategy: %s", async (_name, strategy, most, least) => {
    await apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { spec: { strategy, template: { spec: { containers: [{ name: "app", image: "web:2" }] } } } } }, smp);
    const pods: number[] = [];
    const available: number[] = [];
    for (let s = 0; s < 30; s++) {
      kube.advance(1_000);
      const st = (await read()).status!;
      pods.push(st.replicas ?? 0);
      available.push(st.availableReplicas ?? 0);
    }
    expect(Math.max(...pods)).toBe(most);
    expect(Math.min(...available)).toBe(least);
    expect((await read()).status).toMatchObject({ replicas: 4, updatedReplicas: 4, availableReplicas: 4 });
  });

  it("turns Progressing into ProgressDeadlineExceeded when pods never come up", async () => {
    kube.failImage("web:bad", "ImagePullBackOff");
    await apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { spec: { progressDeadlineSeconds: 30, template: { spec: { containers: [{ name: "app", image: "web:bad" }] } } } } }, smp);
    kube.advance(20_000);
    expect((await read()).status?.conditions?.find((c) => c.type === "Progressing")?.reason).toBe("ReplicaSetUpdated");
    kube.advance(20_000);
    expect((await read()).status?.conditions?.find((c) => c.type === "Progressing")?.reason).toBe("ProgressDeadlineExceeded");
  });

  it("streams changes to the client's Watch, from a list's resourceVersion", async () => {
    const kc = new KubeConfig();
    kc.loadFromFile(kube.kubeconfigPath);
    const list = await apps.listNamespacedDeployment({ namespace: "prod" });
    const events: string[] = [];
    let resolve: () => void;
    const two = new Promise<void>((r) => (resolve = r));
    const controller = await new Watch(kc).watch(
      "/apis/apps/v1/namespaces/prod/deployments",
      { resourceVersion: list.metadata!.resourceVersion! },
      (phase, obj: { spec: { replicas: number } }) => {
        events.push(`${phase} ${obj.spec.replicas}`);
        if (events.length === 2) resolve();
      },
      () => undefined,
    );
    await apps.patchNamespacedDeployment({ name: "web", namespace: "prod", body: { spec: { replicas: 5 } } }, smp);
    await apps.deleteNamespacedDeployment({ name: "web", namespace: "prod" });
    await two;
    controller.abort();
    expect(events).toEqual(["MODIFIED 5", "DELETED 5"]);
  });
});
