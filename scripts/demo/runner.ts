/**
 * Runs a built action bundle the way the GitHub runner does: inputs as `INPUT_<NAME>`
 * (the `action.yml` defaults filled in), file-command files for outputs, summary and
 * state, then reads back what the action wrote. Workflow commands on stdout are shown as
 * the runner's log would show them.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

export interface ActionRun {
  /** `dist/<name>/index.js`. */
  readonly bundle: string;
  /** The `action.yml` whose defaults the runner fills in. */
  readonly actionYml: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly workspace: string;
  /** RUNNER_TEMP; the file-command files go in a `files` folder inside it. */
  readonly runnerTemp: string;
  /** Each line of the log, as the runner would print it. */
  readonly onLine: (line: string) => void;
  /** Aborting sends SIGTERM, as the runner does when a job is cancelled. */
  readonly signal?: AbortSignal;
}

export interface ActionResult {
  readonly exitCode: number | null;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly stderr: string;
}

/** Runs the bundle with the Node running this script (Node 24 under npm). */
export async function runAction(run: ActionRun): Promise<ActionResult> {
  const files = join(run.runnerTemp, "files");
  await mkdir(files, { recursive: true });
  const paths = {
    GITHUB_OUTPUT: join(files, "output"),
    GITHUB_STEP_SUMMARY: join(files, "summary.md"),
    GITHUB_STATE: join(files, "state"),
    GITHUB_ENV: join(files, "env"),
    GITHUB_PATH: join(files, "path"),
    GITHUB_EVENT_PATH: join(files, "event.json"),
  };
  for (const [key, path] of Object.entries(paths)) await writeFile(path, key === "GITHUB_EVENT_PATH" ? "{}" : "");

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(key)) env[key] = value;
  }
  Object.assign(env, paths, {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: run.workspace,
    RUNNER_TEMP: run.runnerTemp,
    RUNNER_OS: "Linux",
    GITHUB_REPOSITORY: "example/demo-service",
    GITHUB_SHA: "0000000000000000000000000000000000000000",
    GITHUB_REF: "refs/heads/main",
    GITHUB_RUN_ID: "1",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "canary",
    GITHUB_WORKFLOW: "Deploy (demo)",
    GITHUB_ACTOR: "demo",
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
  });
  const declared = (parse(readFileSync(run.actionYml, "utf8")) as { inputs?: Record<string, { default?: string }> }).inputs ?? {};
  for (const [name, spec] of Object.entries(declared)) env[inputVariable(name)] = run.inputs[name] ?? spec.default ?? "";
  const unknown = Object.keys(run.inputs).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new Error(`inputs not declared in ${run.actionYml}: ${unknown.join(", ")}`);

  const { exitCode, stderr } = await spawnLogged(run, env);
  return {
    exitCode,
    outputs: parseFileCommand(await readFile(paths.GITHUB_OUTPUT, "utf8")),
    summary: await readFile(paths.GITHUB_STEP_SUMMARY, "utf8"),
    stderr,
  };
}

/** The runner's rule: upper-cased, spaces to `_`, hyphens kept (`INPUT_PROMETHEUS-URL`). */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

function spawnLogged(run: ActionRun, env: Record<string, string>): Promise<{ exitCode: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [run.bundle], { env, cwd: run.workspace, stdio: ["ignore", "pipe", "pipe"] });
    let pending = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (pending + chunk).split(/\r?\n/);
      pending = lines.pop() ?? "";
      for (const line of lines) show(line, run.onLine);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const onAbort = () => child.kill("SIGTERM");
    run.signal?.addEventListener("abort", onAbort, { once: true });
    child.once("error", reject);
    child.once("close", (exitCode) => {
      run.signal?.removeEventListener("abort", onAbort);
      if (pending) show(pending, run.onLine);
      resolve({ exitCode, stderr });
    });
  });
}

/** Workflow commands rendered as the runner's log shows them; masks and debug stay hidden. */
function show(line: string, onLine: (line: string) => void): void {
  const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
  if (!command) return onLine(line);
  const [, name, data = ""] = command;
  const text = data.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  if (name === "error") onLine(`Error: ${text}`);
  else if (name === "warning") onLine(`Warning: ${text}`);
  else if (name === "notice") onLine(`Notice: ${text}`);
  else if (name === "group") onLine(`▸ ${text}`);
}

/** Reads a file-command file: `name<<DELIMITER` blocks and `name=value` lines. */
function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]!);
      values[heredoc[1]!] = body.join("\n");
    } else if (line.includes("=")) {
      values[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return values;
}
