/**
 * Start-up cost of each action bundle: `node dist/<name>/index.js` with no inputs (it
 * fails fast on a missing input, after loading the whole bundle) against bare `node -e 0`,
 * both on the Node running this benchmark.
 */
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { summarize, type Summary } from "./stats.js";

export const ROOT = resolve(import.meta.dirname, "..");
export const BUNDLES = ["canary", "gate", "rollback", "signoff", "playbook", "cli"] as const;

export interface StartupFigures {
  readonly node: string;
  readonly bare: Summary;
  readonly bundles: readonly { name: string; bytes: number; exitCode: number | null; time: Summary }[];
}

/** Bundles present in dist/. */
export function builtBundles(): string[] {
  return BUNDLES.filter((name) => existsSync(join(ROOT, "dist", name, "index.js")));
}

/** Spawns, waits for exit, returns wall time in ms and the exit code. */
function once(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ ms: number; exitCode: number | null }> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", (exitCode) => resolvePromise({ ms: performance.now() - start, exitCode }));
  });
}

/** The environment without anything a runner would set, so each bundle sees no inputs at all. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)) env[key] = value;
  }
  return env;
}

/** Times bare node and every built bundle, interleaved, `runs` times each after one warm-up. */
export async function benchStartup(runs: number): Promise<StartupFigures> {
  const names = builtBundles();
  // An empty working directory: no playbook to find, nothing written into the checkout.
  const cwd = await mkdtemp(join(tmpdir(), "deploy-playbook-bench-"));
  try {
    const env = cleanEnv();
    const targets = [{ name: "node -e 0", args: ["-e", "0"] }, ...names.map((name) => ({ name, args: [join(ROOT, "dist", name, "index.js")] }))];
    const times = new Map<string, number[]>(targets.map((t) => [t.name, []]));
    const codes = new Map<string, number | null>();
    for (let i = 0; i <= runs; i++) {
      for (const target of targets) {
        const { ms, exitCode } = await once(target.args, cwd, env);
        codes.set(target.name, exitCode);
        if (i > 0) times.get(target.name)!.push(ms);
      }
    }
    return {
      node: process.version,
      bare: summarize(times.get("node -e 0")!),
      bundles: names.map((name) => ({
        name,
        bytes: statSync(join(ROOT, "dist", name, "index.js")).size,
        exitCode: codes.get(name) ?? null,
        time: summarize(times.get(name)!),
      })),
    };
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}
