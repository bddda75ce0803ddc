/**
 * A real Prometheus (the Debian package's `prometheus` and `promtool`) on 127.0.0.1 with a
 * throwaway TSDB, for tests, benchmarks and the demo.
 *
 * Backfilled data is loaded with `promtool tsdb create-blocks-from openmetrics` before the
 * server starts (Prometheus only sees blocks that exist when it opens the TSDB), with a
 * retention of 100 years so historic scenario timestamps are never deleted. Instant
 * queries look back 5 minutes (the lookback delta) for the latest sample.
 *
 *   const p = await startPrometheus({ openmetrics: text, scrape: [{ target: "127.0.0.1:8401" }] });
 *   ...; await p.stop();
 *
 * Tests use `usePrometheus` (test/helpers/use-prometheus.ts), which ties this to vitest's hooks.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

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
  /** The server binary; default `prometheus` on PATH (see `findPrometheus`). */
  readonly binary?: string;
  /** Where the config and TSDB go (created, and removed on stop); default a fresh temp dir. */
  readonly dir?: string;
}

export interface RunningPrometheus {
  /** `http://127.0.0.1:<port>`, the base URL for the client. */
  readonly url: string;
  readonly dataDir: string;
  /** Milliseconds from spawning the server to `/-/ready`. */
  readonly startupMs: number;
  /** Stops the server (SIGTERM, SIGKILL after 10 s), awaits its exit, removes its directory. */
  stop(): Promise<void>;
}

const run = promisify(execFile);
const running = new Set<ChildProcess>();
// A process that dies before stopping its servers must not leave them behind.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** The prometheus binary on PATH or in /usr/bin, or undefined when it is not installed. */
export function findPrometheus(): string | undefined {
  const dirs = [...(process.env["PATH"] ?? "").split(delimiter).filter(Boolean), "/usr/bin"];
  return dirs.map((dir) => join(dir, "prometheus")).find((file) => existsSync(file));
}

/** Backfills, starts and waits for a Prometheus. Failures carry Prometheus's or promtool's stderr. */
export async function startPrometheus(options: PrometheusOptions = {}): Promise<RunningPrometheus> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "deploy-playbook-prometheus-")));
  try {
    await mkdir(dir, { recursive: true });
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
  const child = spawn(options.binary ?? "prometheus", args, { stdio: ["ignore", "ignore", "pipe"] });
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

/** Whether an instant query returns at least one sample (false on any failure, for polling). */
export async function hasSamples(url: string, query: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/v1/query`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query }).toString(),
      signal: AbortSignal.timeout(2000),
    });
    const body = (await response.json()) as { data?: { result?: { value?: [number, string] }[] } };
    return (body.data?.result ?? []).some((r) => r.value !== undefined && !Number.isNaN(Number(r.value[1])));
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

/** A port free right now on 127.0.0.1 (another process may take it before it is bound). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
