/**
 * Points a document path at its place in the YAML text, so every problem carries the line
 * and column a user can jump to.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import type { DocPath, Finding } from "./finding.js";

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Finds the line and column of a finding; falls back to the nearest node that exists. */
export type Locator = (finding: Pick<Finding, "path" | "at" | "offset">) => Position;

/** Builds a {@link Locator} over a parsed document and the text it came from. */
export function sourceMap(doc: Document, lines: LineCounter, text: string): Locator {
  const position = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };

  // Pairs of each mapping by key, built on first use: a lookup per finding stays constant
  // time however many keys a mapping has.
  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let byKey = index.get(map);
    if (!byKey) {
      byKey = new Map();
      for (const p of map.items) {
        const k = isPair(p) ? keyText(p.key) : undefined;
        if (k !== undefined && !byKey.has(k)) byKey.set(k, p);
      }
      index.set(map, byKey);
    }
    return byKey.get(key);
  };

  return ({ path, at = "value", offset }) => {
    const target = at === "parent" ? path.slice(0, -1) : path;
    const found = walk(doc.contents, target, pairOf);
    const node = at === "key" && found.depth === target.length ? found.key : found.node;
    const start = node?.range?.[0] ?? 0;
    if (offset !== undefined && found.depth === target.length && isScalar(node) && node.range) {
      const inner = innerOffset(node, text, offset);
      if (inner !== undefined) return position(start + inner);
    }
    return position(start);
  };
}

/**
 * A {@link Locator} over playbook text that has already loaded, for checks that run after
 * the loader (the scripts a command target names must exist in the repository).
 */
export function textLocator(text: string): Locator {
  const lines = new LineCounter();
  return sourceMap(parseDocument(text, { lineCounter: lines }), lines, text);
}

interface Walked {
  node: Node | null | undefined;
  key: Node | undefined;
  /** How many segments of the path were found. */
  depth: number;
}

function walk(root: Node | null | undefined, path: DocPath, pairOf: (map: YAMLMap, key: string) => Pair | undefined): Walked {
  let node = root;
  let key: Node | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = pairOf(node as YAMLMap, String(segment));
      if (!pair) break;
      key = pair.key as Node;
      // A key with no value (`soak:`) has no node: point at the key.
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
      key = undefined;
      node = node.items[segment] as Node;
    } else break;
    depth++;
  }
  return { node, key, depth };
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/**
 * Where character `offset` of a string value sits in the source. Exact for one-line plain
 * scalars and for quoted ones without escapes; other forms (block scalars, escapes) point
 * at the start of the value.
 */
function innerOffset(node: Scalar, text: string, offset: number): number | undefined {
  const [start, end] = node.range!;
  const raw = text.slice(start, end);
  const value = String(node.value);
  if (raw.includes("\n")) return undefined;
  if (node.type === Scalar.PLAIN && raw === value) return offset;
  if ((node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) && raw.slice(1, -1) === value) {
    return offset + 1;
  }
  return undefined;
}
