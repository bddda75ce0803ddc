/**
 * `npm run demo`: a real canary gate, end to end, on this machine, in about a minute.
 *
 * A small service (examples/demo/service.ts) serves simulated traffic for a stable and a
 * canary version; a local Prometheus scrapes it every second; then the built gate action,
 * dist/gate/index.js, holds the canary stage of examples/demo/playbook.yml against it,
 * run exactly as the GitHub runner runs it. With `--regress` (or DEMO_SCENARIO=regression)
 * the canary starts failing 8% of its requests 15 s into the soak, and the gate says no-go.
 *
 * Needs Prometheus (Debian: apt-get install -y prometheus). No network access.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { startDemoService, type DemoService } from "../examples/demo/service.js";
import { findPrometheus, hasSamples, startPrometheus, type RunningPrometheus } from "../tools/prometheus.js";
import { bundlePath, runAction } from "../tools/runner.js";

const ROOT = resolve(import.meta.dirname, "..");
const PLAYBOOK = join(ROOT, "examples", "demo", "playbook.yml");
const SERVICE_PORT = 8401;
const REGRESSION_AFTER_MS = 15_000;
/** The workflow run the gate believes it is in. */
const DEMO_RUN = {
  GITHUB_REPOSITORY: "example/demo-service",
  GITHUB_REPOSITORY_OWNER: "example",
  GITHUB_SHA: "0000000000000000000000000000000000000000",
  GITHUB_RUN_ID: "1",
  GITHUB_RUN_NUMBER: "1",
  GITHUB_JOB: "canary",
  GITHUB_WORKFLOW: "Deploy (demo)",
  GITHUB_ACTOR: "demo",
};

const say = (line = "") => console.log(line ? `▶ ${line}` : "");

const args = process.argv.slice(2);
if (args.some((a) => a !== "--regress")) {
  console.error(`usage: npm run demo [-- --regress]   (unknown argument ${args.find((a) => a !== "--regress")})`);
  process.exit(2);
}
const regress = args.includes("--regress") || process.env["DEMO_SCENARIO"] === "regression";

const prometheusBinary = findPrometheus();
if (!prometheusBinary) {
  console.error("The demo needs Prometheus: apt-get install -y prometheus");
  process.exit(1);
}

const bundle = bundlePath("gate");
if (!existsSync(bundle)) {
  say("dist/gate is missing: building the bundles (node scripts/build.mjs)");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
}

// Everything this script starts, so that every way out stops it.
const stopping = new AbortController();
let service: DemoService | undefined;
let prometheus: RunningPrometheus | undefined;
let regressionTimer: NodeJS.Timeout | undefined;
const dir = await mkdtemp(join(tmpdir(), "deploy-playbook-demo-"));
const prometheusDir = join(dir, "prometheus");
const runnerTemp = join(dir, "runner");

async function cleanUp(): Promise<void> {
  clearTimeout(regressionTimer);
  await prometheus?.stop();
  await service?.stop();
  prometheus = undefined;
  service = undefined;
  await rm(prometheusDir, { recursive: true, force: true });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping.signal.aborted) {
      // A second Ctrl-C: stop waiting for the gate to write its partial evidence.
      void cleanUp().finally(() => process.exit(130));
      return;
    }
    console.log(`\n▶ interrupted: stopping the gate, Prometheus and the service`);
    stopping.abort();
  });
}

try {
  process.exitCode = await demo();
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function demo(): Promise<number> {
  say(`scenario: ${regress ? "regression (the canary's error rate jumps to 8% after 15s)" : "healthy canary"}`);
  const started = await startService();
  service = started.service;
  say(`demo service on ${service.url}: 600 requests/s, 10% on the canary, 0.3% errors, p99 near 120ms`);

  prometheus = await startPrometheus({
    binary: prometheusBinary!,
    dir: prometheusDir,
    scrape: [{ target: `127.0.0.1:${service.port}`, job: "demo-service", interval: "1s" }],
  });
  say(`Prometheus (${prometheusBinary}) on ${prometheus.url}, scraping every 1s, TSDB in ${prometheusDir}`);

  const waited = performance.now();
  const probes = [
    'sum(rate(http_requests_total{version="canary"}[15s]))',
    'sum(rate(http_request_duration_seconds_bucket{version="canary"}[15s]))',
  ];
  while (!(await Promise.all(probes.map((q) => hasSamples(prometheus!.url, q)))).every(Boolean)) {
    if (stopping.signal.aborted) return 130;
    if (performance.now() - waited > 30_000) throw new Error("Prometheus has no samples of the demo service after 30s");
    await new Promise((r) => setTimeout(r, 250));
  }
  say(`series are in Prometheus after ${((performance.now() - waited) / 1000).toFixed(1)}s`);

  const evidence = join(runnerTemp, "deploy-playbook-evidence.json");
  const inputs = {
    playbook: started.playbook === PLAYBOOK ? relative(ROOT, PLAYBOOK) : started.playbook,
    stage: "canary",
    "prometheus-url": prometheus.url,
    "evidence-path": evidence,
    "upload-evidence": "false",
  };
  say(`running dist/gate/index.js as the runner does, with:`);
  for (const [name, value] of Object.entries(inputs)) console.log(`    ${name}: ${value}`);
  say();

  const gateStart = performance.now();
  const elapsed = () => `${((performance.now() - gateStart) / 1000).toFixed(0).padStart(2)}s`;
  if (regress) {
    regressionTimer = setTimeout(() => {
      service?.regress();
      console.log(`  ${elapsed()} ▶ the canary now fails 8% of its requests`);
    }, REGRESSION_AFTER_MS);
  }
  const result = await runAction("gate", {
    inputs,
    workspace: ROOT,
    runnerTemp,
    env: DEMO_RUN,
    onLine: (line) => console.log(`  ${elapsed()} | ${line}`),
    signal: stopping.signal,
    // The gate ends when its soak does; Ctrl-C (the signal) is the way to stop it early.
    timeoutMs: Infinity,
  });
  clearTimeout(regressionTimer);
  say();

  const verdict = result.outputs["verdict"];
  if (verdict === undefined) {
    say(`the gate ended with exit code ${result.exitCode} and no verdict`);
    if (result.stderr.trim()) console.log(result.stderr.trimEnd());
    return stopping.signal.aborted ? 130 : 1;
  }
  const expected = regress ? "no-go" : "go";
  const note = verdict === expected || stopping.signal.aborted ? "" : ` (this scenario expects ${expected})`;
  say(`verdict: ${verdict}${note}; the gate step exited ${result.exitCode}${result.exitCode === 0 ? "" : ", which fails the job"}`);
  say("outputs:");
  for (const [name, value] of Object.entries(result.outputs)) console.log(`    ${name}: ${shorten(value)}`);
  say(`job summary (GITHUB_STEP_SUMMARY), kept at ${result.summaryPath}:`);
  console.log(`\n${result.summary.trimEnd()}\n`);
  const evidencePath = result.outputs["evidence"] || evidence;
  say(existsSync(evidencePath) ? `evidence (kept; every round, every value, the queries as sent): ${evidencePath}` : `no evidence file at ${evidencePath}`);
  return stopping.signal.aborted ? 130 : 0;
}

/**
 * The service on the port the playbook's health check names; when that port is taken,
 * on a free one, with a copy of the playbook pointing at it.
 */
async function startService(): Promise<{ service: DemoService; playbook: string }> {
  try {
    return { service: await startDemoService({ port: SERVICE_PORT }), playbook: PLAYBOOK };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
  }
  const moved = await startDemoService({ port: 0 });
  const copy = join(dir, "playbook.yml");
  const text = await readFile(PLAYBOOK, "utf8");
  await writeFile(copy, text.replaceAll(`127.0.0.1:${SERVICE_PORT}`, `127.0.0.1:${moved.port}`));
  say(`port ${SERVICE_PORT} is taken: the service is on ${moved.port}, and the gate reads a copy of the playbook (${copy})`);
  return { service: moved, playbook: copy };
}

function shorten(value: string): string {
  const line = value.replace(/\s*\n\s*/g, " ");
  return line.length > 160 ? `${line.slice(0, 157)}... (${line.length} characters)` : line;
}
