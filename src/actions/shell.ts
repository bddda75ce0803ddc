/**
 * What every action shell shares: the world it reads (`ShellDeps`), masking secrets,
 * writing the job summary and outputs, the deployment window, and turning errors into
 * annotations. This is the only layer besides the inputs that touches `@actions/core`.
 */
import { isAbsolute, relative } from "node:path";
import * as core from "@actions/core";
import { type Clock, systemClock } from "../clock.js";
import { ConfigurationError, describeUnexpected, describeValue, type Problem } from "../errors.js";
import type { InputContext, InputGetter, InputTable } from "../inputs/spec.js";
import { secretValues } from "../inputs/spec.js";
import type { Logger } from "../log.js";
import type { CommonInputs } from "../inputs/common.js";
import { readPlaybookText } from "../playbook/read.js";
import type { Playbook } from "../playbook/types.js";
import { checkWindow } from "../playbook/window.js";
import type { DeployState } from "../state.js";

/** The world an action reads; `run(deps)` takes overrides, the real process fills the rest. */
export interface ShellDeps {
  readonly getInput: InputGetter;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  readonly log: Logger;
}

/** A refusal the user can act on (a closed window, a part not built yet): no stack trace. */
export class ActionRefusal extends Error {
  override readonly name = "ActionRefusal";
}

/** Logs through @actions/core, so warnings and errors become annotations. */
export const coreLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
};

/** The real process as {@link ShellDeps}, with `overrides` on top. */
export function shellDeps(overrides: Partial<ShellDeps> = {}): ShellDeps {
  return {
    getInput: (name) => core.getInput(name) || undefined,
    env: process.env,
    clock: systemClock,
    log: coreLogger,
    ...overrides,
  };
}

/** Where relative input paths resolve. */
export function inputContext(env: ShellDeps["env"]): InputContext {
  return {
    workspace: env["GITHUB_WORKSPACE"] || process.cwd(),
    ...(env["RUNNER_TEMP"] && { temp: env["RUNNER_TEMP"] }),
  };
}

/** Registers every secret input with the runner's masker; call before anything is logged. */
function maskSecrets(table: InputTable, get: InputGetter): void {
  for (const secret of secretValues(table, get)) core.setSecret(secret);
}

/**
 * Runs an action body and reports what escapes it: every problem of a
 * {@link ConfigurationError} as an error annotation on its file and line, a refusal as
 * its message, anything else as a bug. Never rejects.
 */
export async function runShell(deps: ShellDeps, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof ConfigurationError) reportProblems(error.problems, inputContext(deps.env).workspace);
    else if (error instanceof ActionRefusal) core.setFailed(error.message);
    else core.setFailed(describeUnexpected(error));
  }
}

function reportProblems(problems: readonly Problem[], workspace: string): void {
  for (const p of problems) {
    const message = p.path ? `${p.path}: ${p.message}` : p.message;
    if (p.file) {
      core.error(message, {
        title: "Playbook problem",
        // Annotations attach to files by their path in the repository.
        file: repositoryPath(p.file, workspace),
        ...(p.line !== undefined && { startLine: p.line }),
        ...(p.column !== undefined && { startColumn: p.column }),
      });
    } else {
      core.error(message, { title: p.path.startsWith("input ") ? "Input problem" : "Configuration problem" });
    }
  }
  const files = [...new Set(problems.flatMap((p) => (p.file ? [repositoryPath(p.file, workspace)] : [])))];
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  core.setFailed(`${count} found${files.length > 0 ? ` in ${files.join(", ")}` : " in the inputs"}; see the errors above. Nothing was changed.`);
}

function repositoryPath(file: string, workspace: string): string {
  if (!isAbsolute(file)) return file;
  const inside = relative(workspace, file);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside.split("\\").join("/") : file;
}

/**
 * Refuses to go on in a closed deployment window unless `force` is set, in which case the
 * override is logged as a warning for the audit trail.
 */
export function enforceWindow(playbook: Playbook, force: boolean, deps: ShellDeps): void {
  const window = checkWindow(playbook.windows, deps.clock.now());
  if (window.open) {
    deps.log.info(`Deployment window: open (${window.reason}).`);
    return;
  }
  if (!force) {
    throw new ActionRefusal(`The deployment window is closed: ${window.reason}. Nothing was changed. Set force: true to go on anyway.`);
  }
  deps.log.warning(`The deployment window is closed (${window.reason}); going on because force is true.`);
}

/**
 * What every action does first: mask the secret inputs before anything is logged, parse
 * the inputs, load the playbook, and refuse a state from another service's run.
 */
export async function prepare<I extends CommonInputs>(
  table: InputTable,
  parse: (get: InputGetter, context: InputContext) => I,
  deps: ShellDeps,
): Promise<{ readonly inputs: I; readonly playbook: Playbook }> {
  maskSecrets(table, deps.getInput);
  const inputs = parse(deps.getInput, inputContext(deps.env));
  // The parser (YAML, the playbook schema, the PromQL grammar) is loaded once the inputs
  // are known good and the file is read: a run stopped by either never pays for it.
  const text = readPlaybookText(inputs.playbook);
  const { parsePlaybook, loadPromqlGrammar } = await import("../playbook/load.js");
  await loadPromqlGrammar();
  const playbook = parsePlaybook(text, inputs.playbook);
  checkStateService(inputs.state, playbook, inputs.playbook);
  return { inputs, playbook };
}

/** A state from another service's run is a wiring mistake in the workflow; refuse it. */
function checkStateService(state: DeployState | undefined, playbook: Playbook, file: string): void {
  if (state && state.service !== playbook.service) {
    throw new ConfigurationError([
      {
        path: "input 'state'",
        message: `is for service ${describeValue(state.service)}, but the playbook ${file} is for ${describeValue(playbook.service)}; expected the state output of this playbook's steps`,
      },
    ]);
  }
}

/** An action that moves traffic needs the playbook's target to move it through. */
export function requireTarget(playbook: Playbook, file: string, action: string): void {
  if (!playbook.target) {
    throw new ConfigurationError([
      { file, path: "target", message: `is missing; the ${action} action moves traffic through the target, expected target.kubernetes or target.command` },
    ]);
  }
}

/** Appends Markdown to the job summary (only when the runner provides one). */
export async function writeSummary(markdown: string, env: ShellDeps["env"]): Promise<void> {
  if (!env["GITHUB_STEP_SUMMARY"]) return;
  await core.summary.addRaw(markdown, true).write();
}

/** Sets a step output. */
export function setOutput(name: string, value: string): void {
  core.setOutput(name, value);
}

/**
 * The plain refusal of an action whose real work is not in this version: it never
 * pretends to succeed.
 */
export function notBuiltYet(action: string, wouldDo: string): ActionRefusal {
  return new ActionRefusal(`The ${action} action is not built yet in this version: it would ${wouldDo}. Run with dry-run: true to see the plan.`);
}
