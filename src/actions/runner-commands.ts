/**
 * The runner's protocol, as the action shells speak it: inputs from `INPUT_*`, workflow
 * commands on stdout (`::error title=…::message`, `::add-mask::`, `::debug::`), file
 * commands appended to `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`. The same bytes as
 * @actions/core writes (test/actions/runner-commands.test.ts holds the two side by side),
 * without loading its HTTP client for OIDC tokens, which no step here asks for and
 * which alone costs more start-up than the rest of a bundle.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { access, appendFile, constants } from "node:fs/promises";
import { EOL } from "node:os";
import { workflowCommand } from "../workflow-command.js";

/** Where an annotation points, named as @actions/core names it. */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/** The input `name` as the runner passes it (`INPUT_<NAME>`, spaces as `_`), trimmed; `""` when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** Sets a step output through the `GITHUB_OUTPUT` file, or the old `::set-output` command where there is none. */
export function setOutput(name: string, value: string): void {
  const file = process.env["GITHUB_OUTPUT"];
  if (file) {
    appendFileCommand(file, keyValue(name, value));
    return;
  }
  process.stdout.write(EOL);
  issue("set-output", { name }, value);
}

/** Asks the runner to mask `secret` in every later line of the log. */
export function setSecret(secret: string): void {
  issue("add-mask", {}, secret);
}

/** Marks the step failed (exit code 1) with `message` as its error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function debug(message: string): void {
  issue("debug", {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue("warning", commandProperties(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue("error", commandProperties(properties), message);
}

/** Appends `markdown` and a line end to the step summary file. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env["GITHUB_STEP_SUMMARY"];
  if (!file) throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, markdown + EOL, { encoding: "utf8" });
}

function appendFileCommand(file: string, message: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, message + EOL, { encoding: "utf8" });
}

/** `name<<delimiter` … `delimiter`, with a delimiter that cannot occur in either. */
function keyValue(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Annotation properties under the command's own names (`line`, `col`), in @actions/core's order; none when none were given. */
function commandProperties(p: AnnotationProperties): Record<string, string | number | undefined> {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

function issue(command: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): void {
  process.stdout.write(workflowCommand(command, properties, message) + EOL);
}
