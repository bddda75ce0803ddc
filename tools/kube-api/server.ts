/**
 * A fake Kubernetes API server on 127.0.0.1 for tests and the demo, reached through a
 * kubeconfig file so `@kubernetes/client-node` runs unchanged. It serves apps/v1
 * Deployments (moved by the controller in controller.ts), core/v1 Pods and Events,
 * autoscaling/v2 HorizontalPodAutoscalers and Gateway API HTTPRoutes: get, list, watch,
 * create, update, the three patch kinds, delete. Time is fake: `advance(ms)` (or the
 * `clock` handed to the code under test) moves the controller, so a ten-minute rollout
 * takes milliseconds.
 *
 *   const kube = await startKubeApi();
 *   kube.seed(DEPLOYMENTS, "prod", deployment);     // as another client
 *   kube.forbid("patch", "deployments");             // RBAC refusal
 *   kube.raceNext("patch", "deployments", "web", (d) => { ... });  // someone writes first
 *   const kc = new KubeConfig(); kc.loadFromFile(kube.kubeconfigPath);
 *   ...; await kube.close();
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Clock } from "../../src/clock.js";
import { DEPLOYMENTS, DeploymentController, type PodFault } from "./controller.js";
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch, type Json, PatchError } from "./patch.js";
import { apiVersionOf, discovery, kubeconfig, matches, parsePath, send, type Verb, verbOf } from "./routes.js";
import { ApiError, type KubeObject, qualifiedName, type ResourceType, Store } from "./store.js";
import { validateDeployment } from "./validate.js";

export { DEPLOYMENTS, EVENTS, PODS } from "./controller.js";
export type { KubeObject } from "./store.js";

export { HPAS, HTTPROUTES, type Verb } from "./routes.js";


/** One request as the fake understood it. */
export interface KubeRequest {
  readonly verb: Verb;
  readonly resource: string;
  readonly namespace: string;
  readonly name?: string;
  /** The patch kind, for `patch`. */
  readonly contentType?: string;
  readonly body?: Json;
  readonly status: number;
}

/** The running fake and its controls. */
export interface KubeApiFake {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** A kubeconfig whose only context points at the fake. */
  readonly kubeconfigPath: string;
  /** Every request answered, in order. */
  readonly requests: readonly KubeRequest[];
  /** Fake time; its `sleep` advances the fake, so waiting code moves the controller. */
  readonly clock: Clock;
  /** Moves fake time by `ms`, running the controller once a second of it. */
  advance(ms: number): void;
  /** Stores an object as another client would (no faults, no request logged). */
  seed(type: ResourceType, namespace: string, object: Json): KubeObject;
  get(type: ResourceType, namespace: string, name: string): KubeObject | undefined;
  list(type: ResourceType, namespace: string): KubeObject[];
  /** Changes an object as another client would: a new resourceVersion, generation on spec change. */
  edit(type: ResourceType, namespace: string, name: string, change: (object: KubeObject) => void): KubeObject;
  /** Answers 403 to every `verb` on `resource` (plural) from now on, as RBAC does. */
  forbid(verb: Verb, resource: string): void;
  /** Just before the next `verb` on that object, another client changes it: a stale write then gets 409. */
  raceNext(verb: Verb, resource: string, name: string, change: (object: KubeObject) => void): void;
  /** Pods with this image fail to start the given way. */
  failImage(image: string, fault: PodFault): void;
  close(): Promise<void>;
}

const USER = "system:serviceaccount:ci:deploy-playbook";

/** Starts the fake on a free port of 127.0.0.1 and writes its kubeconfig to a temp file. */
export async function startKubeApi(
  options: {
    start?: Date;
    readyAfterMs?: number;
    /** Move fake time on its own, this many times faster than real time (for a standalone server); default: only when told. */
    realtime?: number;
  } = {},
): Promise<KubeApiFake> {
  let time = (options.start ?? new Date("2026-01-05T10:00:00Z")).getTime();
  const store = new Store(() => new Date(time));
  const controller = new DeploymentController(store, () => time, options.readyAfterMs ?? 2_000);
  const namespaces = new Set<string>();
  const requests: KubeRequest[] = [];
  const forbidden = new Set<string>();
  const races: { verb: Verb; resource: string; name: string; change: (o: KubeObject) => void }[] = [];
  const watches = new Set<ServerResponse>();

  const advance = (ms: number) => {
    const end = time + ms;
    while (time < end) {
      time = Math.min(end, time + 1_000);
      controller.reconcile(namespaces);
    }
  };
  const edit = (type: ResourceType, namespace: string, name: string, change: (o: KubeObject) => void) => {
    const current = store.get(type, namespace, name);
    if (!current) throw new Error(`no ${type.plural} ${namespace}/${name} to edit`);
    change(current);
    return update(type, namespace, name, current);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const served = req.method === "GET" ? discovery(url.pathname) : undefined;
    if (served) return send(res, 200, served);
    const route = parsePath(url.pathname);
    if (!route) return send(res, 404, new ApiError(404, "NotFound", "the server could not find the requested resource").status());
    const { type, namespace, name } = route;
    namespaces.add(namespace);
    const verb = verbOf(req.method ?? "GET", name, url.searchParams.get("watch") === "true");
    const contentType = (req.headers["content-type"] ?? "").split(";")[0]!.trim();
    let body: Json | undefined;
    const log = (status: number) =>
      requests.push({ verb, resource: type.plural, namespace, ...(name ? { name } : {}), ...(verb === "patch" ? { contentType } : {}), ...(body !== undefined ? { body } : {}), status });
    try {
      if (text) body = contentType === "application/apply-patch+yaml" ? (parseYaml(text) as Json) : (JSON.parse(text) as Json);
    } catch {
      log(400);
      return send(res, 400, new ApiError(400, "BadRequest", "the request body could not be decoded").status());
    }
    if (forbidden.has(`${verb} ${type.plural}`)) {
      log(403);
      const what = name ? `${qualifiedName(type)} "${name}"` : qualifiedName(type);
      return send(
        res,
        403,
        new ApiError(
          403,
          "Forbidden",
          `${what} is forbidden: User "${USER}" cannot ${verb} resource "${type.plural}" in API group "${type.group}" in the namespace "${namespace}"`,
        ).status(),
      );
    }
    const race = races.findIndex((r) => r.verb === verb && r.resource === type.plural && r.name === name);
    if (race >= 0) {
      const [r] = races.splice(race, 1);
      edit(type, namespace, name!, r!.change);
    }
    try {
      const result = serve(verb, type, namespace, name, body, contentType, url, res);
      if (result === "streaming") return log(200);
      log(result.code);
      send(res, result.code, result.body);
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : error instanceof PatchError
            ? new ApiError(error.code, error.code === 422 ? "Invalid" : "BadRequest", error.message)
            : new ApiError(500, "InternalError", String(error));
      log(apiError.code);
      send(res, apiError.code, apiError.status());
    }
  };

  // Every write is validated as the API server validates it: requests, seeds and edits alike.
  const create = (type: ResourceType, namespace: string, object: KubeObject) => {
    if (type === DEPLOYMENTS) validateDeployment(object);
    return store.create(type, namespace, object);
  };
  const update = (type: ResourceType, namespace: string, name: string, object: KubeObject) => {
    if (type === DEPLOYMENTS) validateDeployment(object, store.get(type, namespace, name));
    return store.update(type, namespace, name, object);
  };

  const serve = (verb: Verb, type: ResourceType, namespace: string, name: string | undefined, body: Json | undefined, contentType: string, url: URL, res: ServerResponse) => {
    switch (verb) {
      case "get": {
        const found = store.get(type, namespace, name!);
        if (!found) throw new ApiError(404, "NotFound", `${qualifiedName(type)} "${name}" not found`);
        return { code: 200, body: found as Json };
      }
      case "list": {
        const items = store.list(type, namespace).filter((o) => matches(o, url.searchParams));
        return { code: 200, body: { kind: `${type.kind}List`, apiVersion: apiVersionOf(type), metadata: { resourceVersion: String(store.currentRevision) }, items } as Json };
      }
      case "watch": {
        res.writeHead(200, { "Content-Type": "application/json", "Transfer-Encoding": "chunked" });
        res.flushHeaders();
        watches.add(res);
        const since = Number(url.searchParams.get("resourceVersion") ?? store.currentRevision);
        const stop = store.watch(type, namespace, since, (event) => {
          if (matches(event.object, url.searchParams)) res.write(`${JSON.stringify({ type: event.type, object: event.object })}\n`);
        });
        res.on("close", () => {
          stop();
          watches.delete(res);
        });
        return "streaming" as const;
      }
      case "create":
        return { code: 201, body: create(type, namespace, body as KubeObject) as Json };
      case "update":
        return { code: 200, body: update(type, namespace, name!, body as KubeObject) as Json };
      case "patch": {
        const current = store.get(type, namespace, name!);
        if (contentType === "application/apply-patch+yaml") {
          if (!url.searchParams.get("fieldManager"))
            throw new ApiError(400, "BadRequest", "PATCH: fieldManager is required for apply requests");
          // Server-side apply, simplified: no managed fields or ownership conflicts; the
          // applied configuration merges like a strategic merge patch, creating if absent.
          if (!current) return { code: 201, body: create(type, namespace, body as KubeObject) as Json };
          return { code: 200, body: update(type, namespace, name!, applyStrategicMergePatch(current as Json, body ?? null) as KubeObject) as Json };
        }
        if (!current) throw new ApiError(404, "NotFound", `${qualifiedName(type)} "${name}" not found`);
        const patched =
          contentType === "application/json-patch+json"
            ? applyJsonPatch(current as Json, body)
            : contentType === "application/merge-patch+json"
              ? applyMergePatch(current as Json, body ?? null)
              : contentType === "application/strategic-merge-patch+json" && type.group !== "gateway.networking.k8s.io"
                ? applyStrategicMergePatch(current as Json, body ?? null)
                : (() => {
                    throw new ApiError(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`);
                  })();
        return { code: 200, body: update(type, namespace, name!, patched as KubeObject) as Json };
      }
      case "delete": {
        const precondition = (body as { preconditions?: { resourceVersion?: string } } | undefined)?.preconditions?.resourceVersion;
        return { code: 200, body: store.delete(type, namespace, name!, precondition) as Json };
      }
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handle(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ticker = options.realtime ? setInterval(() => advance(1_000), 1_000 / options.realtime) : undefined;
  ticker?.unref();
  const dir = await mkdtemp(join(tmpdir(), "kube-api-"));
  const kubeconfigPath = join(dir, "kubeconfig");
  await writeFile(kubeconfigPath, kubeconfig(url));

  return {
    url,
    kubeconfigPath,
    requests,
    clock: {
      now: () => new Date(time),
      sleep: async (ms, signal) => {
        if (signal?.aborted) throw signal.reason ?? new Error("aborted");
        advance(ms);
      },
    },
    advance,
    seed: (type, namespace, object) => {
      namespaces.add(namespace);
      const created = create(type, namespace, object as KubeObject);
      if (type === DEPLOYMENTS) advance(10_000);
      return store.get(type, namespace, created.metadata.name) ?? created;
    },
    get: (type, namespace, name) => store.get(type, namespace, name),
    list: (type, namespace) => store.list(type, namespace),
    edit,
    forbid: (verb, resource) => forbidden.add(`${verb} ${resource}`),
    raceNext: (verb, resource, name, change) => races.push({ verb, resource, name, change }),
    failImage: (image, fault) => controller.failImage(image, fault),
    close: async () => {
      if (ticker) clearInterval(ticker);
      for (const w of watches) w.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
