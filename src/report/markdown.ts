/**
 * The one Markdown escaper: every text the user or a server wrote (service, stage and check
 * names, details, reasons, Prometheus messages) goes through it before it reaches a summary.
 */

/**
 * Escapes text so it renders as itself inside a paragraph or a table cell: emphasis, code,
 * link and table punctuation is backslash-escaped, and `&`, `<`, `>` become entities so
 * no HTML gets through. Line breaks become spaces (a cell is one line).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** A table row from cells that are already escaped. */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/**
 * Text as inline code that is safe in a table cell: the fence is longer than any run of
 * backticks inside, `|` is escaped (GitHub splits cells on it even in code), and a line
 * break becomes a space. HTML inside code is shown, never rendered.
 */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const fence = "`".repeat(longestRun(flat, "`") + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** The longest run of `ch` in `text`: a code fence must be longer. */
export function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
