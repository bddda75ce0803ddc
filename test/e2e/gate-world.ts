/**
 * The world of the gate's end-to-end tests. The built bundle runs on the real clock, so the
 * scenarios are backfilled around now (30 minutes before to 10 after) and the stages soak
 * for seconds: `soak: 6s, interval: 2s` is three rounds.
 *
 * Scenarios share one Prometheus and are told apart by a `scenario` label that both
 * selectors carry; every canary and baseline serves 20 requests per second.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openMetrics } from "../../tools/openmetrics.js";
import { type RunOptions, type RunResult, ROOT, runAction } from "../../tools/runner.js";

/** 5xx per second of the canary and the baseline, over 20 good requests per second each. */
export const SCENARIOS = {
  healthy: { canary: 0.04, stable: 0.04 },
  spike: { canary: 2.4, stable: 0.04 },
  warn: { canary: 0.6, stable: 0.04 },
} as const;
export type Scenario = keyof typeof SCENARIOS;
export const GOOD_PER_SECOND = 20;

/** The error ratio a scenario's side shows: 5xx over all requests. */
export function errorRatio(scenario: Scenario, side: "canary" | "stable"): number {
  const bad = SCENARIOS[scenario][side];
  return bad / (bad + GOOD_PER_SECOND);
}

/** Every scenario as OpenMetrics, sampled every 5 s around `now`. */
export function scenariosAroundNow(now = Date.now()): string {
  const start = new Date(Math.floor((now - 30 * 60_000) / 5000) * 5000);
  const builder = openMetrics({ start, end: new Date(now + 10 * 60_000), stepSeconds: 5 });
  for (const [scenario, rates] of Object.entries(SCENARIOS)) {
    for (const version of ["canary", "stable"] as const) {
      const labels = { scenario, version };
      builder.counter("http_requests_total", { ...labels, code: "200" }, { perSecond: () => GOOD_PER_SECOND });
      builder.counter("http_requests_total", { ...labels, code: "500" }, { perSecond: () => rates[version] });
    }
  }
  return builder.text();
}

export interface PlaybookOptions {
  readonly scenario: Scenario;
  /** Written into the playbook as prometheus.url; absent leaves the section out. */
  readonly url?: string;
  readonly soak?: string;
  readonly interval?: string;
  /** prometheus.timeout. */
  readonly timeout?: string;
  readonly errorLimit?: number;
}

/** A playbook with an error-rate check (fail > 5%, warn > 1%, baseline) and a throughput floor. */
export function playbookYaml(o: PlaybookOptions): string {
  const prometheus = o.url ? `prometheus: { url: "${o.url}"${o.timeout ? `, timeout: ${o.timeout}` : ""} }\n` : "";
  return `version: 1
service: log-capturer
${prometheus}selectors:
  canary: { scenario: ${o.scenario}, version: canary }
  baseline: { scenario: ${o.scenario}, version: stable }
checks:
  error-rate:
    query: sum(rate(http_requests_total{code=~"5..", $selector}[1m])) / sum(rate(http_requests_total{$selector}[1m]))
    fail: "> 5%"
    warn: "> 1%"
    baseline: { max-increase: "10%" }
  throughput:
    query: sum(rate(http_requests_total{$selector}[1m]))
    fail: "< 5"
stages:
  - name: canary
    weight: 10
    soak: ${o.soak ?? "6s"}
    interval: ${o.interval ?? "2s"}
    checks: [error-rate, throughput]${o.errorLimit ? `\n    error-limit: ${o.errorLimit}` : ""}
`;
}

/** A fresh workspace holding the playbook at the default path; the evidence goes beside it. */
export async function workspace(yaml: string): Promise<{ dir: string; evidence: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "gate-e2e-"));
  await mkdir(join(dir, ".github"));
  await writeFile(join(dir, ".github", "deploy-playbook.yml"), yaml);
  return { dir, evidence: join(dir, "out", "evidence.json"), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface GateRun extends RunResult {
  /** The evidence file, parsed; undefined when none was written. */
  readonly evidence?: Record<string, any>;
  readonly evidenceText?: string;
}

/** Runs the built gate bundle on a playbook, the evidence written outside RUNNER_TEMP so it can be read. */
export async function runGate(
  yaml: string,
  inputs: Record<string, string> = {},
  options: Omit<RunOptions, "inputs" | "workspace"> & { readonly beforeRun?: (dir: string) => Promise<void> } = {},
): Promise<GateRun> {
  const ws = await workspace(yaml);
  try {
    await options.beforeRun?.(ws.dir);
    const run = await runAction("gate", { ...options, inputs: { stage: "canary", "evidence-path": ws.evidence, ...inputs }, workspace: ws.dir });
    const evidenceText = existsSync(ws.evidence) ? await readFile(ws.evidence, "utf8") : undefined;
    return { ...run, ...(evidenceText !== undefined && { evidenceText, evidence: JSON.parse(evidenceText) }) };
  } finally {
    await ws.cleanup();
  }
}

/** Stdout as the job log shows it: the mask commands, how the runner learns secrets, are not shown. */
export function shownLog(run: RunResult): string {
  return run.stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
}

/** The canary values of one check in every round of the evidence. */
export function canaryValues(evidence: Record<string, any> | undefined, check: string): unknown[] {
  return (evidence?.rounds ?? []).map((r: { measurements: { check: string; canary?: unknown }[] }) => r.measurements.find((m) => m.check === check)?.canary);
}

/** Runs the built CLI (`dist/cli/index.js`) under Node 24 in `cwd`. */
export function runCli(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
  onStdout?: (chunk: string, kill: (signal: NodeJS.Signals) => void) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const local = join(ROOT, "node_modules", "node", "bin", "node");
  const node = process.versions.node.startsWith("24.") || !existsSync(local) ? process.execPath : local;
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(ROOT, "dist", "cli", "index.js"), ...args], { cwd, env: { PATH: process.env["PATH"] ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      onStdout?.(chunk, (signal) => child.kill(signal));
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
