/**
 * The one place a playbook file is read. YAML syntax, the schema, PromQL and the checks
 * across sections all run before anything else happens, and every problem found is
 * reported at once, each with its file, line, column and path.
 */
import { LineCounter, parseDocument } from "yaml";
import { ConfigurationError, type Problem } from "../errors.js";
import { type Files, readFailure } from "../files.js";
import { formatPath, type Finding } from "./finding.js";
import { issueFindings } from "./issues.js";
import { playbookSchema, toPlaybook } from "./schema.js";
import { queryFindings, referenceFindings, semanticFindings } from "./semantics.js";
import { sourceMap } from "./source-map.js";
import type { Playbook } from "./types.js";

/** Default location of the playbook in a repository. */
export const DEFAULT_PLAYBOOK = ".github/deploy-playbook.yml";

/**
 * Parses playbook text. `file` names it in problems. Throws a {@link ConfigurationError}
 * listing every problem, sorted by position.
 */
export function parsePlaybook(text: string, file: string): Playbook {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigurationError(
      firstSyntaxError(doc.errors).map((e): Problem => {
        const pos = lines.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, path: "", message: `YAML: ${yamlMessage(e.code, e.message, text, pos.line, /^("[^"]*"|'[^']*'|[^:\s]+)/.exec(text.slice(e.pos[0]))?.[0] ?? "")}` };
      }),
    );
  }

  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const locate = sourceMap(doc, lines, text);
  const problem = (f: Finding): Problem => ({ file, ...locate(f), path: formatPath(f.path), message: f.message });

  if (data === null || data === undefined) {
    throw new ConfigurationError([{ file, line: 1, column: 1, path: "", message: "the file is empty; expected a playbook starting with version: 1" }]);
  }
  const parsed = playbookSchema.safeParse(data);
  const findings = [...queryFindings(data), ...referenceFindings(data)];
  if (!parsed.success) {
    throw located([...issueFindings(parsed.error.issues, data, playbookSchema), ...findings].map(problem));
  }
  const playbook = toPlaybook(parsed.data);
  findings.push(...semanticFindings(playbook));
  if (findings.length > 0) throw located(findings.map(problem));
  return playbook;
}

/**
 * Reads and parses a playbook file; `path` is where to read it, `file` how problems name
 * it (the path as the user gave it). A missing or unreadable file is a {@link ConfigurationError}.
 */
export async function loadPlaybook(path: string, files: Files, file = path): Promise<Playbook> {
  let text: string;
  try {
    text = await files.readText(path);
  } catch (error) {
    throw new ConfigurationError([{ file, path: "", message: readFailure(error, "a playbook (the default is .github/deploy-playbook.yml)") }]);
  }
  return parsePlaybook(text, file);
}

function located(problems: Problem[]): ConfigurationError {
  const order = (p: Problem) => (p.line ?? 0) * 1e5 + (p.column ?? 0);
  return new ConfigurationError([...problems].sort((a, b) => order(a) - order(b)));
}

/**
 * One syntax error sets off a cascade (an unquoted `{` in a flow mapping yields dozens of
 * "unexpected token" errors down the file), so only the first is worth reading; duplicate
 * keys do not cascade and are all reported.
 */
function firstSyntaxError<E extends { code: string }>(errors: readonly E[]): E[] {
  const syntax = errors.find((e) => e.code !== "DUPLICATE_KEY");
  return errors.filter((e) => e.code === "DUPLICATE_KEY" || e === syntax);
}

function yamlMessage(code: string, message: string, text: string, line: number, token: string): string {
  const source = text.split(/\r?\n/)[line - 1] ?? "";
  // `fail: > 5%` reads as a folded block scalar in YAML; the fix is quoting.
  if (/:\s*[>|][^\n]*\S/.test(source) && /:\s*[>|]\s*[<>=]?\s*[\d.]/.test(source)) {
    return `${message}; a limit starting with > or < must be quoted, like fail: "> 5%"`;
  }
  // PromQL braces and brackets end a { } mapping early unless the value is quoted.
  if (/\{[^}]*:[^'"]*[{[]/.test(source) && /flow|Unexpected/.test(message)) {
    return `${message}; inside a { } mapping, a value containing { } [ ] or , must be quoted, like query: 'rate(x_total{$selector}[5m])'`;
  }
  if (code === "DUPLICATE_KEY") return `duplicate key '${token}'; each key may appear once in a mapping`;
  return message;
}
