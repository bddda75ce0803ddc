/**
 * Where the Kubernetes target tests run: the fake API server (tools/kube-api), or a real
 * cluster when `KUBECONFIG` is set. The same tests drive both through the real client;
 * only the set-up differs. Against a real cluster, objects go into
 * `DEPLOY_PLAYBOOK_TEST_NAMESPACE` (default `default`) under names unique to the run, the
 * clock is the system's, the images are small public ones that really pull, and the
 * gateway tests need the Gateway API CRDs installed. Tests that need the fake's fault
 * injection (403, 409 races, unpullable images in milliseconds) always run on the fake.
 *
 * The real-cluster mode itself can be tried without a cluster: `npx tsx tools/kube-api/serve.ts`
 * runs the fake on its own with time moving ten times faster, and prints a KUBECONFIG.
 * The bundle tests (kube-bundle.ts) start the fake that way too, since the code they test
 * waits in another process, over real time.
 */
import { KubeConfig, KubernetesObjectApi, type KubernetesObject } from "@kubernetes/client-node";
import { type Clock, systemClock } from "../../src/clock.js";
import { memoryLogger } from "../fakes/log.js";
import type { KubernetesTarget } from "../../src/playbook/types.js";
import { KubeClient } from "../../src/targets/kubernetes/client.js";
import { waitForRollout } from "../../src/targets/kubernetes/wait.js";
import type { TargetDeps, TrafficStep } from "../../src/targets/types.js";
import { DEPLOYMENTS, HPAS, HTTPROUTES, type KubeApiFake, startKubeApi } from "../../tools/kube-api/server.js";

/** True when the tests talk to a real cluster. */
export const REAL_CLUSTER = Boolean(process.env.KUBECONFIG);

/** Per-test timeout: rollouts on a real cluster take real minutes; on the fake, milliseconds. */
export const TIMEOUT = REAL_CLUSTER ? 900_000 : 30_000;

type Obj = Record<string, unknown> & { metadata: { name: string; [k: string]: unknown } };

export interface KubeWorld {
  readonly kubeconfig: KubeConfig;
  /** The kubeconfig file, for a process of its own (KUBECONFIG). */
  readonly kubeconfigPath: string;
  readonly clock: Clock;
  readonly namespace: string;
  /** The fake, when not on a real cluster. */
  readonly fake?: KubeApiFake;
  /** Two images that start, and a prefix for unique names. */
  readonly images: { readonly old: string; readonly next: string };
  readonly prefix: string;
  create(kind: "Deployment" | "HTTPRoute" | "HorizontalPodAutoscaler", object: Obj): Promise<void>;
  read(kind: "Deployment" | "HTTPRoute", name: string): Promise<Obj | undefined>;
  edit(kind: "Deployment" | "HTTPRoute", name: string, change: (o: Obj) => void): Promise<void>;
  close(): Promise<void>;
}

const API: Record<string, { apiVersion: string }> = {
  Deployment: { apiVersion: "apps/v1" },
  HTTPRoute: { apiVersion: "gateway.networking.k8s.io/v1" },
  HorizontalPodAutoscaler: { apiVersion: "autoscaling/v2" },
};

/**
 * The real cluster when KUBECONFIG is set, else the fake; `{ fake: true }` always the fake
 * (fault injection). `realtime` makes the fake's time run that many times faster than the
 * clock on its own, for code in another process that waits over real time (the bundles).
 */
export async function startWorld(options: { fake?: boolean; realtime?: number } = {}): Promise<KubeWorld> {
  return REAL_CLUSTER && !options.fake ? realWorld() : fakeWorld(options.realtime);
}

async function fakeWorld(realtime?: number): Promise<KubeWorld> {
  const fake = await startKubeApi(realtime ? { realtime } : {});
  const kubeconfig = new KubeConfig();
  kubeconfig.loadFromFile(fake.kubeconfigPath);
  const namespace = "prod";
  const types = { Deployment: DEPLOYMENTS, HTTPRoute: HTTPROUTES, HorizontalPodAutoscaler: HPAS } as const;
  return {
    kubeconfig,
    kubeconfigPath: fake.kubeconfigPath,
    clock: fake.clock,
    namespace,
    fake,
    images: { old: "registry.example/web:1.0", next: "registry.example/web:2.0" },
    prefix: "",
    create: async (kind, object) => {
      fake.seed(types[kind], namespace, object as never);
    },
    read: async (kind, name) => fake.get(types[kind], namespace, name) as Obj | undefined,
    edit: async (kind, name, change) => {
      fake.edit(types[kind], namespace, name, change as never);
    },
    close: () => fake.close(),
  };
}

async function realWorld(): Promise<KubeWorld> {
  const kubeconfig = new KubeConfig();
  kubeconfig.loadFromDefault();
  const api = KubernetesObjectApi.makeApiClient(kubeconfig);
  const namespace = process.env.DEPLOY_PLAYBOOK_TEST_NAMESPACE ?? "default";
  const prefix = `dp${Date.now().toString(36)}-`;
  const created: KubernetesObject[] = [];
  const ref = (kind: string, name: string) => ({ apiVersion: API[kind]!.apiVersion, kind, metadata: { name, namespace } });
  const read = async (kind: string, name: string) => {
    try {
      return (await api.read(ref(kind, name))) as unknown as Obj;
    } catch {
      return undefined;
    }
  };
  return {
    kubeconfig,
    kubeconfigPath: process.env.KUBECONFIG!,
    clock: systemClock,
    namespace,
    images: { old: "registry.k8s.io/pause:3.9", next: "registry.k8s.io/pause:3.10" },
    prefix,
    create: async (kind, object) => {
      const body = { ...object, ...API[kind], kind, metadata: { ...object.metadata, namespace } };
      created.push(body as KubernetesObject);
      await api.create(body as KubernetesObject);
      if (kind === "Deployment") await waitForRollout(new KubeClient(kubeconfig, namespace), object.metadata.name, 300, { clock: systemClock, log: memoryLogger() });
    },
    read,
    edit: async (kind, name, change) => {
      const current = await read(kind, name);
      if (!current) throw new Error(`${kind} ${name} not found`);
      change(current);
      await api.replace(current as unknown as KubernetesObject);
    },
    close: async () => {
      for (const o of created.reverse()) await api.delete(o).catch(() => undefined);
      for (const name of ["web-canary", "web"]) await api.delete(ref("Deployment", `${prefix}${name}`) as KubernetesObject).catch(() => undefined);
    },
  };
}

/** A stable Deployment with an app and a sidecar, and a literal env value that must never reach the state. */
export function stableDeployment(world: KubeWorld, replicas = 10, name = `${world.prefix}web`): Obj {
  return {
    metadata: { name, labels: { app: name } },
    spec: {
      replicas,
      progressDeadlineSeconds: 120,
      selector: { matchLabels: { app: name, "deploy-playbook/track": "stable" } },
      template: {
        metadata: { labels: { app: name, "deploy-playbook/track": "stable" } },
        spec: {
          containers: [
            { name: "app", image: world.images.old, env: [{ name: "DB_PASSWORD", value: "s3cret-literal" }] },
            { name: "proxy", image: world.images.old },
          ],
        },
      },
    },
  };
}

export function kubeTarget(world: KubeWorld, overrides: Partial<KubernetesTarget> = {}): KubernetesTarget {
  return {
    kind: "kubernetes",
    namespace: world.namespace,
    deployment: `${world.prefix}web`,
    container: "app",
    traffic: "replicas",
    canaryDeployment: `${world.prefix}web-canary`,
    rolloutTimeout: 300,
    ...overrides,
  };
}

export function kubeDeps(world: KubeWorld): TargetDeps & { log: ReturnType<typeof memoryLogger> } {
  return { clock: world.clock, log: memoryLogger() };
}

/** The step that moves to `weight`, rolling out the world's next image. */
export function step(world: KubeWorld, weight: number, previousWeight = 0): TrafficStep {
  return { service: "web", stage: `at-${weight}`, weight, previousWeight, version: world.images.next };
}

/** Replicas and images of a Deployment as read now, or undefined when it does not exist. */
export async function shape(world: KubeWorld, name: string) {
  const d = (await world.read("Deployment", name)) as { spec: { replicas: number; template: { spec: { containers: { name: string; image: string }[] } } } } | undefined;
  if (!d) return undefined;
  return { replicas: d.spec.replicas, images: Object.fromEntries(d.spec.template.spec.containers.map((c) => [c.name, c.image])) };
}

/** An HTTPRoute as the gateway tests read it. */
export type Route = { spec: { rules: { backendRefs: { name: string; weight?: number }[] }[] } };

/**
 * The stable's HTTPRoute: rule 0 (`/admin`) goes elsewhere, rule 1 holds the stable, a legacy
 * backend and (unless `withCanary` is false) the canary at weight 0, each rule with its own
 * matches and filters that no move may touch.
 */
export function gatewayRoute(world: KubeWorld, withCanary = true): Obj {
  const web = `${world.prefix}web`;
  return {
    metadata: { name: `${world.prefix}web` },
    spec: {
      parentRefs: [{ name: "public", namespace: "infra", sectionName: "https" }],
      hostnames: ["web.example.com"],
      rules: [
        {
          matches: [{ path: { type: "PathPrefix", value: "/admin" } }],
          filters: [{ type: "RequestHeaderModifier", requestHeaderModifier: { add: [{ name: "X-Admin", value: "1" }] } }],
          backendRefs: [{ name: "admin", port: 80 }],
        },
        {
          matches: [{ path: { type: "PathPrefix", value: "/" }, headers: [{ name: "X-Env", value: "prod" }] }],
          filters: [{ type: "ResponseHeaderModifier", responseHeaderModifier: { set: [{ name: "X-Served-By", value: "web" }] } }],
          backendRefs: [
            { name: web, port: 80, weight: 100 },
            { name: `${world.prefix}web-legacy`, port: 8080, weight: 0 },
            ...(withCanary ? [{ name: `${web}-canary`, port: 80, weight: 0 }] : []),
          ],
        },
      ],
    },
  };
}

/** The route's spec with the stable and canary weights of rule 1 blanked: what no move may change. */
export function routeOutsideWeights(r: unknown): string {
  const copy = structuredClone(r) as Route & { metadata: unknown; status?: unknown };
  delete copy.status;
  delete (copy.spec.rules[1]!.backendRefs[0] as { weight?: number }).weight;
  delete (copy.spec.rules[1]!.backendRefs[2] as { weight?: number }).weight;
  return JSON.stringify(copy.spec);
}

/** The weights of rule 1's backends (stable, legacy, canary) as read now. */
export async function routeWeights(world: KubeWorld): Promise<(number | undefined)[]> {
  const r = (await world.read("HTTPRoute", `${world.prefix}web`)) as unknown as Route;
  return r.spec.rules[1]!.backendRefs.map((b) => b.weight);
}
