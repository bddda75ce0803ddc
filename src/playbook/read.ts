/**
 * Reading a playbook file from disk, apart from parsing it: the action shells read the
 * file before they load the parser, so a missing file costs no more than a missing input.
 */
import { readFileSync, statSync } from "node:fs";
import { ConfigurationError, type Problem } from "../errors.js";

/** Size of a playbook file in bytes, at most: every real playbook is far inside it. */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * The text of a playbook file. A missing, unreadable or oversized file is a
 * {@link ConfigurationError}; a huge file is refused before it is read into memory.
 */
export function readPlaybookText(file: string): string {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new ConfigurationError([sizeProblem(size, file, MAX_FILE_BYTES)]);
    return readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError([{ file, path: "", message: readFailure(error) }]);
  }
}

/** Why a playbook file could not be read, in words (no stack trace: the user can fix it). */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file; expected a playbook (the default is .github/deploy-playbook.yml)";
  if (code === "EISDIR") return "is a directory; expected a playbook file";
  if (code === "EACCES") return "cannot be read (permission denied)";
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** The problem of a file larger than `limit` bytes. */
export function sizeProblem(bytes: number, file: string, limit: number): Problem {
  return { file, line: 1, column: 1, path: "", message: `the file is ${formatBytes(bytes)}; expected a playbook of at most ${formatBytes(limit)}` };
}

function formatBytes(n: number): string {
  return n >= 1e6 ? `${Number((n / 1e6).toFixed(1))} MB` : n >= 1e3 ? `${Number((n / 1e3).toFixed(1))} KB` : `${n} bytes`;
}
