/**
 * A rollout's world on fakes, shared by the use-case tests: a three-stage playbook over the
 * command target, the in-memory target and GitHub, a prober healthy or failing on cue, a
 * Prometheus answering from rules, and a fake clock so an hour's soak takes no time.
 */
import type { MoveDeps, MoveRequest } from "../../src/app/move.js";
import type { RestoreDeps, RestoreRequest } from "../../src/app/restore.js";
import type { RolloutRequest } from "../../src/app/rollout.js";
import { type ClientSettings, resolveClientOptions } from "../../src/metrics/prometheus-options.js";
import type { MetricsSource, ProbeResult } from "../../src/metrics/types.js";
import { parsePlaybook } from "../../src/playbook/load.js";
import type { Playbook, Stage } from "../../src/playbook/types.js";
import { fakeClock } from "../fakes/clock.js";
import { START } from "../fakes/deps.js";
import { fakeGitHub } from "../fakes/github.js";
import { memoryLogger } from "../fakes/log.js";
import { fakeMetrics, when } from "../fakes/metrics.js";
import { fakeProber } from "../fakes/prober.js";
import { fakeTarget } from "../fakes/target.js";

export const PROMETHEUS_TOKEN = "prom-s3cr3t-Tok3n-9f8e7d";

export const PLAYBOOK_TEXT = `version: 1
service: shop
prometheus: { url: "https://prometheus.example.internal" }
selectors: { canary: { track: canary }, baseline: { track: stable } }
checks:
  health: { http: "http://shop-canary.internal/health", expect: { status: 200 } }
  errors: { query: 'sum(rate(errors_total{$selector}[5m]))', fail: "> 5" }
stages:
  - { name: canary, weight: 10, soak: 30m, interval: 5m, checks: [health, errors] }
  - { name: half, weight: 50, soak: 1h, interval: 10m, checks: [health, errors] }
  - { name: full, weight: 100, soak: 1h, interval: 10m, checks: [health] }
target:
  command: { set-weight: ./deploy/set-weight.sh, rollback: ./deploy/rollback.sh }
rollback:
  verify: [health]
  timeout: 5m
`;

export const PLAYBOOK: Playbook = parsePlaybook(PLAYBOOK_TEXT, "deploy.yml");

export function stageNamed(name: string): Stage {
  const stage = PLAYBOOK.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name} in the test playbook`);
  return stage;
}

export const CONNECTION: ClientSettings = resolveClientOptions({ url: "https://prometheus.example.internal", bearerToken: PROMETHEUS_TOKEN });

/**
 * The fakes, wired: `health` answers from `healthy()` (the canary's health endpoint),
 * Prometheus says 1 error/s unless `errors` is changed.
 */
export function world(options: { metrics?: MetricsSource; start?: Partial<ReturnType<typeof fakeTarget>["live"]> } = {}) {
  const clock = fakeClock(START);
  const log = memoryLogger();
  const target = fakeTarget(options.start);
  const github = fakeGitHub();
  const health = { ok: true, detail: "status 200" };
  const prober = fakeProber((): Partial<ProbeResult> => (health.ok ? { ok: true, detail: health.detail } : { ok: false, status: 503, detail: health.detail, fields: {} }));
  const metrics = options.metrics ?? fakeMetrics(when("errors_total", 1));
  const connected: ClientSettings[] = [];
  const deps = {
    clock,
    log,
    target: target.target,
    github: github.port,
    prober,
    connect: (settings: ClientSettings) => {
      connected.push(settings);
      return metrics;
    },
  } satisfies MoveDeps & RestoreDeps;
  return { clock, log, target, github, health, prober, deps, connected };
}

export const RUN = { id: "7001", url: "https://github.com/octo-org/shop/actions/runs/7001", actor: "alice" };

export function moveRequest(overrides: Partial<MoveRequest> = {}): MoveRequest {
  return {
    playbook: PLAYBOOK,
    file: "deploy.yml",
    stage: stageNamed("canary"),
    version: "v2",
    force: false,
    dryRun: false,
    promote: false,
    deployment: { environment: "production", environmentUrl: "https://shop.example.com" },
    run: RUN,
    ...overrides,
  };
}

export function restoreRequest(overrides: Partial<RestoreRequest> = {}): RestoreRequest {
  return {
    playbook: PLAYBOOK,
    file: "deploy.yml",
    reason: "error budget burning",
    dryRun: false,
    trigger: { kind: "manual" },
    deployment: { environment: "production" },
    openIssue: false,
    connection: CONNECTION,
    secrets: [PROMETHEUS_TOKEN],
    run: { ...RUN, id: "7002", url: "https://github.com/octo-org/shop/actions/runs/7002", actor: "bob" },
    ...overrides,
  };
}

export function rolloutRequest(overrides: Partial<RolloutRequest> = {}): RolloutRequest {
  return {
    playbook: PLAYBOOK,
    file: "deploy.yml",
    stages: PLAYBOOK.stages,
    version: "v2",
    force: false,
    dryRun: false,
    acceptConditional: false,
    deployment: { environment: "production", environmentUrl: "https://shop.example.com" },
    run: RUN,
    connection: CONNECTION,
    secrets: [PROMETHEUS_TOKEN],
    evidence: { dir: "/tmp/evidence", upload: false },
    meta: { repository: "octo-org/shop", runId: "7001" },
    openIssue: false,
    ...overrides,
  };
}
