/**
 * The one place the action shells' world is built: the runner's inputs and environment,
 * its workflow and file commands for the log, outputs, summary and annotations, the real clock, files,
 * Prometheus, prober, artifact service and process signals. `run(overrides)` in each
 * `main.ts` replaces parts of it under test.
 */
import type { AppDeps } from "../app/deps.js";
import type { Publisher } from "../app/report.js";
import { systemClock } from "../clock.js";
import { diskFiles } from "../files.js";
import type { InputGetter } from "../inputs/spec.js";
import type { Logger } from "../log.js";
import { createHttpProber } from "../metrics/probe.js";
import { connectPrometheus } from "../metrics/prometheus.js";
import { lazyGitHubClient } from "../github/lazy.js";
import { runContextFromEnv } from "../github/run-context.js";
import type { GitHubPort } from "../github/types.js";
import type { Target as PlaybookTarget } from "../playbook/types.js";
import { makeTarget, type TargetContext } from "../targets/make.js";
import type { Target } from "../targets/types.js";
import { type ArtifactUploader, artifactUploader, keepAsArtifact } from "./artifact.js";
import { inputContext } from "./context.js";
import * as runner from "./runner-commands.js";

/** What an action reads and writes the world through. */
export interface ActionDeps extends AppDeps {
  readonly getInput: InputGetter;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly uploader: ArtifactUploader;
  /** GitHub for this run, with the token from the action's input. */
  readonly github: (token: string) => GitHubPort;
  /**
   * The playbook's traffic target, for this workspace; aborting `signal` stops a running
   * step; `force` lets a restore replace what someone else changed (see {@link TargetContext}).
   */
  readonly target: (target: PlaybookTarget, signal?: AbortSignal, options?: Pick<TargetContext, "force">) => Target;
}

/** Logs through the runner's workflow commands, so warnings and errors become annotations. */
export const runnerLogger: Logger = {
  debug: (m) => runner.debug(m),
  info: (m) => runner.info(m),
  warning: (m) => runner.warning(m),
  error: (m) => runner.error(m),
};

/** Publishes through the runner's file commands: outputs, step summary, annotations; files on disk; artifacts. */
export function runnerPublisher(deps: Pick<ActionDeps, "env" | "log" | "uploader" | "files">): Publisher {
  return {
    setOutput: (name, value) => runner.setOutput(name, value),
    async appendSummary(markdown) {
      // Only on a runner (or a test that plays one): elsewhere there is no summary file.
      if (!deps.env["GITHUB_STEP_SUMMARY"]) return;
      await runner.appendSummary(markdown);
    },
    annotate: (a) => (a.level === "error" ? runner.error(a.message, { title: a.title }) : runner.warning(a.message, { title: a.title })),
    writeFile: (path, text) => deps.files.writeText(path, text),
    keep: async (file) => {
      await keepAsArtifact(file, deps);
    },
  };
}

/** The real process as {@link ActionDeps}, with `overrides` on top. */
export function actionDeps(overrides: Partial<ActionDeps> = {}): ActionDeps {
  const base = {
    getInput: (name: string) => runner.getInput(name) || undefined,
    env: process.env,
    clock: systemClock,
    log: runnerLogger,
    files: diskFiles,
    signals: process,
    uploader: artifactUploader,
    ...overrides,
  };
  // The parts made from others are made from the overridden ones, unless overridden too.
  return {
    connect: (settings) => connectPrometheus(settings, base),
    prober: createHttpProber(base),
    publisher: runnerPublisher(base),
    github: (token) => lazyGitHubClient({ token, run: runContextFromEnv(base.env), logger: base.log }),
    target: (target, signal, options) =>
      makeTarget(
        target,
        { workspace: inputContext(base.env).workspace, env: base.env, ...(options?.force && { force: true }) },
        { clock: base.clock, log: base.log, ...(signal && { signal }) },
      ),
    ...base,
  };
}
