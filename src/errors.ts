/**
 * The two kinds of error the suite raises.
 *
 * A {@link ConfigurationError} is something the user can fix: a playbook mistake or a bad
 * action input. It is printed without a stack trace, with every problem found at once.
 * Anything else that escapes is a bug in the suite and is reported as such.
 */

/** One problem the user can fix, located as precisely as we can. */
export interface Problem {
  /** File the problem is in, when it comes from a file. */
  readonly file?: string;
  /** 1-based line and column inside {@link file}. */
  readonly line?: number;
  readonly column?: number;
  /** Where in the document or inputs: `stages[1].soak`, or `input 'stage'`. */
  readonly path: string;
  /** What is wrong, in one sentence, naming what was found and what is expected. */
  readonly message: string;
  /** Set on the one line that stands for problems not listed one by one: how many it stands for. */
  readonly unlisted?: number;
}

/** How many problems `problems` reports, counting those a line stands for but does not list. */
export function problemCount(problems: readonly Problem[]): number {
  return problems.reduce((n, p) => n + (p.unlisted ?? 1), 0);
}

/** Renders a problem as `file:line:col: path: message`, the form editors and CI parse. */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ` : "";
  return `${where}${p.path ? `${p.path}: ` : ""}${p.message}`;
}

/** A mistake the user can fix. Carries every problem found, not just the first. */
export class ConfigurationError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[] | string) {
    const list = typeof problems === "string" ? [{ path: "", message: problems }] : problems;
    super(
      list.length === 1
        ? formatProblem(list[0]!)
        : `${problemCount(list)} problems:\n${list.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
    );
    this.name = "ConfigurationError";
    this.problems = list;
  }
}

/** Characters of a value an error message shows at most; the rest is cut and counted. */
export const EXCERPT_LENGTH = 60;

/**
 * Describes a value for an error message: a short, escaped, one-line excerpt. Strings are
 * quoted, lists and mappings named, never dumped: a binary file or a pasted blob must not
 * turn into a screenful of garbage.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "object") return Array.isArray(value) ? "a list" : "a mapping";
  return clip(String(value));
}

/** Text from elsewhere (a parser's message) on one line: escaped like {@link quote}, cut at `max` characters. */
export function clip(text: string, max = EXCERPT_LENGTH): string {
  const { shown, cut } = excerpt(text, max, false);
  return cut ? `${shown}...` : shown;
}

/**
 * A string in double quotes: at most `max` characters of it, with quotes, backslashes and
 * every control, format, private-use or unassigned character escaped (`\n`, `\u0000`,
 * `\u202e`), and, when cut, how long it was: `"abc..." (8192 characters)`.
 */
export function quote(text: string, max = EXCERPT_LENGTH): string {
  const { shown, cut } = excerpt(text, max, true);
  return cut ? `"${shown}..." (${text.length} characters)` : `"${shown}"`;
}

/** A key or name in single quotes as written (`'soak'`), or as a {@link quote} when it is long or odd. */
export function describeName(text: string): string {
  return /^[\w$.-]{1,60}$/.test(text) ? `'${text}'` : quote(text);
}

// Control, format (bidi overrides, zero-width), private-use, unassigned, surrogate halves,
// line and paragraph separators, and the replacement character left by invalid UTF-8.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\uFFFD]/u;

function excerpt(text: string, max: number, quoted: boolean): { shown: string; cut: boolean } {
  // Only the head is looked at, so a multi-megabyte value costs no more than a short one.
  const chars = Array.from(text.slice(0, max * 2 + 2));
  const cut = chars.length > max || text.length > max * 2 + 2;
  return { shown: chars.slice(0, max).map((ch) => escapeChar(ch, quoted)).join(""), cut };
}

function escapeChar(ch: string, quoted: boolean): string {
  if (quoted && ch === '"') return '\\"';
  if (quoted && ch === "\\") return "\\\\";
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (ch === "\t") return "\\t";
  if (!HIDDEN.test(ch)) return ch;
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * A refusal the user can act on, without a stack trace: a closed deployment window, a
 * verdict that does not let the rollout go on, a part not built in this version.
 */
export class Refusal extends Error {
  override readonly name = "Refusal";
}

/** Message for anything that is not a ConfigurationError: it is our bug, and says so. */
export function describeUnexpected(error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `Unexpected error (a bug in deploy-playbook; please report it with this text):\n${detail}`;
}
