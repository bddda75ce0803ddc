/**
 * PromQL handling: canary and baseline matchers are put where a query says `$selector`,
 * with label values escaped as PromQL strings, so no label value can change the query.
 * Queries are parsed with Prometheus's own grammar (`@prometheus-io/lezer-promql`) so a
 * bad one fails when the playbook is linted, not two hours into a soak.
 */
import type { LabelSet } from "./types.js";

type Grammar = typeof import("@prometheus-io/lezer-promql").parser;

let grammar: Grammar | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads Prometheus's grammar, once. It is a chunk of its own in the bundles, so a run that
 * checks no query (an action stopped by a bad input, `deploy-playbook schema`) never loads
 * it; whatever parses a playbook awaits this first (`prepare` in the action shells,
 * `readPlaybook` in the CLI).
 */
export function loadPromqlGrammar(): Promise<void> {
  return (loading ??= import("@prometheus-io/lezer-promql").then((m) => {
    grammar = m.parser;
  }));
}

function promql(): Grammar {
  // Never skip the check: a query nobody parsed could fail two hours into a soak.
  if (!grammar) throw new Error("the PromQL grammar is not loaded: await loadPromqlGrammar() before parsing a playbook");
  return grammar;
}

/** The placeholder a query uses for the canary or baseline matchers. */
export const SELECTOR_PLACEHOLDER = "$selector";

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Escapes a label value as a double-quoted PromQL string literal. */
export function promqlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    // Other control characters are legal inside a PromQL string but unreadable in logs.
    else if (ch < " " || ch === "\u007f") out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Renders label equality matchers: `version="canary", track="a"`. */
export function renderMatchers(labels: LabelSet): string {
  return Object.entries(labels)
    .map(([name, value]) => {
      // The schema admits only plain label names; this guards callers that bypass it.
      if (!LABEL_NAME.test(name)) throw new Error(`invalid label name ${JSON.stringify(name)}`);
      return `${name}=${promqlString(value)}`;
    })
    .join(", ");
}

/** Puts the matchers where the query says `$selector`. */
export function renderQuery(query: string, labels: LabelSet): string {
  return query.split(SELECTOR_PLACEHOLDER).join(renderMatchers(labels));
}

/** True when the query has a `$selector` placeholder. */
export function usesSelector(query: string): boolean {
  return query.includes(SELECTOR_PLACEHOLDER);
}

/** Why a query was rejected, and where inside the query (0-based character offset). */
export interface QueryError {
  readonly offset: number;
  readonly message: string;
}

// Same length as "$selector", so positions in the parsed text are positions in the query.
const STAND_IN = 's_="0000"';

/**
 * Parses a query as written (with `$selector` placeholders) and returns its first error,
 * or undefined when it parses. Later errors are usually echoes of the first.
 */
export function validateQuery(query: string): QueryError | undefined {
  const placeholders: number[] = [];
  for (let i = query.indexOf(SELECTOR_PLACEHOLDER); i >= 0; i = query.indexOf(SELECTOR_PLACEHOLDER, i + 1)) {
    placeholders.push(i);
  }
  const text = query.split(SELECTOR_PLACEHOLDER).join(STAND_IN);
  if (!text.trim()) return { offset: 0, message: "the query is empty" };
  const strings = placeholders.length > 0 ? stringLiterals(query) : [];
  const quoted = placeholders.find((p) => strings.some(([from, to]) => from < p && p < to));
  if (quoted !== undefined) {
    return { offset: quoted, message: "$selector stands inside a quoted string; put it in the braces as a matcher of its own, like metric{code=\"500\", $selector}" };
  }

  const matchers = new Set<string>();
  let error: QueryError | undefined;
  promql().parse(text).iterate({
    enter(node) {
      if (node.type.isError && !error) error = { offset: node.from, message: describeError(query, node.from, placeholders) };
      if (node.name === "UnquotedLabelMatcher") matchers.add(`${node.from}:${node.to}`);
    },
  });
  if (error) return error;
  const stray = placeholders.find((p) => !matchers.has(`${p}:${p + STAND_IN.length}`));
  return stray === undefined ? undefined : { offset: stray, message: STRAY };
}

/**
 * Why a query is not a plain selector of series (`metric{matchers}`), or undefined when it
 * is. The sequential check reads each series' raw counter value and takes differences
 * itself; a function or an aggregation would hide counter resets and extrapolate.
 * Call after `validateQuery` has passed.
 */
export function selectorProblem(query: string): string | undefined {
  const text = query.split(SELECTOR_PLACEHOLDER).join(STAND_IN).trim();
  const top = promql().parse(text).topNode.firstChild;
  if (top?.name === "VectorSelector" && top.from === 0 && top.to === text.length) return undefined;
  const what = top?.name === "MatrixSelector" ? "a range selector" : top?.name === "OffsetExpr" ? "an offset" : top?.name === "AggregateExpr" ? "an aggregation" : top?.name === "FunctionCall" ? "a function" : "an expression";
  return `expected a counter selector like http_requests_total{code=~"5..", $selector}, found ${what}; the gate reads each series' raw count and takes the differences itself, so rate, increase, sum and offsets are not used`;
}

const STRAY = `$selector must stand inside braces as a matcher, like metric{$selector} or metric{code="5..", $selector}`;

/** The [from, to) spans of the string literals of a query (blanking placeholders keeps the rest intact). */
function stringLiterals(query: string): [number, number][] {
  const blanked = query.split(SELECTOR_PLACEHOLDER).join(" ".repeat(SELECTOR_PLACEHOLDER.length));
  const spans: [number, number][] = [];
  promql().parse(blanked).iterate({
    enter(node) {
      if (node.name === "StringLiteral") spans.push([node.from, node.to]);
    },
  });
  return spans;
}

/** Names the text at an error; `query` is the text as written, so $selector shows as itself. */
function describeError(query: string, from: number, placeholders: readonly number[]): string {
  if (from >= query.trimEnd().length) return "the query ends too early (an unclosed bracket or a missing operand?)";
  if (placeholders.some((p) => p <= from && from < p + SELECTOR_PLACEHOLDER.length)) return STRAY;
  const token = /^(\$selector|\w+|\S)/.exec(query.slice(from))?.[0] ?? "";
  const shown = token.length > 30 ? `${token.slice(0, 27)}...` : token;
  return `unexpected ${JSON.stringify(shown)}`;
}

/** `ALERTS{alertstate="firing", severity="critical"}`: the firing alerts carrying these labels, values escaped. */
export function alertsQuery(match: LabelSet): string {
  const matchers = renderMatchers(match);
  return `ALERTS{alertstate="firing"${matchers ? `, ${matchers}` : ""}}`;
}
