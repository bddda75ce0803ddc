/** CLI deps from fakes: captured streams, files from memory or disk, a fake clock and Prometheus. */
import { EventEmitter } from "node:events";
import type { SignalSource } from "../../src/app/interrupt.js";
import type { CliDeps } from "../../src/cli/deps.js";
import { diskFiles, type Files } from "../../src/files.js";
import { makeTarget } from "../../src/targets/make.js";
import { fakeClock } from "./clock.js";
import { START } from "./deps.js";
import { fakeMetrics } from "./metrics.js";
import { fakeProber } from "./prober.js";

/** Files served from `texts` (by path suffix), falling back to the disk for writes and other reads when `disk` is set. */
export function memoryFiles(texts: Record<string, string>, disk = false): Files {
  return {
    readText: async (path) => {
      const text = Object.entries(texts).find(([name]) => path === name || path.endsWith(`/${name}`))?.[1];
      if (text !== undefined) return text;
      if (disk) return diskFiles.readText(path);
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    },
    writeText: (path, text) => (disk ? diskFiles.writeText(path, text) : Promise.resolve()),
  };
}

/** Deps for `run(argv, deps)`, capturing stdout and stderr; `overrides` replace any part. */
export function cliDeps(overrides: Partial<CliDeps> = {}) {
  const out = { stdout: "", stderr: "" };
  const clock = overrides.clock ?? fakeClock(START);
  const deps: CliDeps = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    env: {},
    cwd: process.cwd(),
    files: diskFiles,
    clock,
    signals: new EventEmitter() as EventEmitter & SignalSource,
    connect: () => fakeMetrics(),
    prober: fakeProber(),
    target: (target, log, signal) => makeTarget(target, { workspace: overrides.cwd ?? process.cwd(), env: overrides.env ?? {} }, { clock, log, ...(signal && { signal }) }),
    ...overrides,
  };
  return { deps, out };
}
