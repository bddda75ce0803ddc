/**
 * The fake's deployment controller and kubelet, moved by fake time: pods are created from
 * the template (a rolling update with the default 25% surge and 25% unavailable), become
 * ready a few seconds later unless their image is made to fail, and each Deployment's
 * status follows as `kubectl rollout status` reads it: observedGeneration, updated, ready
 * and available replicas, and the Progressing condition, which turns into
 * `ProgressDeadlineExceeded` after `progressDeadlineSeconds` without progress.
 */
import { createHash } from "node:crypto";
import type { Json } from "./patch.js";
import type { KubeObject, ResourceType, Store } from "./store.js";

/** apps/v1 Deployments. */
export const DEPLOYMENTS: ResourceType = { plural: "deployments", group: "apps", version: "v1", kind: "Deployment", generation: true };
/** core/v1 Pods, made by the controller. */
export const PODS: ResourceType = { plural: "pods", group: "", version: "v1", kind: "Pod", generation: false };
/** core/v1 Events about pods. */
export const EVENTS: ResourceType = { plural: "events", group: "", version: "v1", kind: "Event", generation: false };

/** How a pod with a given image fails to come up. */
export type PodFault = "ImagePullBackOff" | "CrashLoopBackOff" | "Unschedulable";

interface PodState {
  readonly deployment: string;
  readonly hash: string;
  readonly createdAt: number;
  readonly fault?: PodFault;
}

interface DeploymentState {
  lastProgress: number;
  seenGeneration: number;
  counts: string;
}

/** The deployment controller, the scheduler and the kubelet, as far as rollout status needs them. */
export class DeploymentController {
  private readonly pods = new Map<string, PodState>();
  private readonly deployments = new Map<string, DeploymentState>();
  private readonly faults = new Map<string, PodFault>();
  private podCounter = 0;
  private eventCounter = 0;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    /** Milliseconds from a pod's creation to Ready. */
    private readonly readyAfterMs = 2_000,
  ) {}

  /** Pods running `image` fail the given way from now on. */
  failImage(image: string, fault: PodFault): void {
    this.faults.set(image, fault);
  }

  /** One pass over every Deployment of every namespace seen. */
  reconcile(namespaces: Iterable<string>): void {
    for (const namespace of namespaces) {
      const live = new Set<string>();
      for (const deployment of this.store.list(DEPLOYMENTS, namespace)) {
        live.add(deployment.metadata.name);
        this.reconcileOne(namespace, deployment);
      }
      // Garbage collection: the pods of a deleted Deployment go with it.
      for (const [name, pod] of this.pods) {
        if (!live.has(pod.deployment) && this.store.get(PODS, namespace, name)) {
          this.store.delete(PODS, namespace, name);
          this.pods.delete(name);
        }
      }
    }
  }

  private reconcileOne(namespace: string, deployment: KubeObject): void {
    const name = deployment.metadata.name;
    const spec = deployment.spec as {
      replicas?: number;
      template: Json;
      progressDeadlineSeconds?: number;
      strategy?: { type?: string; rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } };
    };
    const desired = spec.replicas ?? 1;
    const hash = templateHash(spec.template);
    const generation = deployment.metadata.generation ?? 1;
    const state = this.deployments.get(`${namespace}/${name}`) ?? { lastProgress: this.now(), seenGeneration: 0, counts: "" };
    if (state.seenGeneration !== generation) state.lastProgress = this.now();
    state.seenGeneration = generation;
    this.deployments.set(`${namespace}/${name}`, state);

    const owned = () => [...this.pods.entries()].filter(([, p]) => p.deployment === name).map(([podName, p]) => ({ podName, ...p }));
    const ready = (p: PodState) => !p.fault && this.now() - p.createdAt >= this.readyAfterMs;
    // RollingUpdate's defaults are 25% and 25% (surge rounds up, unavailable down); Recreate is 0 surge, all unavailable.
    const recreate = spec.strategy?.type === "Recreate";
    const rolling = spec.strategy?.rollingUpdate ?? {};
    const maxSurge = recreate ? 0 : resolve(rolling.maxSurge ?? "25%", desired, Math.ceil);
    const maxUnavailable = recreate ? desired : Math.max(resolve(rolling.maxUnavailable ?? "25%", desired, Math.floor), maxSurge === 0 ? 1 : 0);

    let pods = owned();
    if (recreate && pods.some((p) => p.hash !== hash)) {
      for (const p of pods.filter((p) => p.hash !== hash)) this.deletePod(namespace, p.podName);
      pods = owned();
    }
    const fresh = pods.filter((p) => p.hash === hash);
    // Scale the new pods up within the surge, or down (not-ready ones first).
    const roomToCreate = Math.min(desired - fresh.length, desired + maxSurge - pods.length);
    for (let i = 0; i < roomToCreate; i++) this.createPod(namespace, deployment, hash);
    if (fresh.length > desired) {
      const extra = [...fresh].sort((a, b) => Number(ready(a)) - Number(ready(b))).slice(0, fresh.length - desired);
      for (const p of extra) this.deletePod(namespace, p.podName);
    }
    // Remove old pods while enough stay available.
    pods = owned();
    const old = pods.filter((p) => p.hash !== hash).sort((a, b) => Number(ready(a)) - Number(ready(b)));
    let available = pods.filter(ready).length;
    for (const p of old) {
      const wasReady = ready(p);
      if (wasReady && available - 1 < desired - maxUnavailable) break;
      this.deletePod(namespace, p.podName);
      if (wasReady) available--;
    }

    pods = owned();
    const updated = pods.filter((p) => p.hash === hash).length;
    const readyCount = pods.filter(ready).length;
    const complete = updated === desired && pods.length === desired && readyCount === desired;
    const counts = `${pods.length}/${updated}/${readyCount}`;
    if (counts !== state.counts) {
      state.counts = counts;
      state.lastProgress = this.now();
    }
    const deadline = (spec.progressDeadlineSeconds ?? 600) * 1000;
    const at = new Date(state.lastProgress).toISOString().replace(/\.\d+Z$/, "Z");
    const rsName = `${name}-${hash}`;
    const progressing = complete
      ? { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable", message: `ReplicaSet "${rsName}" has successfully progressed.` }
      : this.now() - state.lastProgress > deadline
        ? { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: `ReplicaSet "${rsName}" has timed out progressing.` }
        : { type: "Progressing", status: "True", reason: "ReplicaSetUpdated", message: `ReplicaSet "${rsName}" is progressing.` };
    const availableOk = readyCount >= desired - maxUnavailable;
    this.store.writeStatus(DEPLOYMENTS, namespace, name, {
      observedGeneration: generation,
      replicas: pods.length,
      updatedReplicas: updated,
      readyReplicas: readyCount,
      availableReplicas: readyCount,
      ...(pods.length - readyCount > 0 ? { unavailableReplicas: pods.length - readyCount } : {}),
      conditions: [
        {
          type: "Available",
          status: availableOk ? "True" : "False",
          reason: availableOk ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
          lastUpdateTime: at,
          lastTransitionTime: at,
        },
        { ...progressing, lastUpdateTime: at, lastTransitionTime: at },
      ],
    });
    for (const p of pods) this.writePodStatus(namespace, p.podName, p, ready(p));
  }

  private createPod(namespace: string, deployment: KubeObject, hash: string): void {
    const template = (deployment.spec as { template: { metadata?: { labels?: Record<string, string> }; spec: Json } }).template;
    const name = `${deployment.metadata.name}-${hash}-${(++this.podCounter).toString(36).padStart(5, "x")}`;
    const images = ((template.spec as { containers?: { image?: string }[] }).containers ?? []).map((c) => c.image ?? "");
    const fault = images.map((i) => this.faults.get(i)).find((f) => f !== undefined);
    this.pods.set(name, { deployment: deployment.metadata.name, hash, createdAt: this.now(), ...(fault ? { fault } : {}) });
    this.store.create(PODS, namespace, {
      metadata: {
        name,
        labels: { ...(template.metadata?.labels ?? {}), "pod-template-hash": hash },
        ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: `${deployment.metadata.name}-${hash}`, controller: true, uid: "" }],
      },
      spec: template.spec,
      status: { phase: "Pending" },
    });
    if (fault === "Unschedulable") {
      this.event(namespace, name, "Warning", "FailedScheduling", "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.");
      return;
    }
    this.event(namespace, name, "Normal", "Scheduled", `Successfully assigned ${namespace}/${name} to node-1`);
    const image = images.find((i) => this.faults.has(i)) ?? images[0] ?? "";
    if (fault === "ImagePullBackOff") {
      this.event(namespace, name, "Warning", "Failed", `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found`);
      this.event(namespace, name, "Normal", "BackOff", `Back-off pulling image "${image}"`);
    } else if (fault === "CrashLoopBackOff") {
      this.event(namespace, name, "Warning", "BackOff", `Back-off restarting failed container in pod ${name}_${namespace}`);
    } else {
      this.event(namespace, name, "Normal", "Pulled", `Container image "${image}" already present on machine`);
    }
  }

  private writePodStatus(namespace: string, name: string, pod: PodState, isReady: boolean): void {
    const current = this.store.get(PODS, namespace, name);
    if (!current) return;
    const containers: Json[] = ((current.spec as { containers?: { name: string; image?: string }[] }).containers ?? []).map((c) => ({
      name: c.name,
      image: c.image ?? "",
      imageID: isReady ? `${(c.image ?? "").replace(/@.*$/, "").replace(/:[^/:]*$/, "")}@sha256:${createHash("sha256").update(c.image ?? "").digest("hex")}` : "",
      ready: isReady,
      restartCount: pod.fault === "CrashLoopBackOff" ? 3 : 0,
      state: (isReady
        ? { running: { startedAt: new Date(pod.createdAt + this.readyAfterMs).toISOString().replace(/\.\d+Z$/, "Z") } }
        : pod.fault === "ImagePullBackOff"
          ? { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${c.image ?? ""}"` } }
          : pod.fault === "CrashLoopBackOff"
            ? { waiting: { reason: "CrashLoopBackOff", message: `back-off 40s restarting failed container=${c.name} pod=${name}_${namespace}` } }
            : { waiting: { reason: "ContainerCreating" } }) as Json,
    }));
    const status: Json =
      pod.fault === "Unschedulable"
        ? {
            phase: "Pending",
            conditions: [{ type: "PodScheduled", status: "False", reason: "Unschedulable", message: "0/3 nodes are available: 3 Insufficient cpu." }],
          }
        : {
            phase: isReady || pod.fault === "CrashLoopBackOff" ? "Running" : "Pending",
            conditions: [
              { type: "PodScheduled", status: "True" },
              { type: "Ready", status: isReady ? "True" : "False", ...(isReady ? {} : { reason: "ContainersNotReady" }) },
            ],
            containerStatuses: containers,
          };
    this.store.writeStatus(PODS, namespace, name, status);
  }

  private deletePod(namespace: string, name: string): void {
    this.pods.delete(name);
    if (this.store.get(PODS, namespace, name)) this.store.delete(PODS, namespace, name);
  }

  private event(namespace: string, pod: string, type: string, reason: string, message: string): void {
    const at = new Date(this.now()).toISOString().replace(/\.\d+Z$/, "Z");
    this.store.create(EVENTS, namespace, {
      metadata: { name: `${pod}.${(++this.eventCounter).toString(16).padStart(16, "0")}` },
      involvedObject: { kind: "Pod", namespace, name: pod, apiVersion: "v1" },
      type,
      reason,
      message,
      count: 1,
      firstTimestamp: at,
      lastTimestamp: at,
      source: { component: reason === "FailedScheduling" ? "default-scheduler" : "kubelet" },
    });
  }
}

/** An int-or-percent of `total`, as the deployment controller resolves maxSurge and maxUnavailable. */
function resolve(value: number | string, total: number, round: (n: number) => number): number {
  if (typeof value === "number") return value;
  return round((total * Number.parseInt(value, 10)) / 100);
}

/** The pod-template-hash: the same template always gives the same short hash. */
export function templateHash(template: Json): string {
  return createHash("sha256").update(JSON.stringify(template)).digest("hex").slice(0, 10);
}
