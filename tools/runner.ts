/**
 * Runs a built action bundle the way the GitHub runner does: a Node 24 child process with
 * inputs as `INPUT_<NAME>` (defaults from `action.yml` filled in, as the runner does),
 * fresh file-command files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_ENV,
 * GITHUB_PATH), an event file, a workspace and a temp directory. Then it reads back what
 * the action wrote: outputs, summary, saved state, exported variables, and the workflow
 * commands (annotations, masks) it printed. Tests use it to check the bundles; the demo
 * uses it to run the gate and show its log live (`onLine`).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { type Annotation, logLine, parseAnnotations, parseFileCommand, parseMasks } from "./workflow-commands.js";

export { type Annotation, parseAnnotations, parseFileCommand } from "./workflow-commands.js";

export type ActionName = "canary" | "gate" | "rollback" | "signoff" | "playbook";

export const ROOT = resolve(import.meta.dirname, "..");

/** The `action.yml` of an action. */
export function actionYmlPath(name: ActionName): string {
  return name === "playbook" ? join(ROOT, "action.yml") : join(ROOT, "actions", name, "action.yml");
}

/** The bundle an action's `action.yml` points at. */
export function bundlePath(name: ActionName): string {
  return join(ROOT, "dist", name, "index.js");
}

export interface RunOptions {
  /** Inputs by their `action.yml` names, as a workflow's `with:` gives them. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Extra environment variables (they win over the runner's). */
  readonly env?: Readonly<Record<string, string>>;
  /** GITHUB_WORKSPACE; a fresh empty directory when absent. The action may read it. */
  readonly workspace?: string;
  /**
   * RUNNER_TEMP, kept after the run with the file-command files in its `files` folder (the
   * demo shows them). When absent, a fresh directory removed after the run.
   */
  readonly runnerTemp?: string;
  /** The event payload written to GITHUB_EVENT_PATH. */
  readonly event?: object;
  readonly eventName?: string;
  /** What `${{ github.token }}` evaluates to in input defaults. */
  readonly githubToken?: string;
  /** Kills the process (SIGKILL) and rejects after this long. Default 60 s; `Infinity` waits. */
  readonly timeoutMs?: number;
  /** Aborting sends SIGTERM, as the runner does when a job is cancelled. */
  readonly signal?: AbortSignal;
  /** Called with each chunk of stdout as it arrives (to wait for a log line). */
  readonly onStdout?: (chunk: string) => void;
  /**
   * Called with each line of stdout as the runner's log shows it: annotations as
   * `Error: …`, groups as `▸ …`; masks, debug and other commands hidden (see `logLine`).
   */
  readonly onLine?: (line: string) => void;
}

export interface RunResult {
  /** Exit code; `null` when the process ended by a signal. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The GITHUB_STEP_SUMMARY file; kept only when `runnerTemp` was given. */
  readonly summaryPath: string;
  /** Values saved with `core.saveState` (GITHUB_STATE). */
  readonly state: Record<string, string>;
  /** Variables exported with `core.exportVariable` (GITHUB_ENV). */
  readonly env: Record<string, string>;
  readonly path: string[];
  readonly annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  readonly masks: string[];
  /** RUNNER_TEMP of the run (removed after the run unless given; paths only). */
  readonly runnerTemp: string;
}

export const FAKE_GITHUB_TOKEN = "ghs_runnerHelperFakeToken0123456789abcdef";

/** Runs `dist/<name>/index.js` as the runner would; resolves when the process exits. */
export async function runAction(name: ActionName, opts: RunOptions): Promise<RunResult> {
  const declared = declaredInputs(name);
  const unknown = Object.keys(opts.inputs).filter((k) => !(k in declared));
  // The runner only warns about these; in a test they are always a typo.
  if (unknown.length > 0) throw new Error(`inputs not declared in ${actionYmlPath(name)}: ${unknown.join(", ")}`);

  const dir = await mkdtemp(join(tmpdir(), `action-${name}-`));
  try {
    const temp = opts.runnerTemp ?? join(dir, "runner-temp");
    const files = opts.runnerTemp ? join(opts.runnerTemp, "files") : join(dir, "files");
    await mkdir(temp, { recursive: true });
    await mkdir(files, { recursive: true });
    const workspace = opts.workspace ?? join(dir, "workspace");
    await mkdir(workspace, { recursive: true });
    const paths = {
      GITHUB_OUTPUT: join(files, "output"),
      GITHUB_STEP_SUMMARY: join(files, "summary.md"),
      GITHUB_STATE: join(files, "state"),
      GITHUB_ENV: join(files, "env"),
      GITHUB_PATH: join(files, "path"),
      GITHUB_EVENT_PATH: join(files, "event.json"),
    };
    for (const [key, path] of Object.entries(paths)) {
      await writeFile(path, key === "GITHUB_EVENT_PATH" ? JSON.stringify(opts.event ?? {}) : "");
    }

    const env: Record<string, string> = { ...baseEnv(), ...paths };
    Object.assign(env, {
      GITHUB_ACTIONS: "true",
      CI: "true",
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      RUNNER_OS: "Linux",
      RUNNER_ARCH: "X64",
      RUNNER_NAME: "test-runner",
      GITHUB_REPOSITORY: "octo-org/log-capturer",
      GITHUB_REPOSITORY_OWNER: "octo-org",
      GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
      GITHUB_REF: "refs/heads/main",
      GITHUB_REF_NAME: "main",
      GITHUB_RUN_ID: "4242",
      GITHUB_RUN_NUMBER: "7",
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_JOB: "deploy",
      GITHUB_WORKFLOW: "Deploy",
      GITHUB_ACTOR: "octocat",
      GITHUB_EVENT_NAME: opts.eventName ?? "workflow_dispatch",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_API_URL: "https://api.github.com",
      GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
      GITHUB_ACTION: name,
    });
    for (const [input, spec] of Object.entries(declared)) {
      const given = opts.inputs[input];
      const value = given ?? evaluateDefault(spec.default ?? "", opts.githubToken ?? FAKE_GITHUB_TOKEN);
      env[inputVariable(input)] = value;
    }
    Object.assign(env, opts.env);

    const { exitCode, signal, stdout, stderr } = await spawnNode(bundlePath(name), env, workspace, opts);
    const result: RunResult = {
      exitCode,
      signal,
      stdout,
      stderr,
      outputs: parseFileCommand(await readFile(paths.GITHUB_OUTPUT, "utf8")),
      summary: await readFile(paths.GITHUB_STEP_SUMMARY, "utf8"),
      summaryPath: paths.GITHUB_STEP_SUMMARY,
      state: parseFileCommand(await readFile(paths.GITHUB_STATE, "utf8")),
      env: parseFileCommand(await readFile(paths.GITHUB_ENV, "utf8")),
      path: (await readFile(paths.GITHUB_PATH, "utf8")).split("\n").filter(Boolean),
      annotations: parseAnnotations(stdout),
      masks: parseMasks(stdout),
      runnerTemp: temp,
    };
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The runner's name rule: upper-cased, spaces to `_`, hyphens kept (`INPUT_DRY-RUN`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

interface DeclaredInput {
  readonly description?: string;
  readonly required?: boolean;
  readonly default?: string;
}

/** The inputs an `action.yml` declares. */
export function declaredInputs(name: ActionName): Record<string, DeclaredInput> {
  const doc = parse(readFileSync(actionYmlPath(name), "utf8")) as { inputs?: Record<string, DeclaredInput> };
  return doc.inputs ?? {};
}

// The only expression our action.yml defaults use.
function evaluateDefault(text: string, token: string): string {
  return text.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
}

/** The child's environment: the parent's, minus anything a real runner would set itself. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key) || key === "CI") continue;
    env[key] = value;
  }
  return env;
}

/** Node 24, the runtime `runs.using: node24` gives: the one running the tests, or the project's. */
function nodeBinary(): string {
  if (Number(process.versions.node.split(".")[0]) === 24) return process.execPath;
  const local = join(ROOT, "node_modules", "node", "bin", "node");
  if (existsSync(local)) return local;
  throw new Error(`Node 24 is needed to run the bundles; this is Node ${process.versions.node} and ${local} is missing`);
}

function spawnNode(
  script: string,
  env: Record<string, string>,
  cwd: string,
  opts: RunOptions,
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(nodeBinary(), [script], { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let pending = "";
    const show = (line: string) => {
      const shown = logLine(line);
      if (shown !== undefined) opts.onLine?.(shown);
    };
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      opts.onStdout?.(chunk);
      if (!opts.onLine) return;
      const lines = (pending + chunk).split(/\r?\n/);
      pending = lines.pop() ?? "";
      lines.forEach(show);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const onAbort = () => child.kill("SIGTERM");
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener("abort", onAbort, { once: true });
    const timeoutMs = opts.timeoutMs ?? 60_000;
    // setTimeout treats Infinity as 1 ms.
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          child.kill("SIGKILL");
          reject(new Error(`${script} did not finish within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        }, timeoutMs)
      : undefined;
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      if (pending) show(pending);
      resolvePromise({ exitCode, signal, stdout, stderr });
    });
  });
}
