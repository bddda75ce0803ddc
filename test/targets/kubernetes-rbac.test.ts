/**
 * The README's Role is exactly what the target uses: every verb on every resource the
 * target sends in both traffic modes (record, moves, waits, a failed rollout's diagnosis,
 * promotion, rollback) is in the Role, and the Role holds nothing the target never sends.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { createKubernetesTarget } from "../../src/targets/kubernetes/target.js";
import { HPAS, HTTPROUTES } from "../../tools/kube-api/server.js";
import { kubeDeps, kubeTarget, type KubeWorld, stableDeployment, startWorld, step } from "./kube-world.js";

const GROUPS: Record<string, string> = { deployments: "apps", pods: "", events: "", horizontalpodautoscalers: "autoscaling", httproutes: "gateway.networking.k8s.io" };

function readmeRole(): Set<string> {
  const readme = readFileSync("README.md", "utf8");
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => /^kind: Role$/m.test(b));
  const role = parse(block ?? "") as { rules: { apiGroups: string[]; resources: string[]; verbs: string[] }[] };
  return new Set(role.rules.flatMap((r) => r.apiGroups.flatMap((g) => r.resources.flatMap((res) => r.verbs.map((v) => `${g}/${res} ${v}`)))));
}

const worlds: KubeWorld[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.close();
});

describe("RBAC", () => {
  it("the README's Role holds exactly the verbs the target sends", async () => {
    const used = new Set<string>();

    const replicas = await startWorld({ fake: true });
    worlds.push(replicas);
    await replicas.create("Deployment", stableDeployment(replicas, 4));
    replicas.fake!.seed(HPAS, "prod", { metadata: { name: "other" }, spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "api" }, maxReplicas: 3 } });
    const r = createKubernetesTarget(kubeTarget(replicas), { kubeconfig: replicas.kubeconfig }, kubeDeps(replicas));
    const recorded = await r.record(step(replicas, 50));
    await r.move(step(replicas, 50), recorded);
    await r.wait(step(replicas, 50), recorded);
    await r.promote(step(replicas, 100, 50), recorded);
    await r.restore(recorded, step(replicas, 100, 50));
    replicas.fake!.failImage(replicas.images.next, "ImagePullBackOff");
    await expect(r.move(step(replicas, 50), recorded)).rejects.toThrow(/ImagePullBackOff/);

    const gateway = await startWorld({ fake: true });
    worlds.push(gateway);
    await gateway.create("Deployment", stableDeployment(gateway, 2));
    gateway.fake!.seed(HTTPROUTES, "prod", { metadata: { name: "web" }, spec: { rules: [{ backendRefs: [{ name: "web" }, { name: "web-canary", weight: 0 }] }] } });
    const g = createKubernetesTarget(kubeTarget(gateway, { traffic: "gateway", route: "web" }), { kubeconfig: gateway.kubeconfig }, kubeDeps(gateway));
    const recordedG = await g.record(step(gateway, 10));
    await g.move(step(gateway, 10), recordedG);
    await g.restore(recordedG, step(gateway, 10));

    for (const w of [replicas, gateway]) for (const q of w.fake!.requests) used.add(`${GROUPS[q.resource]}/${q.resource} ${q.verb}`);
    expect([...used].sort()).toEqual([...readmeRole()].sort());
  });
});
