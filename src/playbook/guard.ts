/**
 * What the loader checks before, and beside, the schema so that hostile or odd input costs
 * little and reads as a user mistake: a file too large or not text at all, aliases that
 * expand without bound, keys written twice, more checks, stages or query text than any
 * playbook needs.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type LineCounter, type Node } from "yaml";
import { clip, describeName, describeValue, type Problem } from "../errors.js";
import { formatPath, type DocPath, type Finding } from "./finding.js";
import { MAX_FILE_BYTES, sizeProblem } from "./read.js";

/** Bounds on a playbook. Every real playbook is far inside them; they keep lint cheap. */
export interface PlaybookLimits {
  /** Size of the file in bytes (UTF-8). */
  readonly fileBytes: number;
  readonly checks: number;
  readonly stages: number;
  /** Characters of one PromQL query. */
  readonly queryLength: number;
}

/** The limits in force: 1 MB, 500 checks, 50 stages, 8,000 characters a query. */
export const LIMITS: PlaybookLimits = { fileBytes: MAX_FILE_BYTES, checks: 500, stages: 50, queryLength: 8_000 };

/**
 * Alias expansions allowed while building the document (the yaml package's own guard
 * against "billion laughs" documents). A playbook reusing a few anchors stays far below.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * Problems with the text itself, found before it is parsed: too large, or binary (a NUL
 * byte, or bytes that are not UTF-8). Any of them stops the load.
 */
export function textProblems(text: string, file: string, limits: PlaybookLimits): Problem[] {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits.fileBytes) return [sizeProblem(bytes, file, limits.fileBytes)];
  const binary = text.search(/[\u0000\uFFFD]/);
  if (binary >= 0) {
    const { line, column } = position(text, binary);
    const what = text[binary] === "\u0000" ? "a NUL byte" : "bytes that are not UTF-8";
    return [{ file, line, column, path: "", message: `the file holds ${what}, so it is not a text file; expected a YAML playbook` }];
  }
  return [];
}

/**
 * Keys written twice in one mapping, each pointed at its second place. Found in one pass
 * with a set per mapping: the yaml package's own check compares every key with every
 * earlier one, which is quadratic in the size of a mapping.
 */
export function duplicateKeyProblems(doc: Document, lines: LineCounter, file: string): Problem[] {
  const out: Problem[] = [];
  visit(doc, {
    Map(_, map, ancestors) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const at = pair.key.range?.[0] ?? 0;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, at);
          continue;
        }
        const pos = lines.linePos(at);
        out.push({
          file,
          line: pos.line,
          column: pos.col,
          path: formatPath([...pathOf([...ancestors, map]), key]),
          message: `duplicate key ${describeName(key)} (first at line ${lines.linePos(first).line}); each key may appear once in a mapping`,
        });
      }
    },
  });
  return out;
}

/**
 * YAML warnings as problems: the document reads, but not as the user meant. An unknown tag
 * (`!Ref`, `!!js/function`, YAML 1.1's `!!binary` and `!!set`) is pointed at the tag, with
 * the path of the value it tags; anything else (an unknown directive) keeps yaml's words.
 */
export function warningProblems(doc: Document, lines: LineCounter, text: string, file: string): Problem[] {
  if (doc.warnings.length === 0) return [];
  // Each tagged node starts just after its tag.
  const tagged: { readonly at: number; readonly path: DocPath }[] = [];
  visit(doc, {
    Node(_, node, ancestors) {
      if (node.tag && node.range) tagged.push({ at: node.range[0], path: pathOf([...ancestors, node]) });
    },
  });
  tagged.sort((a, b) => a.at - b.at);
  return doc.warnings.map((warning): Problem => {
    const [start, end] = warning.pos;
    const pos = lines.linePos(start);
    const tag = /^![^\s]*/.exec(text.slice(start, start + 200))?.[0];
    if (warning.code !== "TAG_RESOLVE_FAILED" || !tag) return { file, line: pos.line, column: pos.col, path: "", message: `YAML: ${clip(warning.message, 200)}` };
    const owner = tagged[firstAtOrAfter(tagged, end)];
    return {
      file,
      line: pos.line,
      column: pos.col,
      path: owner ? formatPath(owner.path) : "",
      message: `the tag ${describeValue(tag)} is not one a playbook uses; expected a plain value (remove the tag)`,
    };
  });
}

/** Index of the first of `sorted` (ascending by `at`) at or after `offset`; binary search, so a file of many tags stays linear. */
function firstAtOrAfter(sorted: readonly { readonly at: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The document path of a node from its ancestors as `visit` gives them. */
function pathOf(ancestors: readonly unknown[]): DocPath {
  const path: (string | number)[] = [];
  ancestors.forEach((node, i) => {
    const next = ancestors[i + 1];
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
    else if (isSeq(node) && next !== undefined) path.push(node.items.indexOf(next as never));
  });
  return path;
}

/**
 * The problem for a document whose aliases expand past {@link MAX_ALIAS_COUNT}: pointed at
 * the first alias of an anchor that itself holds aliases (the nesting that multiplies),
 * or else at the first alias.
 */
export function aliasProblem(doc: Document, lines: LineCounter, file: string): Problem {
  const anchors = new Map<string, Node>();
  let first: Node | undefined;
  let nested: Node | undefined;
  visit(doc, (_, node) => {
    if (nested) return visit.BREAK;
    const n = node as Node;
    if (isAlias(n)) {
      first ??= n;
      const source = anchors.get(n.source);
      if (source && holdsAlias(source)) nested = n;
    } else if ((isMap(n) || isSeq(n) || isScalar(n)) && n.anchor) {
      anchors.set(n.anchor, n);
    }
    return undefined;
  });
  const alias = nested ?? first;
  const at = alias?.range?.[0] ?? 0;
  const pos = lines.linePos(at);
  const name = alias && isAlias(alias) ? ` *${alias.source}` : "";
  return {
    file,
    line: pos.line,
    column: pos.col,
    path: "",
    message: `YAML alias${name} expands to more than ${MAX_ALIAS_COUNT} copies (aliases of anchors that hold aliases multiply); expected a playbook that writes its values out or reuses an anchor a few times`,
  };
}

/** Too many checks or stages, found on the raw document so they come with every other problem. */
export function countFindings(raw: unknown, limits: PlaybookLimits): Finding[] {
  if (!isMapping(raw)) return [];
  const out: Finding[] = [];
  const checks = raw["checks"];
  if (isMapping(checks)) {
    const n = Object.keys(checks).length;
    if (n > limits.checks) out.push({ path: ["checks"], message: `${n} checks; expected at most ${limits.checks}` });
  }
  const stages = raw["stages"];
  if (Array.isArray(stages) && stages.length > limits.stages) {
    out.push({ path: ["stages"], message: `${stages.length} stages; expected at most ${limits.stages}` });
  }
  return out;
}

function holdsAlias(node: Node): boolean {
  let found = false;
  visit(node as never, (_, n) => {
    if (isAlias(n)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
