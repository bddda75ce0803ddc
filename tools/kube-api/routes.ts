/**
 * The fake API server's wire: which resource a path names, which verb a request is, the
 * selectors of a list, the JSON answer, and the kubeconfig that points a client at it.
 */
import type { ServerResponse } from "node:http";
import { DEPLOYMENTS, EVENTS, PODS } from "./controller.js";
import type { Json } from "./patch.js";
import type { KubeObject, ResourceType } from "./store.js";

/** autoscaling/v2 HorizontalPodAutoscalers: stored, not acted on. */
export const HPAS: ResourceType = { plural: "horizontalpodautoscalers", group: "autoscaling", version: "v2", kind: "HorizontalPodAutoscaler", generation: true };
/** Gateway API HTTPRoutes: stored, not acted on. */
export const HTTPROUTES: ResourceType = { plural: "httproutes", group: "gateway.networking.k8s.io", version: "v1", kind: "HTTPRoute", generation: true };

const TYPES = [DEPLOYMENTS, PODS, EVENTS, HPAS, HTTPROUTES];

/** The verbs RBAC knows, as the API server derives them from a request. */
export type Verb = "get" | "list" | "watch" | "create" | "update" | "patch" | "delete";

/** `apps/v1`, or `v1` for the core group. */
export function apiVersionOf(type: ResourceType): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

/** The discovery document of `/api/v1` or `/apis/<group>/<version>` (what generic clients read first), or undefined. */
export function discovery(path: string): Json | undefined {
  const served = TYPES.filter((t) => (t.group ? `/apis/${t.group}/${t.version}` : `/api/${t.version}`) === path.replace(/\/$/, ""));
  if (served.length === 0) return undefined;
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: apiVersionOf(served[0]!),
    resources: served.map((t) => ({
      name: t.plural,
      singularName: t.kind.toLowerCase(),
      namespaced: true,
      kind: t.kind,
      verbs: ["create", "delete", "get", "list", "patch", "update", "watch"],
    })),
  };
}

/** The resource, namespace and name a namespaced path names. */
export function parsePath(path: string): { type: ResourceType; namespace: string; name?: string } | undefined {
  for (const type of TYPES) {
    const prefix = type.group ? `/apis/${type.group}/${type.version}/namespaces/` : `/api/${type.version}/namespaces/`;
    if (!path.startsWith(prefix)) continue;
    const [namespace, plural, name, ...rest] = path.slice(prefix.length).split("/");
    if (plural !== type.plural || rest.length > 0 || !namespace) continue;
    return { type, namespace: decodeURIComponent(namespace), ...(name ? { name: decodeURIComponent(name) } : {}) };
  }
  return undefined;
}

/** The RBAC verb of a request. */
export function verbOf(method: string, name: string | undefined, watch: boolean): Verb {
  if (method === "GET") return watch ? "watch" : name ? "get" : "list";
  if (method === "POST") return "create";
  if (method === "PUT") return "update";
  if (method === "PATCH") return "patch";
  return "delete";
}

/** Equality-based label selectors (`a=b,c!=d`) and the `involvedObject.*` field selectors of events. */
export function matches(object: KubeObject, params: URLSearchParams): boolean {
  const labels = (object.metadata.labels ?? {}) as Record<string, string>;
  for (const term of (params.get("labelSelector") ?? "").split(",").filter(Boolean)) {
    const [k, v] = term.includes("!=") ? term.split("!=") : term.split("=");
    if (term.includes("!=") ? labels[k!] === v : labels[k!] !== v) return false;
  }
  for (const term of (params.get("fieldSelector") ?? "").split(",").filter(Boolean)) {
    const [path, value] = term.split("=");
    let node: unknown = object;
    for (const part of path!.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    if (node !== value) return false;
  }
  return true;
}

/** Answers with a JSON body. */
export function send(res: ServerResponse, code: number, body: Json): void {
  res.writeHead(code, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

/** A kubeconfig for the fake at `server`. */
export function kubeconfig(server: string): string {
  // The client refuses http:// unless the cluster skips TLS verification.
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "  - name: fake",
    `    cluster: { server: "${server}", insecure-skip-tls-verify: true }`,
    "users:",
    "  - name: deployer",
    "    user: { token: fake-token }",
    "contexts:",
    "  - name: fake",
    "    context: { cluster: fake, user: deployer, namespace: default }",
    "current-context: fake",
    "",
  ].join("\n");
}
