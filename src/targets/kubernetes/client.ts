/**
 * The Kubernetes API as the target uses it, through `@kubernetes/client-node`: every call
 * named by its verb and resource, so a refusal says exactly what the Role lacks; every patch
 * explicit about its kind; every write that can race carrying the resourceVersion it read,
 * and retried after reading again when the server answers 409.
 */
import { TargetError } from "../types.js";
import {
  ApiException,
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  type CoreV1Event,
  type V1Deployment,
  type V1Pod,
  type V2HorizontalPodAutoscaler,
} from "@kubernetes/client-node";
import type { Logger } from "../../log.js";

/** The field manager every write is made under, so `kubectl` shows who changed a field. */
export const FIELD_MANAGER = "deploy-playbook";

/** A failure talking to the cluster, in words an SRE can act on. */
export class KubernetesError extends TargetError {
  override readonly name = "KubernetesError";
  constructor(
    message: string,
    /** The HTTP status, when the API server answered. */
    readonly code?: number,
  ) {
    super(message);
  }
}

/** One operation in error messages and RBAC terms: `patch deployments.apps "web" in namespace prod`. */
interface Operation {
  readonly verb: "get" | "list" | "create" | "patch" | "delete";
  /** Plural with group, as RBAC names it: `deployments.apps`. */
  readonly resource: string;
  readonly name?: string;
}

/** An HTTPRoute as read: only the parts the target reads are typed. */
export interface HttpRoute {
  readonly metadata: { readonly name: string; readonly resourceVersion: string };
  readonly spec: { readonly rules?: readonly { readonly backendRefs?: readonly { readonly name: string; readonly weight?: number }[] }[] };
}

/** A JSON patch operation (RFC 6902). */
export type JsonPatch = readonly { op: "add" | "replace" | "remove" | "test"; path: string; value?: unknown }[];

const GATEWAY = { group: "gateway.networking.k8s.io", version: "v1", plural: "httproutes" } as const;

/** Loads the kubeconfig the way kubectl does: `KUBECONFIG`, `~/.kube/config`, or in-cluster. */
export function defaultKubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromDefault();
  // With nothing to load, the client falls back to an unauthenticated localhost:8080.
  const cluster = kc.getCurrentCluster();
  if (kc.getCurrentContext() === "loaded-context" && cluster?.name === "cluster" && cluster.server === "http://localhost:8080")
    throw new KubernetesError(
      "No kubeconfig: set KUBECONFIG (your cluster's login action usually does), put one at ~/.kube/config, or run in a pod with a service account",
    );
  return kc;
}

/** The calls the target makes, in one namespace, each failure explained by {@link KubernetesError}. */
export class KubeClient {
  private readonly apps: AppsV1Api;
  private readonly core: CoreV1Api;
  private readonly autoscaling: AutoscalingV2Api;
  private readonly custom: CustomObjectsApi;

  constructor(
    kubeconfig: KubeConfig,
    readonly namespace: string,
  ) {
    this.apps = kubeconfig.makeApiClient(AppsV1Api);
    this.core = kubeconfig.makeApiClient(CoreV1Api);
    this.autoscaling = kubeconfig.makeApiClient(AutoscalingV2Api);
    this.custom = kubeconfig.makeApiClient(CustomObjectsApi);
  }

  /** The Deployment, or undefined when it does not exist. */
  readDeployment(name: string): Promise<V1Deployment | undefined> {
    const op = { verb: "get", resource: "deployments.apps", name } as const;
    return this.optional(op, () => this.apps.readNamespacedDeployment({ name, namespace: this.namespace }));
  }

  createDeployment(body: V1Deployment): Promise<V1Deployment> {
    const op = { verb: "create", resource: "deployments.apps", name: body.metadata?.name } as const;
    return this.call(op, () => this.apps.createNamespacedDeployment({ namespace: this.namespace, body, fieldManager: FIELD_MANAGER }));
  }

  /** A strategic merge patch; `body.metadata.resourceVersion` makes it conditional. */
  mergeDeployment(name: string, body: object): Promise<V1Deployment> {
    const op = { verb: "patch", resource: "deployments.apps", name } as const;
    return this.call(op, () =>
      this.apps.patchNamespacedDeployment(
        { name, namespace: this.namespace, body, fieldManager: FIELD_MANAGER },
        setHeaderOptions("Content-Type", PatchStrategy.StrategicMergePatch),
      ),
    );
  }

  /** A JSON patch; its first operation should set the resourceVersion read (see {@link conditional}). */
  jsonPatchDeployment(name: string, body: JsonPatch): Promise<V1Deployment> {
    const op = { verb: "patch", resource: "deployments.apps", name } as const;
    return this.call(op, () =>
      this.apps.patchNamespacedDeployment(
        { name, namespace: this.namespace, body, fieldManager: FIELD_MANAGER },
        setHeaderOptions("Content-Type", PatchStrategy.JsonPatch),
      ),
    );
  }

  /** Deletes a Deployment; one already gone is not an error. Its pods go with it. */
  async deleteDeployment(name: string, resourceVersion?: string): Promise<void> {
    const op = { verb: "delete", resource: "deployments.apps", name } as const;
    await this.optional(op, () =>
      this.apps.deleteNamespacedDeployment({
        name,
        namespace: this.namespace,
        body: { propagationPolicy: "Background", ...(resourceVersion ? { preconditions: { resourceVersion } } : {}) },
      }),
    );
  }

  async listPods(labelSelector: string): Promise<V1Pod[]> {
    const op = { verb: "list", resource: "pods" } as const;
    return (await this.call(op, () => this.core.listNamespacedPod({ namespace: this.namespace, labelSelector }))).items;
  }

  /** Events about one pod, oldest first. */
  async listPodEvents(pod: string): Promise<CoreV1Event[]> {
    const op = { verb: "list", resource: "events" } as const;
    const list = await this.call(op, () =>
      this.core.listNamespacedEvent({ namespace: this.namespace, fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${pod}` }),
    );
    const time = (e: CoreV1Event) => new Date(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? 0).getTime();
    return [...list.items].sort((a, b) => time(a) - time(b));
  }

  async listHpas(): Promise<V2HorizontalPodAutoscaler[]> {
    const op = { verb: "list", resource: "horizontalpodautoscalers.autoscaling" } as const;
    return (await this.call(op, () => this.autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace: this.namespace }))).items;
  }

  readRoute(name: string): Promise<HttpRoute | undefined> {
    const op = { verb: "get", resource: "httproutes.gateway.networking.k8s.io", name } as const;
    return this.optional(op, () => this.custom.getNamespacedCustomObject({ ...GATEWAY, namespace: this.namespace, name }) as Promise<HttpRoute>);
  }

  jsonPatchRoute(name: string, body: JsonPatch): Promise<HttpRoute> {
    const op = { verb: "patch", resource: "httproutes.gateway.networking.k8s.io", name } as const;
    return this.call(op, () =>
      this.custom.patchNamespacedCustomObject(
        { ...GATEWAY, namespace: this.namespace, name, body, fieldManager: FIELD_MANAGER },
        setHeaderOptions("Content-Type", PatchStrategy.JsonPatch),
      ) as Promise<HttpRoute>,
    );
  }

  private async optional<T>(op: Operation, request: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.call(op, request);
    } catch (error) {
      if (error instanceof KubernetesError && error.code === 404) return undefined;
      throw error;
    }
  }

  private async call<T>(op: Operation, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw this.explain(op, error);
    }
  }

  private explain(op: Operation, error: unknown): KubernetesError {
    const what = `${op.verb} ${op.resource}${op.name ? ` "${op.name}"` : ""} in namespace ${this.namespace}`;
    if (!(error instanceof ApiException)) {
      const reason = error instanceof Error ? error.message : String(error);
      return new KubernetesError(`Could not ${what}: ${reason}`);
    }
    const message = statusMessage(error.body);
    if (error.code === 403)
      return new KubernetesError(
        `Kubernetes refused to ${what} (403 Forbidden): the Role bound to this identity needs the verb "${op.verb}" on "${op.resource}" (see the README's RBAC section). Server: ${message}`,
        403,
      );
    if (error.code === 401) return new KubernetesError(`Kubernetes did not accept the credentials to ${what} (401 Unauthorized): ${message}`, 401);
    return new KubernetesError(`Could not ${what} (HTTP ${error.code}): ${message}`, error.code);
  }
}

/** The `message` of a Kubernetes `Status` body (the client gives it as text or as an object). */
function statusMessage(body: unknown): string {
  let parsed = body;
  if (typeof body === "string") {
    try {
      parsed = JSON.parse(body);
    } catch {
      return body.slice(0, 300);
    }
  }
  const message = (parsed as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : JSON.stringify(parsed ?? null).slice(0, 300);
}

/** The JSON patch operation that makes a patch conditional: a stale resourceVersion gets 409, as for an update. */
export function conditional(resourceVersion: string | undefined) {
  return { op: "replace" as const, path: "/metadata/resourceVersion", value: resourceVersion };
}

/**
 * Runs read-modify-write `attempt` again when the API server answers 409 (someone wrote the
 * object between our read and our write), up to `attempts` times in all.
 */
export async function retryOnConflict<T>(what: string, log: Logger, attempt: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof KubernetesError && error.code === 409) || i >= attempts) {
        if (error instanceof KubernetesError && error.code === 409)
          throw new KubernetesError(`${error.message} (still conflicting after ${attempts} attempts to ${what})`, 409);
        throw error;
      }
      log.info(`${what}: the object changed since it was read (409 Conflict); reading it again (attempt ${i + 1} of ${attempts})`);
    }
  }
}
