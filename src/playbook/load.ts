/**
 * The one place a playbook file is read. YAML syntax, the schema, PromQL and the checks
 * across sections all run before anything else happens, and every problem found is
 * reported at once, each with its file, line, column and path.
 */
import { LineCounter, parseDocument } from "yaml";
import { clip, ConfigurationError, formatProblem, type Problem } from "../errors.js";
import type { Files } from "../files.js";
import { formatPath, type Finding } from "./finding.js";
import { aliasProblem, countFindings, duplicateKeyProblems, LIMITS, MAX_ALIAS_COUNT, textProblems, type PlaybookLimits, warningProblems } from "./guard.js";
import { issueFindings } from "./issues.js";
import { loadPromqlGrammar } from "./promql.js";
import { readPlaybookText } from "./read.js";
import { playbookSchema, toPlaybook } from "./schema.js";
import { partialFindings, queryFindings, referenceFindings, semanticFindings } from "./semantics.js";
import { sourceMap } from "./source-map.js";
import type { Playbook } from "./types.js";

/** Default location of the playbook in a repository. */
export const DEFAULT_PLAYBOOK = ".github/deploy-playbook.yml";

/**
 * Parses playbook text, once the PromQL grammar is loaded (await {@link loadPromqlGrammar}
 * first; a parse without it is a bug and throws). `file` names it in problems. Throws a
 * {@link ConfigurationError} listing every problem, sorted by position. Only two things
 * stop the checks early: text
 * that cannot be read as YAML (too large, binary, a syntax error, an alias bomb), and
 * the checks across a part's fields (warn against fail, interval against soak) on a part
 * that is itself invalid.
 */
export function parsePlaybook(text: string, file: string, limits: PlaybookLimits = LIMITS): Playbook {
  const unreadable = textProblems(text, file, limits);
  if (unreadable.length > 0) throw new ConfigurationError(unreadable);
  const lines = new LineCounter();
  // Duplicate keys are found by duplicateKeyProblems, in linear time, and reported with the rest.
  // A playbook is plain data: YAML 1.1's !!binary, !!set and the like are refused as
  // unknown tags (below), never turned into bytes or sets the schema would misdescribe.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, resolveKnownTags: false });
  if (doc.errors.length > 0) {
    throw new ConfigurationError(
      // One syntax error sets off a cascade (an unquoted `{` in a flow mapping yields dozens
      // of "unexpected token" errors down the file), so only the first is worth reading.
      doc.errors.slice(0, 1).map((e): Problem => {
        const pos = lines.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, path: "", message: `YAML: ${yamlMessage(clip(e.message, 200), text, pos.line, e.code)}` };
      }),
    );
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml package's guard against alias bombs throws; anything else is our bug.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) throw new ConfigurationError([aliasProblem(doc, lines, file)]);
    throw error;
  }
  const locate = sourceMap(doc, lines, text);
  const problem = (f: Finding): Problem => ({ file, ...locate(f), path: formatPath(f.path), message: f.message });
  const duplicates = [...duplicateKeyProblems(doc, lines, file), ...warningProblems(doc, lines, text, file)];

  if (data === null || data === undefined) {
    throw new ConfigurationError([{ file, line: 1, column: 1, path: "", message: "the file is empty; expected a playbook starting with version: 1" }]);
  }
  const parsed = playbookSchema.safeParse(data);
  const findings = [...countFindings(data, limits), ...queryFindings(data, limits.queryLength), ...referenceFindings(data)];
  if (!parsed.success) {
    // Every part that is valid on its own still gets the checks across its fields.
    findings.push(...issueFindings(parsed.error.issues, data, playbookSchema), ...partialFindings(data));
    throw located([...duplicates, ...findings.map(problem)]);
  }
  const playbook = toPlaybook(parsed.data);
  findings.push(...semanticFindings(playbook));
  if (findings.length > 0 || duplicates.length > 0) throw located([...duplicates, ...findings.map(problem)]);
  return playbook;
}

export { loadPromqlGrammar };
export { textLocator } from "./source-map.js";

/**
 * Reads and parses a playbook file; `path` is where to read it, `file` how problems name
 * it (the path as the user gave it). A missing, unreadable or oversized file is a
 * {@link ConfigurationError}. Loads the PromQL grammar first.
 */
export async function loadPlaybook(path: string, files: Files, file = path): Promise<Playbook> {
  return (await loadPlaybookSource(path, files, file)).playbook;
}

/** As {@link loadPlaybook}, with the text as read, for whoever must point at its lines later. */
export async function loadPlaybookSource(path: string, files: Files, file = path): Promise<{ readonly playbook: Playbook; readonly text: string }> {
  const text = await readPlaybookText(path, files, file);
  await loadPromqlGrammar();
  return { playbook: parsePlaybook(text, file), text };
}

/** At most this many problems are listed; a file with more was not written as a playbook. */
export const MAX_PROBLEMS = 200;

/**
 * Sorted by position, each problem once (two checks may reach the same conclusion), the
 * first {@link MAX_PROBLEMS} of them and then one line that counts the rest.
 */
function located(problems: Problem[]): ConfigurationError {
  const order = (p: Problem) => (p.line ?? 0) * 1e5 + (p.column ?? 0);
  const unique = [...new Map(problems.map((p) => [formatProblem(p), p])).values()].sort((a, b) => order(a) - order(b));
  if (unique.length <= MAX_PROBLEMS) return new ConfigurationError(unique);
  const next = unique[MAX_PROBLEMS]!;
  const rest = unique.length - MAX_PROBLEMS;
  return new ConfigurationError([
    ...unique.slice(0, MAX_PROBLEMS),
    { file: next.file, line: next.line, column: next.column, path: "", message: `${rest} more problems from here on are not listed; fix the ones above first`, unlisted: rest },
  ]);
}

function yamlMessage(message: string, text: string, line: number, code?: string): string {
  if (code === "MULTIPLE_DOCS") return "the file holds a second YAML document (after ---); expected one playbook per file";
  // The yaml package reports its own stack overflow on absurd nesting as an error.
  if (/Maximum call stack/.test(message)) return "the document nests too deeply to be read; expected a playbook a few levels deep";
  const source = text.split(/\r?\n/)[line - 1] ?? "";
  // `fail: > 5%` reads as a folded block scalar in YAML; the fix is quoting.
  if (/:\s*[>|][^\n]*\S/.test(source) && /:\s*[>|]\s*[<>=]?\s*[\d.]/.test(source)) {
    return `${message}; a limit starting with > or < must be quoted, like fail: "> 5%"`;
  }
  // PromQL braces and brackets end a { } mapping early unless the value is quoted.
  if (/\{[^}]*:[^'"]*[{[]/.test(source) && /flow|Unexpected/.test(message)) {
    return `${message}; inside a { } mapping, a value containing { } [ ] or , must be quoted, like query: 'rate(x_total{$selector}[5m])'`;
  }
  return message;
}
