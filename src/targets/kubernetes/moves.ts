/**
 * The writes the target makes, each read-modify-write with the resourceVersion just read and
 * retried on 409: the canary Deployment created or reshaped, a Deployment scaled, the stable
 * template set, the route's two weights set, the record annotation written.
 */
import type { V1Deployment, V1PodTemplateSpec } from "@kubernetes/client-node";
import type { Logger } from "../../log.js";
import { conditional, KubernetesError, type KubeClient, retryOnConflict } from "./client.js";
import { findBackends, type RuleBackends, weightPatch } from "./gateway.js";
import { RECORD_ANNOTATION, type KubernetesRecord, type RecordedTemplates } from "./record.js";
import { canaryDeployment, canonicalJson, TRACK_LABEL } from "./template.js";

/** Reads a Deployment that must exist. */
export async function mustRead(client: KubeClient, name: string, role: string): Promise<V1Deployment> {
  const d = await client.readDeployment(name);
  if (!d) throw new KubernetesError(`The ${role} Deployment ${client.namespace}/${name} does not exist`);
  return d;
}

/** Makes the canary run `image` with `replicas` pods, from the stable's current spec. Returns whether anything changed. */
export async function setCanary(client: KubeClient, record: KubernetesRecord, image: string, replicas: number, log: Logger): Promise<boolean> {
  return retryOnConflict(`set canary ${record.canary.name}`, log, async () => {
    const stable = await mustRead(client, record.deployment, "stable");
    const wanted = canaryDeployment(stable, record.canary.name, record.container, image, replicas);
    const live = await client.readDeployment(record.canary.name);
    if (!live) {
      await client.createDeployment(wanted);
      log.info(`Created Deployment ${client.namespace}/${record.canary.name}: ${image}, ${replicas} replica(s)`);
      return true;
    }
    // A canary that existed before keeps its own selector (immutable): its pods must keep matching it.
    const template = wanted.spec!.template;
    template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, ...live.spec?.selector.matchLabels, [TRACK_LABEL]: "canary" } };
    if (canonicalJson(live.spec?.template) === canonicalJson(template) && live.spec?.replicas === replicas) return false;
    await client.jsonPatchDeployment(record.canary.name, [
      conditional(live.metadata?.resourceVersion),
      { op: "replace", path: "/spec/template", value: template },
      { op: live.spec?.replicas === undefined ? "add" : "replace", path: "/spec/replicas", value: replicas },
    ]);
    log.info(`Set Deployment ${client.namespace}/${record.canary.name}: ${image}, ${replicas} replica(s)`);
    return true;
  });
}

/** Sets `spec.replicas`; returns whether it changed. */
export async function scale(client: KubeClient, name: string, replicas: number, log: Logger): Promise<boolean> {
  return retryOnConflict(`scale ${name}`, log, async () => {
    const live = await mustRead(client, name, "stable");
    if (live.spec?.replicas === replicas) return false;
    await client.mergeDeployment(name, { metadata: { resourceVersion: live.metadata?.resourceVersion }, spec: { replicas } });
    log.info(`Scaled Deployment ${client.namespace}/${name} from ${live.spec?.replicas ?? 1} to ${replicas} replica(s)`);
    return true;
  });
}

/** Replaces the pod template (and replicas, when given); returns whether anything changed. */
export async function setTemplate(client: KubeClient, name: string, template: V1PodTemplateSpec, replicas: number | undefined, log: Logger, why: string): Promise<boolean> {
  return retryOnConflict(`set the template of ${name}`, log, async () => {
    const live = await mustRead(client, name, "stable");
    const sameTemplate = canonicalJson(live.spec?.template) === canonicalJson(template);
    if (sameTemplate && (replicas === undefined || live.spec?.replicas === replicas)) return false;
    await client.jsonPatchDeployment(name, [
      conditional(live.metadata?.resourceVersion),
      { op: "replace", path: "/spec/template", value: template },
      ...(replicas === undefined ? [] : [{ op: "replace" as const, path: "/spec/replicas", value: replicas }]),
    ]);
    log.info(`Deployment ${client.namespace}/${name}: ${why}`);
    return true;
  });
}

/** Sets the stable/canary weights of every rule holding both backends; returns whether anything changed. */
export async function setWeights(
  client: KubeClient,
  record: KubernetesRecord,
  weights: (rule: RuleBackends) => { stable?: number; canary?: number },
  log: Logger,
): Promise<boolean> {
  const name = record.route!.name;
  return retryOnConflict(`set the weights of HTTPRoute ${name}`, log, async () => {
    const route = await client.readRoute(name);
    if (!route) throw new KubernetesError(`HTTPRoute ${client.namespace}/${name} does not exist`);
    const rules = findBackends(route, record.deployment, record.canary.name, client.namespace);
    const unchanged = rules.every((r) => {
      const w = weights(r);
      return w.stable === r.stableWeight && w.canary === r.canaryWeight;
    });
    if (unchanged) return false;
    await client.jsonPatchRoute(name, weightPatch(route, rules, weights));
    const first = weights(rules[0]!);
    log.info(`HTTPRoute ${client.namespace}/${name}: ${record.deployment} weight ${first.stable ?? "default"}, ${record.canary.name} weight ${first.canary ?? "default"}`);
    return true;
  });
}

/** Deletes the canary Deployment as last read (a 409 if it changed, then read again); returns whether it existed. */
export async function deleteCanary(client: KubeClient, name: string, log: Logger): Promise<boolean> {
  return retryOnConflict(`delete ${name}`, log, async () => {
    const live = await client.readDeployment(name);
    if (!live) return false;
    await client.deleteDeployment(name, live.metadata?.resourceVersion);
    log.info(`Deleted Deployment ${client.namespace}/${name}`);
    return true;
  });
}

/** Writes the recorded templates on the stable Deployment; returns its new resourceVersion. */
export async function writeRecordAnnotation(client: KubeClient, name: string, templates: RecordedTemplates, log: Logger): Promise<string> {
  return retryOnConflict(`record the templates on ${name}`, log, async () => {
    const live = await mustRead(client, name, "stable");
    const updated = await client.mergeDeployment(name, {
      metadata: { resourceVersion: live.metadata?.resourceVersion, annotations: { [RECORD_ANNOTATION]: JSON.stringify(templates) } },
    });
    return updated.metadata?.resourceVersion ?? "";
  });
}

/** The recorded templates from the annotation, or undefined when it is missing or unreadable. */
export function readRecordAnnotation(stable: V1Deployment): RecordedTemplates | undefined {
  const text = stable.metadata?.annotations?.[RECORD_ANNOTATION];
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as RecordedTemplates;
    return parsed && typeof parsed === "object" && "stable" in parsed ? parsed : undefined;
  } catch {
    return undefined;
  }
}
