/**
 * Reading a playbook file, apart from parsing it: the action shells read the file before
 * they load the parser, so a missing file costs no more than a missing input.
 */
import { ConfigurationError, type Problem } from "../errors.js";
import { FileTooLarge, type Files, readFailure } from "../files.js";

/** Size of a playbook file in bytes, at most: every real playbook is far inside it. */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * The text of a playbook file, read through `files`; `file` names it in problems (the
 * path as the user gave it). A missing, unreadable or oversized file is a
 * {@link ConfigurationError}.
 */
export async function readPlaybookText(path: string, files: Files, file = path): Promise<string> {
  let text: string;
  try {
    text = await files.readText(path, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof FileTooLarge) throw new ConfigurationError([sizeProblem(error.bytes, file, MAX_FILE_BYTES)]);
    throw new ConfigurationError([{ file, path: "", message: readFailure(error, "a playbook (the default is .github/deploy-playbook.yml)") }]);
  }
  // Files that cannot bound their read (a test's in-memory files) are measured here.
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_FILE_BYTES) throw new ConfigurationError([sizeProblem(bytes, file, MAX_FILE_BYTES)]);
  return text;
}

/** The problem of a file larger than `limit` bytes. */
export function sizeProblem(bytes: number, file: string, limit: number): Problem {
  return { file, line: 1, column: 1, path: "", message: `the file is ${formatBytes(bytes)}; expected a playbook of at most ${formatBytes(limit)}` };
}

function formatBytes(n: number): string {
  return n >= 1e6 ? `${Number((n / 1e6).toFixed(1))} MB` : n >= 1e3 ? `${Number((n / 1e3).toFixed(1))} KB` : `${n} bytes`;
}
