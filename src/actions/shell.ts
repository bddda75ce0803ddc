/**
 * What every action shell shares: masking secrets, parsing inputs and loading the
 * playbook before anything else, and turning what escapes into annotations. This and
 * `deps.ts` are the only modules that speak the runner's protocol (`runner-commands.ts`).
 */
import { isAbsolute, relative } from "node:path";
import { ConfigurationError, describeUnexpected, describeValue, type Problem, problemCount, Refusal } from "../errors.js";
import { GitHubError } from "../github/types.js";
import type { CommonInputs } from "../inputs/common.js";
import type { InputContext, InputGetter, InputTable } from "../inputs/spec.js";
import { secretValues } from "../inputs/spec.js";
import { readPlaybookText } from "../playbook/read.js";
import type { Locator } from "../playbook/source-map.js";
import type { Playbook, Target as PlaybookTarget } from "../playbook/types.js";
import { targetProblems } from "../targets/make.js";
import type { DeployState } from "../state.js";
import { TargetError } from "../targets/types.js";
import { inputContext } from "./context.js";
import type { ActionDeps } from "./deps.js";
import * as runner from "./runner-commands.js";
import type { Report } from "../app/report.js";
import { MoveFailed } from "../app/move.js";
import type { Logger } from "../log.js";

/**
 * Runs an action body and reports what escapes it: every problem of a
 * {@link ConfigurationError} as an error annotation on its file and line, a refusal (or a
 * GitHub call that failed, whose message names the permission to grant) as its message,
 * anything else as a bug. Never rejects.
 */
export async function runShell(deps: Pick<ActionDeps, "env">, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof ConfigurationError) reportProblems(error.problems, inputContext(deps.env).workspace);
    else if (error instanceof Refusal || error instanceof TargetError || error instanceof GitHubError || error instanceof MoveFailed) runner.setFailed(error.message);
    else runner.setFailed(describeUnexpected(error));
  }
}

function reportProblems(problems: readonly Problem[], workspace: string): void {
  for (const p of problems) {
    const message = p.path ? `${p.path}: ${p.message}` : p.message;
    if (p.file) {
      runner.error(message, {
        title: "Playbook problem",
        // Annotations attach to files by their path in the repository.
        file: repositoryPath(p.file, workspace),
        ...(p.line !== undefined && { startLine: p.line }),
        ...(p.column !== undefined && { startColumn: p.column }),
      });
    } else {
      runner.error(message, { title: p.path.startsWith("input ") ? "Input problem" : "Configuration problem" });
    }
  }
  const files = [...new Set(problems.flatMap((p) => (p.file ? [repositoryPath(p.file, workspace)] : [])))];
  const total = problemCount(problems);
  const count = total === 1 ? "1 problem" : `${total} problems`;
  runner.setFailed(`${count} found${files.length > 0 ? ` in ${files.join(", ")}` : " in the inputs"}; see the errors above. Nothing was changed.`);
}

function repositoryPath(file: string, workspace: string): string {
  if (!isAbsolute(file)) return file;
  const inside = relative(workspace, file);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside.split("\\").join("/") : file;
}

/**
 * What every action does first: mask the secret inputs before anything is logged, parse
 * the inputs, load the playbook, and refuse a state from another service's run.
 */
export async function prepare<I extends CommonInputs>(
  table: InputTable,
  parse: (get: InputGetter, context: InputContext) => I,
  deps: Pick<ActionDeps, "getInput" | "env" | "files">,
): Promise<{ readonly inputs: I; readonly playbook: Playbook; readonly locate: () => Locator }> {
  for (const secret of secretValues(table, deps.getInput)) runner.setSecret(secret);
  const inputs = parse(deps.getInput, inputContext(deps.env));
  // The parser (YAML, the playbook schema, the PromQL grammar) is loaded once the inputs
  // are known good and the file is read: a run stopped by either never pays for it.
  const text = await readPlaybookText(inputs.playbook, deps.files);
  const { parsePlaybook, loadPromqlGrammar, textLocator } = await import("../playbook/load.js");
  await loadPromqlGrammar();
  const playbook = parsePlaybook(text, inputs.playbook);
  checkStateService(inputs.state, playbook, inputs.playbook);
  return { inputs, playbook, locate: () => textLocator(text) };
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

/** The step fails with the report's message unless the report was accepted; otherwise its message is logged. */
export function concludeStep(report: Report, log: Logger, hint?: string): void {
  if (!report.accepted) throw new Refusal(report.conditional && hint ? `${report.message} ${hint}` : report.message);
  log.info(report.message);
}

/** Refuses, before anything moves, a target that cannot work: a script missing or not executable. */
export function checkTargetReady(target: PlaybookTarget, file: string, env: ActionDeps["env"], locate: () => Locator): void {
  const problems = targetProblems(target, file, inputContext(env).workspace, locate());
  if (problems.length > 0) throw new ConfigurationError(problems);
}
