/**
 * The `kubernetes` target: a canary Deployment beside the stable one, with the weight carried
 * by replica counts (`traffic: replicas`) or by the weights of a Gateway API HTTPRoute
 * (`traffic: gateway`). See the README's `target` section for the rules it follows.
 */
import type { KubeConfig, V1Deployment } from "@kubernetes/client-node";
import type { KubernetesTarget } from "../../playbook/types.js";
import type { RestoreResult, Target, TargetDeps, TrafficStep } from "../types.js";
import { defaultKubeConfig, KubeClient, KubernetesError } from "./client.js";
import { findBackends, routeShapeDigest } from "./gateway.js";
import { deleteCanary, mustRead, scale, setCanary, setTemplate, setWeights, writeRecordAnnotation } from "./moves.js";
import type { KubernetesRecord } from "./record.js";
import { splitReplicas } from "./replicas.js";
import { restore } from "./restore.js";
import { digest, imageFor, imageOf, pickContainer, withImage } from "./template.js";
import { ownPods, waitForRollout } from "./wait.js";

/** How the target reaches the cluster, and whether a restore may replace a template someone else changed. */
export interface KubernetesTargetOptions {
  /** The cluster to talk to; default `KUBECONFIG`, `~/.kube/config`, or in-cluster. */
  readonly kubeconfig?: KubeConfig;
  /** Restore the recorded pod template even when someone changed it since it was recorded. */
  readonly force?: boolean;
}

/** Builds the target; nothing is read from the cluster until {@link Target.record}. */
export function createKubernetesTarget(target: KubernetesTarget, options: KubernetesTargetOptions, deps: TargetDeps): Target<KubernetesRecord> {
  const client = new KubeClient(options.kubeconfig ?? defaultKubeConfig(), target.namespace);
  const where = `Deployment ${target.namespace}/${target.deployment}`;

  const totalOf = (recorded: KubernetesRecord) => recorded.stable.replicas;
  const waitFor = (name: string) => waitForRollout(client, name, target.rolloutTimeout, deps);

  return {
    description: `kubernetes ${target.namespace}/${target.deployment} (${target.traffic}${target.traffic === "gateway" ? ` via HTTPRoute ${target.route}` : ""})`,

    async record(step): Promise<KubernetesRecord> {
      const stable = await mustRead(client, target.deployment, "stable");
      const container = pickContainer(stable.spec?.template, target.container, where);
      const replicas = stable.spec?.replicas ?? 1;
      const hpa = (await client.listHpas()).find(
        (h) => h.spec?.scaleTargetRef.kind === "Deployment" && h.spec.scaleTargetRef.name === target.deployment,
      )?.metadata?.name;
      if (target.traffic === "replicas" && replicas < 2)
        throw new KubernetesError(
          `${where} has ${replicas} replica${replicas === 1 ? "" : "s"}: traffic: replicas needs at least 2, to keep one canary and one stable pod between 0% and 100% (scale it, or use traffic: gateway)`,
        );
      let route: KubernetesRecord["route"];
      let routeSpec: unknown;
      if (target.traffic === "gateway") {
        if (!target.route) throw new KubernetesError("target.kubernetes.route is required for traffic: gateway");
        const live = await client.readRoute(target.route);
        if (!live) throw new KubernetesError(`HTTPRoute ${target.namespace}/${target.route} does not exist`);
        const rules = findBackends(live, target.deployment, target.canaryDeployment, target.namespace);
        routeSpec = live.spec;
        route = {
          name: target.route,
          resourceVersion: live.metadata.resourceVersion,
          shapeDigest: routeShapeDigest(live, target.deployment, target.canaryDeployment),
          rules: rules.map((r) => ({ rule: r.rule, ...(r.stableWeight !== undefined ? { stable: r.stableWeight } : {}), ...(r.canaryWeight !== undefined ? { canary: r.canaryWeight } : {}) })),
        };
      }
      const image = imageOf(stable.spec?.template, container);
      // Only for the incident report: a cluster that will not show pods does not stop the rollout.
      const imageDigest = await runningDigest(client, stable, container, image).catch((error: Error) => {
        deps.log.warning(`The digest of ${image} could not be read from the pods of ${where}: ${error.message}`);
        return undefined;
      });
      const canary = await client.readDeployment(target.canaryDeployment);
      if (canary?.metadata?.annotations?.["deploy-playbook/canary-of"])
        deps.log.warning(
          `Deployment ${target.namespace}/${target.canaryDeployment} exists and was made by deploy-playbook: a rollout that was neither promoted nor rolled back? It is recorded as it is now, and rollback will put it back so`,
        );
      const resourceVersion = await writeRecordAnnotation(
        client,
        target.deployment,
        {
          stable: stable.spec?.template,
          ...(canary ? { canary: { labels: canary.metadata?.labels ?? {}, spec: canary.spec } } : {}),
          ...(routeSpec ? { route: routeSpec } : {}),
        },
        deps.log,
      );
      const recorded: KubernetesRecord = {
        kind: "kubernetes",
        weight: step.previousWeight,
        namespace: target.namespace,
        deployment: target.deployment,
        traffic: target.traffic,
        container,
        stable: { image, ...(imageDigest ? { imageDigest } : {}), templateDigest: digest(stable.spec?.template), replicas, ...(hpa ? { hpa } : {}), resourceVersion },
        canary: canary
          ? { name: target.canaryDeployment, existed: true, replicas: canary.spec?.replicas ?? 1, templateDigest: digest(canary.spec?.template) }
          : { name: target.canaryDeployment, existed: false },
        ...(route ? { route } : {}),
      };
      deps.log.info(
        `Recorded ${where}: ${recorded.stable.image}${imageDigest ? ` (${imageDigest})` : ""}, ${hpa ? `replicas owned by HPA ${hpa}` : `${replicas} replica(s)`}${canary ? `; canary ${target.canaryDeployment} exists` : ""}${route ? `; HTTPRoute ${route.name} at resourceVersion ${route.resourceVersion}` : ""}`,
      );
      return recorded;
    },

    async move(step: TrafficStep, recorded: KubernetesRecord): Promise<void> {
      const image = imageFor(recorded.stable.image, step.version);
      if (recorded.traffic === "gateway") {
        // The canary is at full size and ready before the route sends it anything.
        await setCanary(client, recorded, image, totalOf(recorded), deps.log);
        await waitFor(recorded.canary.name);
        await setWeights(client, recorded, () => ({ stable: 100 - step.weight, canary: step.weight }), deps.log);
        return;
      }
      const split = splitReplicas(step.weight, totalOf(recorded));
      deps.log.info(`${step.weight}% of ${totalOf(recorded)} replicas: ${split.canary} canary, ${split.stable} stable`);
      // Grow the canary first and shrink the stable after, so capacity never dips.
      await setCanary(client, recorded, image, split.canary, deps.log);
      await waitFor(recorded.canary.name);
      if (recorded.stable.hpa) {
        // The HPA owns the stable's size: scaling it down would be undone, so the canary's real share is smaller.
        const live = (await mustRead(client, recorded.deployment, "stable")).spec?.replicas ?? 1;
        const share = Math.round((100 * split.canary) / (split.canary + live));
        deps.log.info(`Replicas of ${where} are left to HPA ${recorded.stable.hpa}: the canary's ${split.canary} of ${split.canary + live} pods serve about ${share}%`);
      }
      else await scale(client, recorded.deployment, split.stable, deps.log);
    },

    async wait(_step: TrafficStep, recorded: KubernetesRecord): Promise<void> {
      // After a promotion the canary is gone, and only the stable has anything to wait for.
      if (await client.readDeployment(recorded.canary.name)) await waitFor(recorded.canary.name);
      else deps.log.info(`Deployment ${target.namespace}/${recorded.canary.name} does not exist: nothing to wait for`);
      await waitFor(recorded.deployment);
    },

    async promote(step: TrafficStep, recorded: KubernetesRecord): Promise<void> {
      const image = imageFor(recorded.stable.image, step.version);
      const stable = await mustRead(client, recorded.deployment, "stable");
      const template = withImage(stable.spec!.template, recorded.container, image);
      const replicas = recorded.stable.hpa ? undefined : totalOf(recorded);
      await setTemplate(client, recorded.deployment, template, replicas, deps.log, `takes ${image}${replicas === undefined ? "" : ` with ${replicas} replica(s)`}`);
      await waitFor(recorded.deployment);
      if (recorded.route) await setWeights(client, recorded, () => ({ stable: 100, canary: 0 }), deps.log);
      if (await deleteCanary(client, recorded.canary.name, deps.log)) deps.log.info(`${where} serves ${image} alone`);
    },

    restore: (recorded: KubernetesRecord, from: TrafficStep): Promise<RestoreResult> =>
      restore(client, recorded, from, { force: options.force ?? false, rolloutTimeout: target.rolloutTimeout }, deps),
  };
}

/** The digest a ready pod of the stable runs `image` at, from its status; undefined when none shows one. */
async function runningDigest(client: KubeClient, stable: V1Deployment, container: string, image: string): Promise<string | undefined> {
  const pods = await ownPods(client, stable);
  for (const pod of pods) {
    const status = pod.status?.containerStatuses?.find((c) => c.name === container && c.ready && c.image === image);
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(status?.imageID ?? "")?.[1];
    if (digest) return digest;
  }
  return undefined;
}
