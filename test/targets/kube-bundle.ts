/**
 * The Kubernetes target through the built bundles, as a workflow runs them: a workspace
 * holding a playbook whose target is the world's Deployment, a small health server for the
 * gates' `http` check, and each action run by the runner protocol (tools/runner.ts) with
 * KUBECONFIG pointing at the world. The bundles load the target from `dist/kubernetes`.
 *
 * On the fake, time runs {@link REALTIME} times faster than the clock on its own: the
 * bundles wait over real time, in a process of their own, and must see pods come up and
 * rollouts progress while they poll. With KUBECONFIG set, the world is a real cluster (see
 * kube-world.ts) and the same tests run against it.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import type { Verdict } from "../../src/judge/types.js";
import { type ActionName, declaredInputs, type RunResult, runAction } from "../../tools/runner.js";
import { type KubeWorld, REAL_CLUSTER, startWorld, TIMEOUT } from "./kube-world.js";

/** How much faster than the clock the fake's time runs: a pod is ready 40 ms after it is made. */
export const REALTIME = 50;

/** The three stages every bundle test's playbook has; each gate soaks 2 s on the health check. */
export const STAGES = [
  { name: "canary", weight: 10 },
  { name: "half", weight: 50 },
  { name: "full", weight: 100 },
] as const;

export interface BundleWorld {
  readonly world: KubeWorld;
  /** The repository root the actions run in; the playbook is at its default path. */
  readonly workspace: string;
  /** Runs a built action in the workspace against the world; no GitHub token, no artifact upload. */
  run(name: ActionName, inputs: Record<string, string>): Promise<RunResult>;
  close(): Promise<void>;
}

/** The world, a health server that answers 200, and a workspace whose playbook targets `web` with `traffic`. */
export async function startBundleWorld(traffic: "replicas" | "gateway", options: { fake?: boolean } = {}): Promise<BundleWorld> {
  const world = await startWorld({ ...options, realtime: REALTIME });
  const health = await startHealthServer();
  const workspace = await mkdtemp(join(tmpdir(), "kube-bundle-"));
  await mkdir(join(workspace, ".github"));
  const playbook = {
    version: 1,
    service: "web",
    selectors: { canary: { track: "canary" }, baseline: { track: "stable" } },
    checks: { health: { http: `${health.url}/health`, expect: { status: 200 } } },
    stages: STAGES.map((s) => ({ ...s, soak: "2s", interval: "1s", checks: ["health"] })),
    target: {
      kubernetes: {
        namespace: world.namespace,
        deployment: `${world.prefix}web`,
        container: "app",
        traffic,
        ...(traffic === "gateway" && { route: `${world.prefix}web` }),
        "rollout-timeout": "5m",
      },
    },
  };
  await writeFile(join(workspace, ".github", "deploy-playbook.yml"), stringify(playbook));
  return {
    world,
    workspace,
    run: (name, inputs) =>
      runAction(name, {
        inputs: { ...offline(name), ...inputs },
        workspace,
        env: { KUBECONFIG: world.kubeconfigPath },
        timeoutMs: REAL_CLUSTER ? TIMEOUT : 60_000,
      }),
    close: async () => {
      await world.close();
      await new Promise<void>((resolve) => health.server.close(() => resolve()));
      await rm(workspace, { recursive: true, force: true });
    },
  };
}

/** The inputs that keep an action from GitHub and the artifact service: no token, no upload. */
function offline(name: ActionName): Record<string, string> {
  const declared = declaredInputs(name);
  return { ...("github-token" in declared && { "github-token": "" }), ...("upload-evidence" in declared && { "upload-evidence": "false" }) };
}

/** The state output with `stage` judged `verdict`, as a gate step would hand it on: for tests about the target, not the gate. */
export function judged(state: string, stage: string, verdict: Verdict = "go"): string {
  const parsed = JSON.parse(state) as { verdicts: Record<string, string> };
  return JSON.stringify({ ...parsed, verdicts: { ...parsed.verdicts, [stage]: verdict } });
}

/** The Deployment's spec as read now, without what the API server fills in over time. */
export async function specOf(world: KubeWorld, name: string): Promise<unknown> {
  return (await world.read("Deployment", name))?.spec;
}

async function startHealthServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    res.writeHead(req.url === "/health" ? 200 : 404, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ status: "healthy" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
