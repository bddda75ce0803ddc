/**
 * The one place the CLI's world is built: the process's streams, environment, working
 * directory, files, clock, signals, Prometheus and prober. `index.ts` passes it to `run`;
 * tests build their own from the fakes.
 */
import type { AppDeps } from "../app/deps.js";
import { systemClock } from "../clock.js";
import { diskFiles } from "../files.js";
import type { Logger } from "../log.js";
import { createHttpProber } from "../metrics/probe.js";
import { connectPrometheus } from "../metrics/prometheus.js";
import type { Target as PlaybookTarget } from "../playbook/types.js";
import { makeTarget } from "../targets/make.js";
import type { Target } from "../targets/types.js";

/** Everything a command may touch. */
export interface CliDeps extends Omit<AppDeps, "publisher" | "log"> {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The playbook's traffic target, for this working directory; aborting `signal` stops a running step. */
  readonly target: (target: PlaybookTarget, log: Logger, signal?: AbortSignal) => Target;
}

/** The real process. */
export function processDeps(): CliDeps {
  const base = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    clock: systemClock,
    files: diskFiles,
    signals: process,
  };
  const log = cliLogger(base);
  return {
    ...base,
    connect: (settings) => connectPrometheus(settings, { clock: base.clock, log }),
    prober: createHttpProber({ clock: base.clock, log }),
    target: (target, logger, signal) => makeTarget(target, { workspace: base.cwd, env: base.env }, { clock: base.clock, log: logger, ...(signal && { signal }) }),
  };
}

/** Progress on stdout, warnings and errors on stderr, as a terminal user expects. */
export function cliLogger(deps: Pick<CliDeps, "stdout" | "stderr" | "env">): Logger {
  return {
    debug: (m) => {
      if (deps.env["DEPLOY_PLAYBOOK_DEBUG"]) deps.stderr.write(`debug: ${m}\n`);
    },
    info: (m) => deps.stdout.write(`${m}\n`),
    warning: (m) => deps.stderr.write(`warning: ${m}\n`),
    error: (m) => deps.stderr.write(`error: ${m}\n`),
  };
}
