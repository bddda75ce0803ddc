/**
 * What every CLI command shares: the injected world (output streams, environment, working
 * directory, file reading), usage errors, option parsing and problem reporting.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConfigurationError, formatProblem, type Problem } from "../errors.js";
import { loadPromqlGrammar, parsePlaybook, readFailure } from "../playbook/load.js";
import type { Playbook } from "../playbook/types.js";

/** Everything a command may touch, injected so tests run it against fakes. */
export interface CliDeps {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Reads a file by absolute path. Default: the file system. */
  readonly readFile?: (path: string) => Promise<string>;
}

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

/** Reads and parses a playbook named on the command line (relative to the working directory). */
export async function readPlaybook(file: string, deps: CliDeps): Promise<Playbook> {
  const path = isAbsolute(file) ? file : resolve(deps.cwd, file);
  let text: string;
  try {
    text = await (deps.readFile ?? ((p: string) => readFile(p, "utf8")))(path);
  } catch (error) {
    throw new ConfigurationError([{ file, path: "", message: readFailure(error) }]);
  }
  await loadPromqlGrammar();
  return parsePlaybook(text, file);
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
  const props = [
    p.file && `file=${escapeProperty(p.file)}`,
    p.line && `line=${p.line}`,
    p.column && `col=${p.column}`,
    "title=playbook",
  ].filter(Boolean);
  return `::error ${props.join(",")}::${escapeData(p.path ? `${p.path}: ${p.message}` : p.message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
