/**
 * A script's output as lines: decoded as UTF-8 across chunk boundaries, one callback per
 * line as it arrives, and only the last few kept, so a script that prints gigabytes costs
 * a few kilobytes.
 */
import { StringDecoder } from "node:string_decoder";

/** Longest line passed on whole; a longer one is cut into pieces of this size. */
export const MAX_LINE = 4096;

/** Splits a byte stream into lines, calling `onLine` for each (without its line ending). */
export class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  private partial = "";

  constructor(private readonly onLine: (line: string) => void) {}

  write(chunk: Buffer): void {
    const text = this.partial + this.decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      this.emit(text.slice(start, end));
      start = end + 1;
    }
    // A line with no end in sight (a progress bar, a binary blob) must not grow without bound.
    let rest = text.slice(start);
    while (rest.length > MAX_LINE) {
      const [piece, after] = cut(rest);
      this.onLine(piece);
      rest = after;
    }
    this.partial = rest;
  }

  /** Flushes a last line that had no line ending. */
  end(): void {
    const rest = this.partial + this.decoder.end();
    this.partial = "";
    if (rest !== "") this.emit(rest);
  }

  private emit(line: string): void {
    let rest = line.endsWith("\r") ? line.slice(0, -1) : line;
    while (rest.length > MAX_LINE) {
      const [piece, after] = cut(rest);
      this.onLine(piece);
      rest = after;
    }
    this.onLine(rest);
  }
}

/** Splits after {@link MAX_LINE} characters, never between the halves of a surrogate pair. */
function cut(text: string): [string, string] {
  const code = text.charCodeAt(MAX_LINE - 1);
  const at = code >= 0xd800 && code <= 0xdbff ? MAX_LINE - 1 : MAX_LINE;
  return [text.slice(0, at), text.slice(at)];
}

/** Longest line an error message quotes; the log has it whole. */
const MAX_TAIL_LINE = 500;

/** The last `size` lines seen, oldest first, each cut to a length an error message can quote. */
export class Tail {
  private readonly kept: string[] = [];

  constructor(private readonly size = 20) {}

  push(line: string): void {
    this.kept.push(line.length > MAX_TAIL_LINE ? `${line.slice(0, MAX_TAIL_LINE)}...` : line);
    if (this.kept.length > this.size) this.kept.shift();
  }

  lines(): readonly string[] {
    return [...this.kept];
  }
}
