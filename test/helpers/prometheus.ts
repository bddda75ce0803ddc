/**
 * A real Prometheus (the Debian package's `prometheus` and `promtool`) for tests, on
 * 127.0.0.1 with a throwaway TSDB.
 *
 * Backfilled data is loaded with `promtool tsdb create-blocks-from openmetrics` before the
 * server starts (Prometheus only sees blocks that exist when it opens the TSDB), with a
 * retention of 100 years so historic scenario timestamps are never deleted. Instant
 * queries look back 5 minutes (the lookback delta) for the latest sample.
 *
 *   const prom = usePrometheus({ openmetrics: text });       // beforeAll / afterAll
 *   it("...", async () => { const url = prom().url; ... });
 *
 * or by hand: `const p = await startPrometheus({...}); ...; await p.stop();`
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll } from "vitest";

export interface ScrapeTarget {
  /** `127.0.0.1:port` or a URL such as `http://127.0.0.1:port/metrics` (path taken from it). */
  readonly target: string;
  /** Prometheus duration; default `1s`. */
  readonly interval?: string;
  /** Job label; default `test-<index>`. */
  readonly job?: string;
}

export interface PrometheusOptions {
  /** OpenMetrics text to backfill (see openmetrics.ts). */
  readonly openmetrics?: string;
  /** Live targets to scrape. */
  readonly scrape?: readonly ScrapeTarget[];
  /** A rule file, YAML (`groups: [...]`), for recording rules and ALERTS. */
  readonly rules?: string;
  /** Default `1s`, so alert rules fire quickly. */
  readonly evaluationInterval?: string;
  /** `--query.lookback-delta`; Prometheus's default is `5m`. */
  readonly lookbackDelta?: string;
}

export interface RunningPrometheus {
  /** `http://127.0.0.1:<port>`, the base URL for the client. */
  readonly url: string;
  readonly dataDir: string;
  /** Milliseconds from spawning the server to `/-/ready`. */
  readonly startupMs: number;
  /** Stops the server (SIGTERM, SIGKILL after 10 s), awaits its exit, removes the temp dir. */
  stop(): Promise<void>;
}

const run = promisify(execFile);
const running = new Set<ChildProcess>();
// A test file that dies before afterAll must not leave a server behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** Backfills, starts and waits for a Prometheus. Failures carry Prometheus's or promtool's stderr. */
export async function startPrometheus(options: PrometheusOptions = {}): Promise<RunningPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), "deploy-playbook-prometheus-"));
  try {
    const dataDir = join(dir, "data");
    if (options.openmetrics !== undefined) {
      const file = join(dir, "backfill.om");
      await writeFile(file, options.openmetrics);
      try {
        await run("promtool", ["tsdb", "create-blocks-from", "openmetrics", "--quiet", file, dataDir]);
      } catch (error) {
        const e = error as { stderr?: string; stdout?: string; message: string };
        throw new Error(`promtool could not backfill the scenario:\n${e.stderr || e.stdout || e.message}`);
      }
    }
    await writeFile(join(dir, "prometheus.yml"), config(options, dir));
    if (options.rules !== undefined) await writeFile(join(dir, "rules.yml"), options.rules);

    // The port is free when asked but could be taken before Prometheus binds it: try again then.
    for (let attempt = 1; ; attempt++) {
      try {
        return await launch(dir, dataDir, await freePort(), options);
      } catch (error) {
        if (attempt >= 3 || !String(error).includes("address already in use")) throw error;
      }
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Starts Prometheus in `beforeAll` and stops it in `afterAll`; call the returned function inside tests. */
export function usePrometheus(options: PrometheusOptions | (() => PrometheusOptions | Promise<PrometheusOptions>)): () => RunningPrometheus {
  let prometheus: RunningPrometheus | undefined;
  beforeAll(async () => {
    prometheus = await startPrometheus(typeof options === "function" ? await options() : options);
  });
  afterAll(async () => {
    await prometheus?.stop();
  });
  return () => {
    if (!prometheus) throw new Error("Prometheus is not running (use it inside tests, after beforeAll)");
    return prometheus;
  };
}

async function launch(dir: string, dataDir: string, port: number, options: PrometheusOptions): Promise<RunningPrometheus> {
  const args = [
    `--config.file=${join(dir, "prometheus.yml")}`,
    `--storage.tsdb.path=${dataDir}`,
    "--storage.tsdb.retention.time=100y",
    `--web.listen-address=127.0.0.1:${port}`,
    "--log.level=warn",
    ...(options.lookbackDelta ? [`--query.lookback-delta=${options.lookbackDelta}`] : []),
  ];
  const started = performance.now();
  const child = spawn("prometheus", args, { stdio: ["ignore", "ignore", "pipe"] });
  running.add(child);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-16_384);
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    });
    child.once("error", () => resolve(null));
  });
  let stopped = false;
  const stop = async () => {
    if (!stopped) {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(kill);
      }
      await rm(dir, { recursive: true, force: true });
    }
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (true) {
    if (exitCode !== undefined) {
      running.delete(child);
      throw new Error(`prometheus exited with code ${exitCode} before it was ready:\n${stderr}`);
    }
    if (await isReady(url)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      await exited;
      throw new Error(`prometheus was not ready within 30s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { url, dataDir, startupMs: Math.round(performance.now() - started), stop };
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function config(options: PrometheusOptions, dir: string): string {
  const scrapes = (options.scrape ?? []).map((s, i) => {
    const { host, path } = parseTarget(s.target);
    return [
      `  - job_name: ${JSON.stringify(s.job ?? `test-${i}`)}`,
      `    scrape_interval: ${s.interval ?? "1s"}`,
      `    scrape_timeout: ${s.interval ?? "1s"}`,
      `    metrics_path: ${JSON.stringify(path)}`,
      `    static_configs: [{ targets: [${JSON.stringify(host)}] }]`,
    ].join("\n");
  });
  return [
    "global:",
    `  scrape_interval: 15s`,
    `  evaluation_interval: ${options.evaluationInterval ?? "1s"}`,
    ...(options.rules !== undefined ? [`rule_files: [${JSON.stringify(join(dir, "rules.yml"))}]`] : []),
    ...(scrapes.length > 0 ? ["scrape_configs:", ...scrapes] : []),
    "",
  ].join("\n");
}

function parseTarget(target: string): { host: string; path: string } {
  if (!target.includes("://")) return { host: target, path: "/metrics" };
  const url = new URL(target);
  return { host: url.host, path: url.pathname === "/" ? "/metrics" : url.pathname };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
