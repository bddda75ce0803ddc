/**
 * Property-based fuzzing of the playbook loader, shared by `npm test` (a fixed seed and a
 * bounded count) and `npm run fuzz` (a fresh seed and a longer run).
 *
 * Inputs: random YAML documents, random text, and the example playbooks mutated (keys
 * renamed, values and units swapped, indentation shifted, lines dropped or doubled, text
 * truncated). The property: the loader returns a playbook or throws a ConfigurationError;
 * every problem has a line and a column, and a path unless the YAML text itself cannot be
 * read; no problem is reported twice.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { ConfigurationError, formatProblem } from "../src/errors.js";
import { parsePlaybook } from "../src/playbook/load.js";

const ROOT = resolve(import.meta.dirname, "..");

/** The example playbooks, as text: examples/*.yml and examples/demo/*.yml. */
export function examplePlaybooks(): string[] {
  const dirs = [join(ROOT, "examples"), join(ROOT, "examples", "demo")];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".yml"))
      .map((f) => readFileSync(join(dir, f), "utf8")),
  );
}

// Problems about the text as a whole: there is no document path to name.
const TEXT_LEVEL = /^(YAML: |YAML alias |the file |expected a mapping \(the playbook\))/;

/**
 * Checks the property on one input; returns why it does not hold, or undefined. An
 * exception other than ConfigurationError is returned as a failure, never rethrown.
 */
export function violation(text: string): string | undefined {
  try {
    parsePlaybook(text, "fuzz.yml");
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigurationError)) {
      return `escaped ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    }
    const seen = new Set<string>();
    for (const p of error.problems) {
      const line = formatProblem(p);
      if (!(p.line! >= 1 && p.column! >= 1)) return `no line and column: ${line}`;
      if (!p.path && !TEXT_LEVEL.test(p.message)) return `no path: ${line}`;
      if (/\n/.test(p.message)) return `a message over several lines: ${line}`;
      if (seen.has(line)) return `reported twice: ${line}`;
      seen.add(line);
    }
    return undefined;
  }
}

const KEYS = ["version", "service", "checks", "stages", "query", "fail", "warn", "soak", "interval", "weight", "baseline", "spread", "alerts", "http", "selectors", "canary", "name", "<<", "$schema", "ø", ""];
const VALUES = ["", "x", "-1", "0", "110", "1e309", ".nan", "~", "null", "true", "> 5%", "< 500ms", "5%", "20MB", "2h", "1h30m", "0x10", "'", '"', "[", "{", "}", "*a", "&a x", "!!binary AA==", "!tag x", "|", ">", "$selector", "up{$selector}", "{a: 1}", "[1, 2]", "\t", "\u202e", "😀"];
const UNITS = ["%", "ms", "s", "m", "h", "d", "w", "MB", "MiB", "KB", "B", "x", ""];

/** One edit of a playbook's text, applied by {@link mutate}. */
type Mutation =
  | { readonly kind: "key"; readonly at: number; readonly to: string }
  | { readonly kind: "value"; readonly at: number; readonly to: string }
  | { readonly kind: "unit"; readonly at: number; readonly to: string }
  | { readonly kind: "indent"; readonly at: number; readonly by: number }
  | { readonly kind: "drop"; readonly at: number }
  | { readonly kind: "double"; readonly at: number }
  | { readonly kind: "truncate"; readonly at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("key" as const), at: fc.nat(), to: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant("value" as const), at: fc.nat(), to: fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant("unit" as const), at: fc.nat(), to: fc.constantFrom(...UNITS) }),
  fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("double" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

/** Applies one mutation; positions wrap around the text's lines or characters. */
export function mutate(text: string, m: Mutation): string {
  if (m.kind === "truncate") return text.slice(0, m.at % (text.length + 1));
  const lines = text.split("\n");
  const i = m.at % lines.length;
  const line = lines[i]!;
  switch (m.kind) {
    case "key":
      lines[i] = line.replace(/^(\s*(?:- )?)([^\s:#][^:#]*?)(?=:)/, (_, lead: string) => `${lead}${m.to}`);
      break;
    case "value":
      lines[i] = line.replace(/(:\s+|- )(\S.*)$/, (_, sep: string) => `${sep}${m.to}`);
      break;
    case "unit":
      lines[i] = line.replace(/(\d)(%|ms|s|m|h|d|w|[KMGT]i?B|B)(?![A-Za-z])/, (_, digit: string) => `${digit}${m.to}`);
      break;
    case "indent":
      lines[i] = m.by >= 0 ? `${" ".repeat(m.by)}${line}` : line.replace(new RegExp(`^ {0,${-m.by}}`), "");
      break;
    case "drop":
      lines.splice(i, 1);
      break;
    case "double":
      lines.splice(i, 0, line);
      break;
  }
  return lines.join("\n");
}

/** Inputs to try: mutated examples, random YAML documents, random text. */
export function fuzzInputs(examples: readonly string[]): fc.Arbitrary<string> {
  const mutated = fc
    .record({ base: fc.constantFrom(...examples), edits: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
    .map(({ base, edits }) => edits.reduce(mutate, base));
  const yamlOfValues = fc.anything({ maxDepth: 4, withNullPrototype: false }).map((v) => {
    try {
      // stringify gives undefined for a value YAML cannot hold (a function, undefined).
      return stringify(v) ?? "";
    } catch {
      return String(v);
    }
  });
  const playbookShaped = fc
    .dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...VALUES), fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), { maxKeys: 4 })), { maxKeys: 8 })
    .map((v) => stringify(v));
  return fc.oneof({ arbitrary: mutated, weight: 6 }, { arbitrary: playbookShaped, weight: 2 }, { arbitrary: yamlOfValues, weight: 1 }, { arbitrary: fc.string({ maxLength: 200 }), weight: 1 });
}

/** Inputs that once escaped as bugs, tried first on every run. */
export const KNOWN_CASES: readonly string[] = [
  // An alias bomb: each level multiplies the one before.
  ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`)].join("\n"),
  "[".repeat(5000),
];

/** Runs the property `runs` times from `seed`, after {@link KNOWN_CASES}; returns fast-check's report. */
export function fuzzLoader(runs: number, seed: number): fc.RunDetails<[string]> {
  return fc.check(
    fc.property(fuzzInputs(examplePlaybooks()), (text) => {
      const why = violation(text);
      if (why) throw new Error(why);
    }),
    { numRuns: runs, seed, examples: KNOWN_CASES.map((c) => [c] as [string]) },
  );
}
