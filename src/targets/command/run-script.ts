/**
 * Runs one of the user's scripts as a process of its own: the executable itself (never a
 * shell), in its own process group, output streamed line by line into the log, bounded in
 * time and memory. A timeout or an abort stops the whole group, so a `kubectl` or `ssh`
 * the script started does not outlive it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { basename, resolve } from "node:path";
import { MAX_TIMER_MS } from "../../clock.js";
import type { Logger } from "../../log.js";
import { formatSeconds } from "../../playbook/quantity.js";
import { CommandError, type ScriptKey } from "./error.js";
import { LineSplitter, Tail } from "./lines.js";

/** Most bytes of stdout kept when a script's output is data (`current`). */
export const CAPTURE_LIMIT = 64 * 1024;

/** After the script exits, how long a background child holding its output may delay us. */
const DRAIN_MS = 1000;


export interface ScriptRun {
  readonly key: ScriptKey;
  /** The path as the playbook writes it, resolved against `workspace`. */
  readonly path: string;
  readonly workspace: string;
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** Time between SIGTERM and SIGKILL when the group is stopped. */
  readonly graceMs: number;
  readonly log: Logger;
  /** Level of the streamed lines: `debug` for a script polled many times. */
  readonly level?: "info" | "debug";
  /** Keep stdout as data (up to {@link CAPTURE_LIMIT}) instead of logging it. */
  readonly capture?: boolean;
  readonly signal?: AbortSignal;
}

export interface ScriptResult {
  /** Exit code, or null when a signal ended it. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The last lines of stdout and stderr, interleaved as they came. */
  readonly tail: readonly string[];
  /** Captured stdout, when asked for. */
  readonly stdout?: string;
}

/**
 * Runs the script to its end and resolves with how it ended, whatever the exit code.
 * Rejects with a {@link CommandError} when it cannot start, runs past its timeout or
 * prints more data than {@link CAPTURE_LIMIT}, and with the abort reason when aborted.
 */
export function runScript(run: ScriptRun): Promise<ScriptResult> {
  const { signal } = run;
  if (signal?.aborted) return Promise.reject(signal.reason ?? new Error("aborted"));
  const name = basename(run.path);
  const tail = new Tail();
  const print = (text: string) => (run.level === "debug" ? run.log.debug(text) : run.log.info(text));
  // The prefix also keeps a line from starting with `::`, so a script cannot issue
  // workflow commands to the runner through our log.
  const line = (text: string) => {
    tail.push(text);
    print(`[${name}] ${text}`);
  };

  return new Promise<ScriptResult>((resolvePromise, reject) => {
    let child: ChildProcess;
    try {
      child = spawn(resolve(run.workspace, run.path), [], {
        cwd: run.workspace,
        env: run.env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      reject(startFailure(run, error));
      return;
    }

    const captured: Buffer[] = [];
    let capturedBytes = 0;
    let overflow = false;
    const stdout = new LineSplitter(line);
    const stderr = new LineSplitter(line);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (!run.capture) return stdout.write(chunk);
      if (capturedBytes + chunk.length > CAPTURE_LIMIT) overflow = true;
      else captured.push(chunk);
      capturedBytes += chunk.length;
    });
    child.stderr!.on("data", (chunk: Buffer) => stderr.write(chunk));

    let stopped: "timeout" | "abort" | undefined;
    const stop = (why: "timeout" | "abort") => {
      if (stopped) return;
      stopped = why;
      signalGroup(child, "SIGTERM");
      // Kept after the script itself exits: a child of the group may outlast SIGTERM. Unref'd
      // so that it alone never holds the process open.
      const killTimer = setTimeout(() => signalGroup(child, "SIGKILL"), run.graceMs);
      killTimer.unref();
    };
    const timer = setTimeout(() => stop("timeout"), Math.min(run.timeoutMs, MAX_TIMER_MS));
    const onAbort = () => stop("abort");
    signal?.addEventListener("abort", onAbort, { once: true });

    let exited = false;
    let finished = false;
    const finish = (code: number | null, sig: NodeJS.Signals | null) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      stdout.end();
      stderr.end();
      if (stopped === "abort") return reject(signal!.reason ?? new Error("aborted"));
      if (stopped === "timeout") {
        return reject(
          new CommandError(
            run.key,
            "timeout",
            `${run.path} (target.command.${run.key}) ran past its timeout of ${formatSeconds(run.timeoutMs / 1000)}; its process group was stopped (SIGTERM, then SIGKILL after ${formatSeconds(run.graceMs / 1000)})`,
            tail.lines(),
          ),
        );
      }
      if (overflow) {
        return reject(new CommandError(run.key, "output", `${run.path} (target.command.${run.key}) printed ${capturedBytes} bytes on stdout; expected a JSON document of at most ${CAPTURE_LIMIT} bytes (send logs to stderr)`, tail.lines()));
      }
      resolvePromise({ code, signal: sig, tail: tail.lines(), ...(run.capture && { stdout: Buffer.concat(captured).toString("utf8") }) });
    };

    child.on("error", (error) => {
      if (exited) return;
      exited = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      reject(startFailure(run, error));
    });
    child.on("exit", (code, sig) => {
      if (exited) return;
      exited = true;
      // A background child still holding the pipes would keep 'close' away for as long as
      // it lives; wait a moment for the last output, then stop reading.
      const drain = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish(code, sig);
      }, DRAIN_MS);
      child.once("close", () => {
        clearTimeout(drain);
        finish(code, sig);
      });
    });
  });
}

/** Sends a signal to the script's whole process group; it may already be gone. */
function signalGroup(child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    // ESRCH: every process of the group has ended.
  }
}

function startFailure(run: ScriptRun, error: unknown): CommandError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `${run.path} (target.command.${run.key})`;
  const why =
    code === "ENOENT"
      ? "does not exist in the repository, or its #! line names an interpreter that is not installed"
      : code === "EACCES"
        ? `is not executable; run chmod +x ${run.path} and commit it`
        : code === "ENOEXEC"
          ? "is not a program the system can run; start it with a #! line such as #!/bin/sh"
          : `could not be started: ${error instanceof Error ? error.message : String(error)}`;
  return new CommandError(run.key, "start", `${where} ${why}`);
}
