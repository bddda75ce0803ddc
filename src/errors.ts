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
        : `${list.length} problems:\n${list.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
    );
    this.name = "ConfigurationError";
    this.problems = list;
  }
}

/** Describes a value for an error message: quoted, truncated, never multi-line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (typeof value === "object") text = Array.isArray(value) ? "a list" : "a mapping";
  else text = String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
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
