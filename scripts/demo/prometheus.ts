/**
 * The demo's Prometheus: the Debian package's binary on 127.0.0.1, a free port, a
 * throwaway TSDB, scraping one target every second.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { delimiter, join } from "node:path";

export interface DemoPrometheus {
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

/** The prometheus binary on PATH or in /usr/bin, or undefined when it is not installed. */
export function findPrometheus(): string | undefined {
  const dirs = [...(process.env["PATH"] ?? "").split(delimiter).filter(Boolean), "/usr/bin"];
  return dirs.map((dir) => join(dir, "prometheus")).find((file) => existsSync(file));
}

/** Starts Prometheus in `dir` and resolves once `/-/ready` answers. */
export async function startPrometheus(binary: string, dir: string, target: string): Promise<DemoPrometheus> {
  await mkdir(join(dir, "data"), { recursive: true });
  const config = [
    "global: { scrape_interval: 1s, evaluation_interval: 1s }",
    "scrape_configs:",
    "  - job_name: demo-service",
    "    scrape_interval: 1s",
    "    scrape_timeout: 1s",
    `    static_configs: [{ targets: [${JSON.stringify(target)}] }]`,
    "",
  ].join("\n");
  await writeFile(join(dir, "prometheus.yml"), config);
  const port = await freePort();
  const child = spawn(
    binary,
    [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  // Should this process die without cleaning up, the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4096)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.off("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 30_000;
  while (!(await ready(url))) {
    if (hasExited(child)) throw new Error(`prometheus exited before it was ready:\n${stderr}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus was not ready within 30s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, stop };
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Whether an instant query returns at least one sample. */
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

/** A port free right now on 127.0.0.1. */
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
