/**
 * A rollout's world for the built bundles: a workspace holding the playbook and real shell
 * scripts for the command target (they keep the "live weight" in a file and log what they
 * were told), a health endpoint healthy or failing on cue, a Prometheus that answers only
 * with the right token, and the local GitHub API. Each action runs as the runner runs it.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import { type ActionName, runAction, type RunResult } from "../../tools/runner.js";
import { prometheusVector, sendJson, sendText, startHttpServer, type TestServer } from "../helpers/http-server.js";
import { useGitHubApi } from "../helpers/use-github-api.js";
import { STACK_LINE } from "../helpers/fixtures.js";
import { parseEnv } from "../targets/scripts.js";

export const GITHUB_TOKEN = "ghs_rolloutBundleToken_0a1b2c3d4e5f60718293";
export const PROMETHEUS_TOKEN = "prom-bundle-s3cr3t-4a5b6c7d";

/** The scripts: each logs its environment as `seen/NNN-<name>` (NUL-separated), then acts on `live/`. */
const SCRIPTS: Record<string, string> = {
  "set-weight.sh": `log set-weight\nprintf '%s' "$DEPLOY_WEIGHT" > live/weight\nprintf '%s' "$DEPLOY_VERSION" > live/canary`,
  "rollback.sh": `log rollback\nprintf '%s' "$DEPLOY_WEIGHT" > live/weight`,
  "promote.sh": `log promote\nprintf '%s' "$DEPLOY_VERSION" > live/stable\nprintf 0 > live/weight`,
  // Done once the live weight is the one asked for.
  "status.sh": `[ "$(cat live/weight)" = "$DEPLOY_WEIGHT" ]`,
  "current.sh": `printf '{"stable":"%s"}' "$(cat live/stable)"`,
};
// A script told to break (a file live/break-<name>) fails once it has logged and acted, as a
// load balancer that took the change but answered an error would.
const LOG = `log() { n=$(ls seen | wc -l); env -0 > "seen/$(printf %03d "$n")-$1"; trap "[ ! -e live/break-$1 ] || { echo 'the load balancer answered 500' >&2; exit 3; }" EXIT; }`;

export function playbookText(health: string, prometheus: string): string {
  return `version: 1
service: shop
prometheus: { url: "${prometheus}" }
selectors: { canary: { track: canary }, baseline: { track: stable } }
checks:
  health: { http: "${health}/health", expect: { status: 200 }, retries: 0, timeout: 2s }
  errors: { query: 'sum(rate(errors_total{$selector}[1m]))', fail: "> 5" }
stages:
  - { name: canary, weight: 10, soak: 2s, interval: 1s, checks: [health, errors] }
  - { name: half, weight: 50, soak: 2s, interval: 1s, checks: [health] }
  - { name: full, weight: 100, soak: 2s, interval: 1s, checks: [health] }
target:
  command:
    set-weight: ./deploy/set-weight.sh
    rollback: ./deploy/rollback.sh
    status: ./deploy/status.sh
    current: ./deploy/current.sh
    promote: ./deploy/promote.sh
    timeout: 20s
rollback:
  verify: [health]
  timeout: 10s
`;
}

/** What one script run was told. */
export interface ScriptRun {
  readonly script: string;
  readonly env: Record<string, string>;
}

/** Starts the world before each test and takes it down after. */
export function useRolloutWorld() {
  const gh = useGitHubApi({ token: GITHUB_TOKEN });
  /** The canary's health: failing when `ok` is false, or once the live weight reaches `failFrom`. */
  const health: { ok: boolean; failFrom?: number } = { ok: true };
  let workspace = "";
  let healthServer: TestServer | undefined;
  let prometheus: TestServer | undefined;
  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), "rollout-ws-"));
    health.ok = true;
    delete health.failFrom;
    const healthy = () => health.ok && (health.failFrom === undefined || Number(readFileSync(join(workspace, "live", "weight"), "utf8")) < health.failFrom);
    healthServer = await startHttpServer((_, res) => (healthy() ? sendJson(res, 200, { status: "healthy" }) : sendText(res, 503, "unhealthy")));
    prometheus = await startHttpServer((req, res) =>
      req.headers.authorization === `Bearer ${PROMETHEUS_TOKEN}` ? sendJson(res, 200, prometheusVector([{ labels: {}, value: "1" }])) : sendJson(res, 401, { status: "error", errorType: "unauthorized", error: "no token" }),
    );
    for (const dir of ["deploy", "seen", "live", ".github"]) mkdirSync(join(workspace, dir));
    for (const [name, body] of Object.entries(SCRIPTS)) {
      writeFileSync(join(workspace, "deploy", name), `#!/bin/sh\nset -e\n${LOG}\n${body}\n`);
      chmodSync(join(workspace, "deploy", name), 0o755);
    }
    writeFileSync(join(workspace, "live", "weight"), "0");
    writeFileSync(join(workspace, "live", "stable"), "v1");
    writeFileSync(join(workspace, ".github", "deploy-playbook.yml"), playbookText(healthServer.url, prometheus.url));
  });
  afterEach(async () => {
    await healthServer?.close();
    await prometheus?.close();
    await rm(workspace, { recursive: true, force: true });
  });

  const world = {
    gh,
    health,
    get workspace() {
      return workspace;
    },
    get prometheusRequests() {
      return prometheus?.requests ?? [];
    },
    /** Runs a built bundle in the workspace, as workflow run `runId` of the fake's repository. */
    run(name: ActionName, inputs: Record<string, string>, runId = "7001"): Promise<RunResult> {
      return runAction(name, {
        inputs,
        workspace,
        githubToken: GITHUB_TOKEN,
        env: { GITHUB_API_URL: gh.api.url, GITHUB_REPOSITORY: `${gh.api.owner}/${gh.api.repo}`, GITHUB_RUN_ID: runId, GITHUB_SHA: gh.api.mainSha, GITHUB_ACTOR: "alice", GITHUB_SERVER_URL: "https://github.com" },
      });
    },
    live: async (name: "weight" | "stable" | "canary") => readFile(join(workspace, "live", name), "utf8"),
    exists: (path: string) => existsSync(join(workspace, path)),
    /** Makes a script fail from now on (after it has acted). */
    breakScript: (name: "set-weight" | "rollback" | "promote") => writeFileSync(join(workspace, "live", `break-${name}`), ""),
    /** Every logged script run, in order. */
    async scripts(): Promise<ScriptRun[]> {
      const files = (await readdir(join(workspace, "seen"))).sort();
      return Promise.all(files.map(async (f) => ({ script: f.slice(4), env: parseEnv(await readFile(join(workspace, "seen", f))) })));
    },
    /** What each script run was told, as `script stage previous→weight version`. */
    async told(): Promise<string[]> {
      return (await world.scripts()).map(({ script, env }) => `${script} ${env["DEPLOY_STAGE"]} ${env["DEPLOY_PREVIOUS_WEIGHT"]}→${env["DEPLOY_WEIGHT"]} ${env["DEPLOY_VERSION"]}`);
    },
    /** The deployments of the fake, oldest first. */
    deployments: () => gh.api.store.deployments,
    /** A deployment's statuses, newest first. */
    statuses: (id: number) => gh.api.store.statuses.filter((s) => s.deploymentId === id).reverse(),
  };
  return world;
}

/** The step passed, said nothing unexpected, and printed no stack trace. */
export function expectPassed(run: RunResult): void {
  expect(run.stderr, run.stdout).toBe("");
  expect(run.exitCode, run.stdout).toBe(0);
  expect(run.stdout).not.toMatch(STACK_LINE);
}

/** The step failed with `message` as its last annotation, without a stack trace. */
export function expectFailed(run: RunResult, message: RegExp): void {
  expect(run.exitCode, run.stdout).toBe(1);
  expect(run.annotations.at(-1)?.message).toMatch(message);
  expect(run.stdout).not.toMatch(STACK_LINE);
  expect(run.stdout).not.toContain("Unexpected error");
}

/** No secret anywhere the run left text, except the masks that hide it. */
export function expectNoSecrets(run: RunResult, secrets: readonly string[]): void {
  const unmasked = run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
  for (const text of [unmasked, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.annotations)]) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}
