/**
 * The declarative form of an action's inputs. Each action keeps one table of
 * {@link InputSpec}s; the same table drives parsing and the test that keeps `action.yml`
 * in step, so a name, default or required flag cannot drift between them.
 */
import { ConfigurationError, type Problem } from "../errors.js";

/** Reads one raw input by its `action.yml` name; `undefined` or `""` when not given. */
export type InputGetter = (name: string) => string | undefined;

/** Where relative paths in inputs resolve: the runner's workspace and temp directory. */
export interface InputContext {
  /** GITHUB_WORKSPACE, or the current directory outside Actions. */
  readonly workspace: string;
  /** RUNNER_TEMP, when set. */
  readonly temp?: string;
}

/** A user mistake in one input; {@link readInputs} adds the input's name to it. */
export class InputProblem extends Error {}

/** One input of an action, as declared in its `action.yml`. */
export interface InputSpec<T> {
  readonly description: string;
  readonly required?: boolean;
  /**
   * The default exactly as `action.yml` writes it. A literal default is also applied by the
   * parser (so the code behaves the same outside the runner); an expression default
   * (`${{ github.token }}`) is left to the runner to evaluate.
   */
  readonly default?: string;
  /** Masked with `::add-mask::` before anything is logged; never echoed in messages. */
  readonly secret?: boolean;
  /** Turns the raw text (`undefined` when absent) into a value; throws {@link InputProblem}. */
  readonly parse: (raw: string | undefined, context: InputContext) => T;
}

/** An action's inputs, keyed by their `action.yml` names. */
export type InputTable = Readonly<Record<string, InputSpec<unknown>>>;

/** The parsed values of a table, keyed like the table. */
export type InputValues<T extends InputTable> = { readonly [K in keyof T]: T[K] extends InputSpec<infer V> ? V : never };

/** An action's declared interface: inputs (parsed) and outputs (name → description). */
export interface ActionInterface<T extends InputTable = InputTable> {
  readonly inputs: T;
  readonly outputs: Readonly<Record<string, string>>;
}

/** The `Problem.path` used for an input. */
export function inputPath(name: string): string {
  return `input '${name}'`;
}

/** True for defaults the runner evaluates (`${{ github.token }}`). */
export function isExpression(text: string): boolean {
  return text.includes("${{");
}

/**
 * Reads every input of a table. An empty input is absent; a literal default fills an
 * absent input; a required input that stays absent is a problem. Every problem across
 * all inputs is collected and returned, not thrown, so callers can add cross-input checks
 * before failing once with {@link failOnProblems}.
 */
export function readInputs<T extends InputTable>(
  table: T,
  get: InputGetter,
  context: InputContext,
): { values: InputValues<T>; problems: Problem[] } {
  const values: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(table)) {
    let raw = get(name);
    if (raw !== undefined && raw.trim() === "") raw = undefined;
    if (raw === undefined && spec.default && !isExpression(spec.default)) raw = spec.default;
    if (raw === undefined && spec.required) {
      problems.push({ path: inputPath(name), message: `is required: ${lowerFirst(spec.description)}` });
      continue;
    }
    try {
      values[name] = spec.parse(raw, context);
    } catch (error) {
      if (error instanceof InputProblem) problems.push({ path: inputPath(name), message: error.message });
      else if (error instanceof ConfigurationError) problems.push(...error.problems);
      else throw error;
    }
  }
  return { values: values as InputValues<T>, problems };
}

/** Throws one {@link ConfigurationError} carrying every problem, if there is any. */
export function failOnProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new ConfigurationError(problems);
}

/**
 * The secret inputs' raw values, for masking before anything is logged. A multi-line
 * secret is also masked line by line, and the value of a `Name: value` line on its own, since the
 * runner matches masks within one line and a header value may be echoed on its own.
 */
export function secretValues(table: InputTable, get: InputGetter): string[] {
  const secrets = new Set<string>();
  for (const [name, spec] of Object.entries(table)) {
    const raw = spec.secret ? get(name)?.trim() : undefined;
    if (!raw) continue;
    secrets.add(raw);
    for (const line of raw.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed) secrets.add(trimmed);
      const colon = trimmed.indexOf(":");
      const value = colon > 0 ? trimmed.slice(colon + 1).trim() : "";
      // A fragment of a few characters would blank out every such string in the log.
      if (value.length >= MIN_FRAGMENT) secrets.add(value);
    }
  }
  return [...secrets];
}

const MIN_FRAGMENT = 4;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
