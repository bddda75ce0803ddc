/**
 * What every CLI command shares: the injected world (output streams, environment, working
 * directory, file reading), usage errors, option parsing and problem reporting.
 */
import { isAbsolute, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { formatProblem, type Problem } from "../errors.js";
import type { Locator } from "../playbook/source-map.js";
import type { Playbook } from "../playbook/types.js";
import { workflowCommand } from "../workflow-command.js";
import type { CliDeps } from "./deps.js";

export type { CliDeps } from "./deps.js";

/** One `deploy-playbook <name>` command. Register it in `commands.ts`. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Arguments after the name, like `FILE --stage NAME [--format text|markdown|json]`. */
  readonly usage: string;
  /** Further lines for `deploy-playbook <name> --help`. */
  readonly details?: string;
  /** Runs the command; resolves to the exit code. Throws ConfigurationError or UsageError for user mistakes. */
  run(args: readonly string[], deps: CliDeps): Promise<number>;
}

/** A command line that cannot be understood. Exit code 2, with the usage. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** Parses options strictly: an unknown flag or a missing value is a {@link UsageError}. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T, command: Command) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages go on to explain `--`; the first sentence is the useful part.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/\.\s|\n/)[0]!, command);
  }
}

/**
 * Reads and parses a playbook named on the command line (relative to the working
 * directory). The parser (YAML, the schema, the PromQL grammar) is loaded here, by the
 * commands that read a playbook, so `--help` and a wrong command line never pay for it.
 */
export async function readPlaybook(file: string, deps: CliDeps): Promise<Playbook> {
  const { loadPlaybook } = await import("../playbook/load.js");
  return loadPlaybook(resolvePath(file, deps), deps.files, file);
}

/** As {@link readPlaybook}, with a locator over the text as read (to point at its lines later). */
export async function readPlaybookSource(file: string, deps: CliDeps): Promise<{ readonly playbook: Playbook; readonly locate: () => Locator }> {
  const { loadPlaybookSource, textLocator } = await import("../playbook/load.js");
  const { playbook, text } = await loadPlaybookSource(resolvePath(file, deps), deps.files, file);
  return { playbook, locate: () => textLocator(text) };
}

/** A path from the command line, relative to the working directory. */
export function resolvePath(file: string, deps: Pick<CliDeps, "cwd">): string {
  return isAbsolute(file) ? file : resolve(deps.cwd, file);
}

/**
 * Prints problems one per line to stderr, and inside GitHub Actions also as error
 * annotations on stdout, so they show on the file in the pull request.
 */
export function reportProblems(problems: readonly Problem[], deps: CliDeps): void {
  for (const p of problems) deps.stderr.write(`${formatProblem(p)}\n`);
  if (deps.env["GITHUB_ACTIONS"] !== "true") return;
  for (const p of problems) deps.stdout.write(`${annotation(p)}\n`);
}

/** `::error file=F,line=L,col=C,title=playbook::message`, escaped as the runner expects. */
export function annotation(p: Problem): string {
  return workflowCommand("error", { file: p.file, line: p.line, col: p.column, title: "playbook" }, p.path ? `${p.path}: ${p.message}` : p.message);
}
