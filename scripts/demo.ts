/**
 * `npm run demo`: a whole rollout, end to end, on this machine, in about a minute.
 *
 * A small service (examples/demo/service.ts) serves simulated traffic for a stable and a
 * canary version, with an admin API that holds the split; a local Prometheus scrapes it
 * every second; a local GitHub API records the deployment. Then the built one-job action,
 * dist/playbook/index.js, runs examples/demo/playbook.yml exactly as the GitHub runner runs
 * it: its command target's scripts (examples/demo/deploy/) move the canary to 10%, 50% and
 * 100%, each stage is gated against Prometheus, and version 1.5.0 is promoted.
 *
 * With `--regress` (or DEMO_SCENARIO=regression) the canary fails 8% of its requests once
 * it serves half the traffic: the 50% stage is judged no-go, the action rolls back to 0% on
 * its own, checks the service recovered (rollback.verify) and writes the incident report.
 *
 * Needs Prometheus (Debian: apt-get install -y prometheus). No network access.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { startDemoService, type DemoService } from "../examples/demo/service.js";
import { startGitHubApi, type RunningGitHubApi } from "../tools/github-api/server.js";
import { findPrometheus, hasSamples, startPrometheus, type RunningPrometheus } from "../tools/prometheus.js";
import { bundlePath, runAction } from "../tools/runner.js";
import { judgeOutcome, printOutcome } from "./demo-outcome.js";

const ROOT = resolve(import.meta.dirname, "..");
const PLAYBOOK = join(ROOT, "examples", "demo", "playbook.yml");
const SERVICE_PORT = 8401;
/** The version the demo rolls out, over the stable 1.4.0. */
const VERSION = "1.5.0";
/** In the regression, the canary starts failing once it carries this share (percent). */
const REGRESS_AT_WEIGHT = 50;
/** The workflow run the action believes it is in; the GitHub API is the local one. */
const DEMO_RUN = {
  GITHUB_REPOSITORY: "example/demo-service",
  GITHUB_REPOSITORY_OWNER: "example",
  GITHUB_RUN_ID: "1",
  GITHUB_RUN_NUMBER: "1",
  GITHUB_JOB: "deploy",
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

if (!existsSync(bundlePath("playbook"))) {
  say("dist/playbook is missing: building it (node scripts/build.mjs playbook)");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "playbook"], { cwd: ROOT, stdio: "inherit" });
}

// Everything this script starts, so that every way out stops it.
const stopping = new AbortController();
let service: DemoService | undefined;
let prometheus: RunningPrometheus | undefined;
let github: RunningGitHubApi | undefined;
const dir = await mkdtemp(join(tmpdir(), "deploy-playbook-demo-"));
const prometheusDir = join(dir, "prometheus");
const runnerTemp = join(dir, "runner");
const began = performance.now();
let rolloutStart: number | undefined;
const since = (start: number) => `${((performance.now() - start) / 1000).toFixed(0).padStart(2)}s`;

async function cleanUp(): Promise<void> {
  await prometheus?.stop();
  await service?.stop();
  await github?.close();
  prometheus = undefined;
  service = undefined;
  github = undefined;
  await rm(prometheusDir, { recursive: true, force: true });
}

let interruptedAt = 0;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // One Ctrl-C reaches this process more than once: from the terminal, and relayed by
    // npm and tsx. Only a second press, a moment later, means "stop now".
    if (stopping.signal.aborted && performance.now() - interruptedAt < 1000) return;
    if (stopping.signal.aborted) {
      // A second Ctrl-C: stop waiting for the action to write its partial evidence.
      void cleanUp().finally(() => process.exit(130));
      return;
    }
    console.log(`\n▶ interrupted: stopping the rollout, Prometheus, the GitHub API and the service`);
    interruptedAt = performance.now();
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
  say(regress ? `scenario: regression (${VERSION} fails 8% of its requests once it serves ${REGRESS_AT_WEIGHT}% of the traffic)` : `scenario: healthy rollout of ${VERSION}`);
  const started = await startService();
  service = started.service;
  say(`demo service on ${service.url}: 600 requests/s, all on stable 1.4.0, 0.3% errors, p99 near 120ms`);

  prometheus = await startPrometheus({
    binary: prometheusBinary!,
    dir: prometheusDir,
    scrape: [{ target: `127.0.0.1:${service.port}`, job: "demo-service", interval: "1s" }],
  });
  say(`Prometheus (${prometheusBinary}) on ${prometheus.url}, scraping every 1s, TSDB in ${prometheusDir}`);
  github = await startGitHubApi({ owner: "example", repo: "demo-service" });
  say(`GitHub API (local, checked against GitHub's OpenAPI description) on ${github.url}`);

  const waited = performance.now();
  const probes = ["sum(rate(http_requests_total[15s]))", "sum(rate(http_request_duration_seconds_bucket[15s]))"];
  while (!(await Promise.all(probes.map((q) => hasSamples(prometheus!.url, q)))).every(Boolean)) {
    if (stopping.signal.aborted) return 130;
    if (performance.now() - waited > 30_000) throw new Error("Prometheus has no samples of the demo service after 30s");
    await new Promise((r) => setTimeout(r, 250));
  }
  say(`series are in Prometheus after ${((performance.now() - waited) / 1000).toFixed(1)}s`);

  const evidenceDir = join(runnerTemp, "evidence");
  const inputs = {
    playbook: started.playbook === PLAYBOOK ? relative(ROOT, PLAYBOOK) : started.playbook,
    version: VERSION,
    "prometheus-url": prometheus.url,
    "environment-url": service.url,
    "evidence-dir": evidenceDir,
    "upload-evidence": "false",
    "open-issue": "true",
  };
  const env = { ...DEMO_RUN, GITHUB_API_URL: github.url, GITHUB_SHA: github.mainSha, DEMO_SERVICE_URL: service.url };
  say(`running dist/playbook/index.js (the top-level action.yml) as the runner does, with:`);
  for (const [name, value] of Object.entries(inputs)) console.log(`    ${name}: ${value}`);
  console.log(`    env: DEMO_SERVICE_URL=${service.url} (read by the deploy scripts), GITHUB_API_URL=${github.url}`);
  say();

  rolloutStart = performance.now();
  const result = await runAction("playbook", {
    inputs,
    env,
    githubToken: github.token,
    workspace: ROOT,
    runnerTemp,
    onLine: (line) => console.log(`  ${since(rolloutStart!)} | ${line}`),
    signal: stopping.signal,
    // The rollout ends when its last stage does; Ctrl-C (the signal) is the way to stop it early.
    timeoutMs: Infinity,
  });
  const rolloutSeconds = (performance.now() - rolloutStart) / 1000;
  say();
  if (stopping.signal.aborted) {
    say(`stopped: the action exited ${result.exitCode ?? result.signal}. A cancelled rollout leaves the traffic where it was; in a workflow, the rollback action undoes it.`);
    return 130;
  }

  const outcome = await judgeOutcome({ result, regress, evidenceDir, service: service.traffic(), github: github.store, version: VERSION });
  printOutcome(outcome, { rolloutSeconds, totalSeconds: (performance.now() - began) / 1000 });
  return outcome.asExpected ? 0 : 1;
}

/**
 * The service on the port the playbook's health check names; when that port is taken,
 * on a free one, with a copy of the playbook pointing at it.
 */
async function startService(): Promise<{ service: DemoService; playbook: string }> {
  const options = {
    ...(regress && { regressAtWeight: REGRESS_AT_WEIGHT }),
    onChange: (line: string) => console.log(`  ${rolloutStart === undefined ? "  " : since(rolloutStart)} ▶ service: ${line}`),
  };
  try {
    return { service: await startDemoService({ port: SERVICE_PORT, ...options }), playbook: PLAYBOOK };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
  }
  const moved = await startDemoService({ port: 0, ...options });
  const copy = join(dir, "playbook.yml");
  const text = await readFile(PLAYBOOK, "utf8");
  await writeFile(copy, text.replaceAll(`127.0.0.1:${SERVICE_PORT}`, `127.0.0.1:${moved.port}`));
  say(`port ${SERVICE_PORT} is taken: the service is on ${moved.port}, and the action reads a copy of the playbook (${copy})`);
  return { service: moved, playbook: copy };
}
