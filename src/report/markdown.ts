/** Markdown for text the user wrote (check names, details, Prometheus messages). */

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
