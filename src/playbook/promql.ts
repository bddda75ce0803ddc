/**
 * PromQL handling: canary and baseline matchers are put where a query says `$selector`,
 * with label values escaped as PromQL strings, so no label value can change the query.
 */
import type { LabelSet } from "./types.js";

/** The placeholder a query uses for the canary or baseline matchers. */
export const SELECTOR_PLACEHOLDER = "$selector";

/** Escapes a label value as a double-quoted PromQL string literal. */
export function promqlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else out += ch;
  }
  return `${out}"`;
}

/** Renders label equality matchers: `version="canary", track="a"`. Names are pre-validated. */
export function renderMatchers(labels: LabelSet): string {
  return Object.entries(labels)
    .map(([name, value]) => `${name}=${promqlString(value)}`)
    .join(", ");
}

/** Puts the matchers where the query says `$selector`. */
export function renderQuery(query: string, labels: LabelSet): string {
  return query.split(SELECTOR_PLACEHOLDER).join(renderMatchers(labels));
}
