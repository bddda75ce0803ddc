/**
 * The files a run reads (the playbook, a CA bundle) and writes (the evidence, a summary),
 * behind one port so the actions and the CLI do it the same way and tests need no file
 * system.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** Whole text files by absolute path. */
export interface Files {
  readText(path: string): Promise<string>;
  /** Writes the file, creating its directory. */
  writeText(path: string, text: string): Promise<void>;
}

/** The real file system. */
export const diskFiles: Files = {
  readText: (path) => readFile(path, "utf8"),
  async writeText(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, "utf8");
  },
};

/** Why a file could not be read, in words (no stack trace: the user can fix it), ending with what was expected. */
export function readFailure(error: unknown, expected: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return `no such file; expected ${expected}`;
  if (code === "EISDIR") return `is a directory; expected ${expected}`;
  if (code === "EACCES") return `cannot be read (permission denied); expected ${expected}`;
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}; expected ${expected}`;
}
