/**
 * Rollback for the `kubernetes` target, without a traffic cliff: the stable Deployment gets
 * its recorded template and replicas back and is waited for, then the route's weights go
 * back, then the canary goes away (or back to what it was). Changes someone else made since
 * the record are reported as drift; traffic is rolled back anyway, but a pod template changed
 * by someone else is replaced only with `force`.
 */
import type { V1Deployment, V1DeploymentSpec, V1PodTemplateSpec } from "@kubernetes/client-node";
import type { RestoreResult, TargetDeps, TrafficStep } from "../types.js";
import type { KubeClient } from "./client.js";
import { findBackends, routeShapeDigest } from "./gateway.js";
import { deleteCanary, mustRead, readRecordAnnotation, scale, setTemplate, setWeights } from "./moves.js";
import { RECORD_ANNOTATION, type KubernetesRecord } from "./record.js";
import { splitReplicas } from "./replicas.js";
import { differences, digest, imageFor, imageOf, withImage } from "./template.js";
import { waitForRollout } from "./wait.js";

/** How far a restore may go, and how long it may wait. */
export interface RestoreOptions {
  readonly force: boolean;
  readonly rolloutTimeout: number;
}

/** Puts the target back as recorded (see the file comment for the order) and says what it did and what drifted. */
export async function restore(client: KubeClient, recorded: KubernetesRecord, from: TrafficStep, options: RestoreOptions, deps: TargetDeps): Promise<RestoreResult> {
  const actions: string[] = [];
  const drift: string[] = [];
  const ns = recorded.namespace;
  const where = `Deployment ${ns}/${recorded.deployment}`;
  const stable = await mustRead(client, recorded.deployment, "stable");
  const saved = readRecordAnnotation(stable);

  // 1. The stable's template and replicas, and wait for it: it must carry the traffic before anything moves.
  const template = stableTemplateToRestore(stable, recorded, from, saved?.stable as V1PodTemplateSpec | undefined, options.force, where, drift);
  const replicas = recorded.stable.hpa ? undefined : recorded.stable.replicas;
  await checkReplicas(client, stable, recorded, from, where, drift);
  let stableChanged = false;
  if (template) {
    stableChanged = await setTemplate(client, recorded.deployment, template, replicas, deps.log, `back to ${imageOf(template, recorded.container)}`);
    if (stableChanged) actions.push(`${where}: pod template restored (${imageOf(template, recorded.container)})${replicas === undefined ? "" : `, ${replicas} replica(s)`}`);
  }
  if (!stableChanged && replicas !== undefined && (await scale(client, recorded.deployment, replicas, deps.log))) {
    stableChanged = true;
    actions.push(`${where}: scaled back to ${replicas} replica(s)`);
  }
  if (stableChanged) await waitForRollout(client, recorded.deployment, options.rolloutTimeout, deps);

  // 2. The route's weights.
  let canaryServed = false;
  if (recorded.route) {
    const route = await client.readRoute(recorded.route.name);
    const routeWhere = `HTTPRoute ${ns}/${recorded.route.name}`;
    if (!route) drift.push(`${routeWhere} no longer exists; weights not restored`);
    else {
      if (routeShapeDigest(route, recorded.deployment, recorded.canary.name) !== recorded.route.shapeDigest)
        drift.push(`${routeWhere} changed since recorded besides the weights: ${differences(saved?.route, route.spec).join("; ") || "its rules"}`);
      let restorable = true;
      try {
        findBackends(route, recorded.deployment, recorded.canary.name, ns);
      } catch (error) {
        restorable = false;
        drift.push(`${(error as Error).message} Weights not restored.`);
      }
      const rules = recorded.route.rules;
      if (restorable && (await setWeights(client, recorded, (r) => pick(rules.find((x) => x.rule === r.rule) ?? rules[0]), deps.log)))
        actions.push(`${routeWhere}: weights restored (${recorded.deployment} ${rules[0]?.stable ?? "default"}, ${recorded.canary.name} ${rules[0]?.canary ?? "default"})`);
      // Deleting a canary the route still sends traffic to would fail those requests: keep it.
      const after = restorable ? await client.readRoute(recorded.route.name) : route;
      canaryServed = (after?.spec.rules ?? []).some((rule) => (rule.backendRefs ?? []).some((b) => b.name === recorded.canary.name && b.weight !== 0));
      if (canaryServed) drift.push(`${routeWhere} still sends traffic to ${recorded.canary.name}; the canary Deployment is left running`);
    }
  }

  // 3. The canary: removed, or put back as it was.
  const canary = await client.readDeployment(recorded.canary.name);
  const canaryWhere = `Deployment ${ns}/${recorded.canary.name}`;
  if (canaryServed) {
    // Reported above as drift.
  } else if (!recorded.canary.existed) {
    if (await deleteCanary(client, recorded.canary.name, deps.log)) actions.push(`${canaryWhere}: deleted`);
  } else if (!saved?.canary || digest((saved.canary.spec as V1DeploymentSpec).template) !== recorded.canary.templateDigest) {
    drift.push(`${canaryWhere} existed before the rollout, but its recorded spec (annotation ${RECORD_ANNOTATION}) is missing; left as found`);
  } else if (!canary) {
    await client.createDeployment({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: recorded.canary.name, labels: saved.canary.labels ?? {} }, spec: saved.canary.spec as V1DeploymentSpec });
    actions.push(`${canaryWhere}: recreated as recorded`);
  } else {
    const spec = saved.canary.spec as V1DeploymentSpec;
    if (await setTemplate(client, recorded.canary.name, spec.template, recorded.canary.replicas, deps.log, "back as recorded"))
      actions.push(`${canaryWhere}: template and replicas restored`);
  }

  // The drift is the caller's to report (the rollback warns once per line): not logged here.
  return { changed: actions.length > 0, actions, drift };
}

function pick(r: { stable?: number; canary?: number } | undefined): { stable?: number; canary?: number } {
  return { ...(r?.stable !== undefined ? { stable: r.stable } : {}), ...(r?.canary !== undefined ? { canary: r.canary } : {}) };
}

/** The template to put back on the stable, or undefined to leave it; notes drift. */
function stableTemplateToRestore(
  stable: V1Deployment,
  recorded: KubernetesRecord,
  from: TrafficStep,
  saved: V1PodTemplateSpec | undefined,
  force: boolean,
  where: string,
  drift: string[],
): V1PodTemplateSpec | undefined {
  const live = stable.spec?.template;
  if (digest(live) === recorded.stable.templateDigest) return undefined;
  if (!saved || digest(saved) !== recorded.stable.templateDigest) {
    drift.push(`${where}: pod template changed, and the recorded one (annotation ${RECORD_ANNOTATION}) is missing or altered; template not restored`);
    return undefined;
  }
  const promoted = withImage(saved, recorded.container, imageFor(recorded.stable.image, from.version));
  if (digest(live) === digest(promoted)) return saved;
  const base = imageOf(live, recorded.container) === imageOf(promoted, recorded.container) ? promoted : saved;
  drift.push(`${where}: pod template changed since recorded: ${differences(base, live).join("; ")}`);
  if (force) return saved;
  drift.push(`${where}: template left as found; restore with force to put the recorded one back`);
  return undefined;
}

/** Notes replicas someone else changed: neither the recorded count nor the one the rollout set. */
async function checkReplicas(client: KubeClient, stable: V1Deployment, recorded: KubernetesRecord, from: TrafficStep, where: string, drift: string[]): Promise<void> {
  if (recorded.stable.hpa) {
    const hpa = (await client.listHpas()).find((h) => h.metadata?.name === recorded.stable.hpa);
    if (!hpa || hpa.spec?.scaleTargetRef.name !== recorded.deployment)
      drift.push(`${where}: HorizontalPodAutoscaler ${recorded.stable.hpa} no longer targets it; its replicas are left as found (${stable.spec?.replicas ?? 1})`);
    return;
  }
  const live = stable.spec?.replicas ?? 1;
  const total = recorded.stable.replicas;
  // What the rollout itself may have left: the recorded count (gateway, or after promotion) or the stable's share.
  const ours = new Set([total]);
  if (recorded.traffic === "replicas") {
    try {
      ours.add(splitReplicas(from.weight, total).stable);
    } catch {
      // A weight the total cannot split was never applied.
    }
  }
  if (!ours.has(live)) drift.push(`${where}: replicas were ${total} when recorded and the rollout set ${[...ours].filter((n) => n !== total).join(" or ") || total}, found ${live}`);
}
