/** `deploy-playbook gate` on fakes: exit codes, credentials from the environment, Ctrl-C. */
import { EventEmitter } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SignalSource } from "../../src/app/interrupt.js";
import { prometheusFromEnv } from "../../src/cli/gate.js";
import { run } from "../../src/cli/main.js";
import type { ClientSettings } from "../../src/metrics/prometheus-options.js";
import type { MetricsSource } from "../../src/metrics/types.js";
import { cliDeps, memoryFiles } from "../fakes/cli.js";
import { fakeMetrics, when } from "../fakes/metrics.js";

const PLAYBOOK = `version: 1
service: api
prometheus: { url: "https://prometheus.example.internal" }
selectors:
  canary: { track: canary }
  baseline: { track: stable }
checks:
  errors:
    query: sum(rate(http_requests_total{code=~"5..", $selector}[5m])) / sum(rate(http_requests_total{$selector}[5m]))
    fail: "> 5%"
    warn: "> 1%"
stages:
  - { name: canary, weight: 10, soak: 30m, interval: 5m, checks: [errors] }
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "gate-cli-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Options {
  readonly env?: Record<string, string>;
  readonly metrics?: MetricsSource;
  readonly signals?: SignalSource;
}

async function gate(args: string[], options: Options = {}) {
  const connected: ClientSettings[] = [];
  const { deps, out } = cliDeps({
    env: options.env ?? {},
    cwd: dir,
    files: memoryFiles({ [join(dir, "playbook.yml")]: PLAYBOOK }, true),
    connect: (settings) => {
      connected.push(settings);
      return options.metrics ?? fakeMetrics(when("canary", 0.004));
    },
    ...(options.signals && { signals: options.signals }),
  });
  const code = await run(["gate", ...args], deps);
  return { code, stdout: out.stdout, stderr: out.stderr, connected };
}

describe("deploy-playbook gate", () => {
  it("exits 0 on a go, printing progress every round, and writes the evidence and summary", async () => {
    const r = await gate(["playbook.yml", "--stage", "canary", "--summary", "out/summary.md"], { env: { PROMETHEUS_TOKEN: "s3cr3t-token-XYZ" } });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^round \d\/6 /gm)).toHaveLength(6);
    expect(r.stdout).toContain(`evidence: ${join(dir, "deploy-playbook-evidence.json")}`);
    expect(r.stdout).toMatch(/Gate go for stage canary: accepted\.\n$/);
    expect(r.connected[0]).toMatchObject({ base: "https://prometheus.example.internal", headers: { Authorization: "Bearer s3cr3t-token-XYZ" } });
    const evidence = JSON.parse(await readFile(join(dir, "deploy-playbook-evidence.json"), "utf8"));
    expect(evidence).toMatchObject({ verdict: "go", cancelled: false });
    expect(await readFile(join(dir, "out/summary.md"), "utf8")).toMatch(/^## Gate GO: api, stage canary/);
    expect(r.stdout + r.stderr).not.toContain("s3cr3t-token-XYZ");
  });

  it.each([
    [0.072, [], 1, /^Gate no-go for stage canary/m],
    [0.03, [], 1, /Set --accept-conditional to accept a conditional verdict\.$/m],
    [0.03, ["--accept-conditional"], 0, undefined],
  ])("with an error rate of %s and %o exits %s", async (rate, flags, code, message) => {
    const r = await gate(["playbook.yml", "--stage", "canary", ...flags], { metrics: fakeMetrics(when("canary", rate)) });
    expect(r.code).toBe(code);
    if (message) expect(r.stderr).toMatch(message);
  });

  it("holds only a slice of the soak with --soak", async () => {
    const r = await gate(["playbook.yml", "--stage", "canary", "--soak", "10m"]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^round \d\/2 /gm)).toHaveLength(2);
  });

  it("names the failing check on stderr", async () => {
    const r = await gate(["playbook.yml", "--stage", "canary"], { metrics: fakeMetrics(when("canary", 0.072)) });
    expect(r.stderr).toMatch(/^error: errors failed \(stage canary: no-go\): errors: /m);
  });

  it.each([
    [["playbook.yml"], /gate needs --stage NAME/],
    [["--stage", "canary"], /gate needs exactly one playbook file, got 0/],
    [["playbook.yml", "--stage", "canary", "--prometheus-token", "x"], /Unknown option '--prometheus-token'/],
    [["playbook.yml", "--stage", "canary", "--soak", "ten"], /--soak: found "ten"; expected a duration like 45m/],
  ])("exits 2 with the usage for %o", async (args, message) => {
    const r = await gate(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Usage: deploy-playbook gate FILE --stage NAME");
  });

  it("exits 1 naming the variables when both kinds of credentials are set", async () => {
    const r = await gate(["playbook.yml", "--stage", "canary"], { env: { PROMETHEUS_TOKEN: "t0ken", PROMETHEUS_USERNAME: "u" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^PROMETHEUS_TOKEN: is given together with PROMETHEUS_USERNAME\/PROMETHEUS_PASSWORD/);
  });

  it("stops on Ctrl-C, still writes the partial evidence, and exits 1", async () => {
    const signals = new EventEmitter() as EventEmitter & SignalSource;
    const base = fakeMetrics(when("canary", 0.004));
    let calls = 0;
    const metrics: MetricsSource = {
      ...base,
      instant: async (q, t, s) => {
        if (++calls === 2) signals.emit("SIGINT", "SIGINT");
        return base.instant(q, t, s);
      },
    };
    const r = await gate(["playbook.yml", "--stage", "canary", "--evidence", "partial.json"], { metrics, signals });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("warning: SIGINT received: cancelling the gate");
    expect(r.stderr).toMatch(/^Gate cancelled after 1 round of stage canary \(inconclusive\)/m);
    const evidence = JSON.parse(await readFile(join(dir, "partial.json"), "utf8"));
    expect(evidence).toMatchObject({ cancelled: true, verdict: "inconclusive" });
    expect(evidence.rounds).toHaveLength(1);
    expect(signals.listenerCount("SIGINT")).toBe(0);
  });
});

describe("prometheusFromEnv", () => {
  it.each([
    [{}, { headers: {} }],
    [{ PROMETHEUS_TOKEN: " t0ken " }, { headers: {}, auth: { kind: "bearer", token: "t0ken" } }],
    [{ PROMETHEUS_USERNAME: "u", PROMETHEUS_PASSWORD: "p4ss" }, { headers: {}, auth: { kind: "basic", username: "u", password: "p4ss" } }],
    [{ PROMETHEUS_TOKEN: "" }, { headers: {} }],
  ])("reads %o", (env, expected) => {
    expect(prometheusFromEnv(env, undefined, undefined)).toEqual(expected);
  });

  it("refuses half of basic auth, naming the missing variable", () => {
    expect(() => prometheusFromEnv({ PROMETHEUS_USERNAME: "u" }, undefined, undefined)).toThrow(/^PROMETHEUS_PASSWORD: is missing; basic authentication needs both PROMETHEUS_USERNAME and PROMETHEUS_PASSWORD$/);
  });
});
