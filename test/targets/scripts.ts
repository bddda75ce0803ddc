/**
 * Real scripts for the command target's tests: written into a temporary repository at test
 * time, made executable, and run as real processes. A script records what it saw
 * (environment, working directory) into files the test reads back.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fakeClock } from "../fakes/clock.js";
import type { Logger } from "../../src/log.js";
import { memoryLogger } from "../fakes/log.js";
import type { CommandTarget } from "../../src/playbook/types.js";
import type { TrafficStep } from "../../src/targets/types.js";

/** A throwaway repository with a `deploy/` folder of scripts and a `seen/` folder they write to. */
export function tempRepo() {
  const root = mkdtempSync(join(tmpdir(), "command-target-"));
  mkdirSync(join(root, "seen"));
  return {
    root,
    /** Writes `deploy/<name>` as a `#!/bin/sh` script and returns its path as a playbook writes it. */
    script(name: string, body: string, mode = 0o755): string {
      const file = join(root, "deploy", name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `#!/bin/sh\n${body}\n`);
      chmodSync(file, mode);
      return `./deploy/${name}`;
    },
    /** Writes a plain file (the state of the world a script changes). */
    write(name: string, text: string): void {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    },
    read: (name: string) => readFileSync(join(root, name), "utf8"),
    exists: (name: string) => existsSync(join(root, name)),
    /** The environments recorded under `seen/` whose names start with `prefix`, in order. */
    environments(prefix: string): Record<string, string>[] {
      return readdirSync(join(root, "seen"))
        .filter((f) => f.startsWith(prefix))
        .sort()
        .map((f) => parseEnv(readFileSync(join(root, "seen", f))));
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export type Repo = ReturnType<typeof tempRepo>;

/**
 * A script body that saves its environment (NUL-separated, so any value survives) as
 * `seen/<name>.<n>`, numbered by run.
 */
export function recordEnv(name: string, then = "exit 0"): string {
  return `n=$(ls seen | grep -c "^${name}\\.")\nenv -0 > "seen/${name}.$n"\n${then}`;
}

/** Parses `env -0` output. */
export function parseEnv(bytes: Buffer): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of bytes.toString("utf8").split("\0")) {
    const eq = entry.indexOf("=");
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

/** Only the DEPLOY_* entries of an environment. */
export function deployVariables(env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith("DEPLOY_")));
}

/** A command target over the repo's scripts, with a short timeout. */
export function commandTarget(overrides: Partial<CommandTarget> & { setWeight: string; rollback: string }): CommandTarget {
  return { kind: "command", timeout: 10, ...overrides };
}

export function step(overrides: Partial<TrafficStep> = {}): TrafficStep {
  return { service: "checkout", stage: "canary", weight: 10, previousWeight: 0, version: "v2.4.1", ...overrides };
}

/** A fake clock, a memory logger, and the runner's environment a shell would pass. */
export function targetDeps(extra: { log?: Logger; signal?: AbortSignal } = {}) {
  const clock = fakeClock();
  const log = memoryLogger();
  return { clock, log, deps: { clock, log: extra.log ?? log, ...(extra.signal && { signal: extra.signal }) } };
}

/** The runner's environment: what a script needs (PATH) and what it must never see. */
export const RUNNER_ENV = {
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: "/home/runner",
  KUBECONFIG: "/home/runner/.kube/config",
};

/** True once a process has ended (a zombie nobody reaped counts as ended). */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/** Waits (bounded) until `check` holds; returns whether it did. */
export async function eventually(check: () => boolean, tries = 100, everyMs = 20): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return check();
}
