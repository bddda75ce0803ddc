/**
 * The files a run reads (the playbook, a CA bundle) and writes (the evidence, a summary),
 * behind one port so the actions and the CLI do it the same way and tests need no file
 * system.
 */
import { mkdir, open, readFile, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** Whole text files by absolute path. */
export interface Files {
  /**
   * The file's text. With `maxBytes`, only a regular file is read (a FIFO or a device is a
   * {@link NotAFile}, never waited on or read without end) and one larger than `maxBytes`
   * is a {@link FileTooLarge}, found without reading it whole.
   */
  readText(path: string, maxBytes?: number): Promise<string>;
  /** Writes the file, creating its directory. */
  writeText(path: string, text: string): Promise<void>;
}

/** The real file system. */
export const diskFiles: Files = {
  readText: (path, maxBytes) => (maxBytes === undefined ? readFile(path, "utf8") : readBounded(path, maxBytes)),
  async writeText(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, "utf8");
  },
};

/** A path that names something other than a regular file or a directory. */
export class NotAFile extends Error {
  constructor(readonly kind: string) {
    super(`is ${kind}, not a regular file`);
    this.name = "NotAFile";
  }
}

/** A file past a size limit; `bytes` is its size, or as much of it as was read. */
export class FileTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`is larger than allowed (${bytes} bytes)`);
    this.name = "FileTooLarge";
  }
}

async function readBounded(path: string, maxBytes: number): Promise<string> {
  // stat first: opening a FIFO to read would wait for a writer, and a device never ends.
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read`), { code: "EISDIR" });
  if (!info.isFile()) throw new NotAFile(info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : "a device");
  if (info.size > maxBytes) throw new FileTooLarge(info.size);
  const handle = await open(path, "r");
  try {
    // The file may have grown since: read one byte past the limit to know.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new FileTooLarge(length);
    }
    return buffer.toString("utf8", 0, length);
  } finally {
    await handle.close();
  }
}

/** Why a file could not be read, in words (no stack trace: the user can fix it), ending with what was expected. */
export function readFailure(error: unknown, expected: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return `no such file; expected ${expected}`;
  if (code === "EISDIR") return `is a directory; expected ${expected}`;
  if (code === "EACCES") return `cannot be read (permission denied); expected ${expected}`;
  if (error instanceof NotAFile) return `${error.message}; expected ${expected}`;
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}; expected ${expected}`;
}
