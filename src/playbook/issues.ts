/**
 * Turns zod's issues into findings a person can act on: what was found, what was
 * expected, and for unknown keys the keys that are allowed. zod's own wording ("Invalid
 * input: expected string, received undefined") is replaced where it is poor.
 */
import type { z } from "zod";
import { describeName, describeValue } from "../errors.js";
import { forms } from "./fields.js";
import type { DocPath, Finding } from "./finding.js";

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping",
  record: "a mapping",
  array: "a list",
};

// zod's default English messages; anything else was written for this schema and is kept.
const GENERIC = /^(Invalid|Too (small|big)|Unrecognized)/;

/** Translates every issue of a failed parse of `data` against `schema`. */
export function issueFindings(issues: readonly Issue[], data: unknown, schema: Schema): Finding[] {
  return issues.flatMap((issue) => translate(issue, [], data, schema));
}

function translate(issue: Issue, base: DocPath, data: unknown, schema: Schema): Finding[] {
  const path: DocPath = [...base, ...issue.path.map((s) => (typeof s === "number" ? s : String(s)))];
  const { present, value } = lookup(data, path);
  const last = path.at(-1);
  const hint = expectedAt(schema, path, data);
  const found = `found ${describeValue(value)}`;

  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = keysAt(schema, path, data);
      return issue.keys.map((key) => ({
        path: [...path, key],
        at: "key" as const,
        message: `unknown key ${describeName(key)}${allowed ? `; expected one of: ${allowed.join(", ")}` : ""}${suggest(key, allowed)}`,
      }));
    }
    case "invalid_key": {
      const why = issue.issues.map((i) => i.message).find((m) => !GENERIC.test(m));
      return [{ path, at: "key", message: why ?? `unexpected key ${describeName(String(last))}` }];
    }
    case "invalid_union":
      return translateUnion(issue, path, value, data, schema);
    case "invalid_type":
    case "invalid_value":
      if (!present && path.length > 0) {
        return [{ path, at: "parent", message: `missing required key '${String(last)}'${hint ? ` (${hint})` : ""}` }];
      }
      if (issue.code === "invalid_value") {
        const values = issue.values.map((v) => String(v));
        if (GENERIC.test(issue.message)) return [{ path, message: `expected ${values.length > 1 ? "one of " : ""}${values.join(", ")}, ${found}` }];
      } else if (GENERIC.test(issue.message)) {
        const expected = path.length === 0 ? "a mapping (the playbook)" : (hint ?? TYPE_NAMES[issue.expected] ?? issue.expected);
        return [{ path, message: `expected ${expected}, ${found}` }];
      }
      break;
    case "too_small":
      if (GENERIC.test(issue.message)) {
        const expected =
          issue.origin === "array"
            ? `at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}`
            : issue.origin === "string"
              ? "a non-empty string"
              : (hint ?? `a number of at least ${issue.minimum}`);
        return [{ path, message: `expected ${expected}, ${found}` }];
      }
      break;
    case "too_big":
      if (GENERIC.test(issue.message)) {
        const expected = issue.origin === "number" ? (hint ?? `a number of at most ${issue.maximum}`) : `at most ${issue.maximum} items`;
        return [{ path, message: `expected ${expected}, ${found}` }];
      }
      break;
  }
  const message = GENERIC.test(issue.message) ? `${issue.message}, ${found}` : issue.message;
  return [{ path, message: !present || message.includes("found") ? message : `${message}, ${found}` }];
}

/**
 * A union of mappings (the check kinds) is told apart by the required key present, so the
 * user sees the complaints of the kind they meant. Unions of scalars list the types.
 */
function translateUnion(issue: z.core.$ZodIssueInvalidUnion, path: DocPath, value: unknown, data: unknown, schema: Schema): Finding[] {
  const at = schemaAt(schema, path, data);
  const union = at && unwrap(at);
  const options = union && def(union).type === "union" ? (def(union).options as Schema[]).map(unwrap) : [];
  const mappings = options.filter((o) => def(o).type === "object");
  if (mappings.length > 0 && mappings.length === options.length) {
    // Each kind is named by its first required key that no other kind has.
    const names = mappings.map((m, i) => requiredKeys(m).find((k) => mappings.every((o, j) => j === i || !(k in shape(o)))) ?? "");
    const listed = orList(names.filter(Boolean));
    if (!isMapping(value)) return [{ path, message: `expected a mapping with one of ${listed}, found ${describeValue(value)}` }];
    const present = names.filter((n) => n && n in value);
    if (present.length > 1) {
      return [{ path, message: `expected exactly one of ${listed}, found ${present.join(" and ")}` }];
    }
    if (present.length === 0) {
      const keys = Object.keys(value);
      return [{ path, message: `expected one of ${listed}${keys.length ? `, found ${keys.slice(0, 10).map((k) => describeName(k).replace(/^'(.*)'$/, "$1")).join(", ")}${keys.length > 10 ? ` and ${keys.length - 10} more` : ""}` : ""}` }];
    }
    const chosen = names.indexOf(present[0]!);
    return (issue.errors[chosen] ?? []).flatMap((sub) => translate(sub, path, data, schema));
  }
  const expected = [...new Set(issue.errors.flat().filter((e) => e.code === "invalid_type").map((e) => (e.code === "invalid_type" ? TYPE_NAMES[e.expected] ?? e.expected : "")))];
  if (expected.length === 0) return issue.errors.flat().flatMap((sub) => translate(sub, path, data, schema));
  return [{ path, message: `expected ${orList(expected)}, found ${describeValue(value)}` }];
}

function lookup(data: unknown, path: DocPath): { present: boolean; value: unknown } {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object" || !(segment in value)) return { present: false, value: undefined };
    value = (value as Record<string | number, unknown>)[segment];
  }
  return { present: true, value };
}

function def(s: Schema): Record<string, any> {
  return s._zod.def as unknown as Record<string, any>;
}

/** Looks through wrappers (optional, transforms, pipes) to the schema that checks the input. */
function unwrap(s: Schema): Schema {
  for (;;) {
    const d = def(s);
    if (d.type === "pipe") s = d.in;
    else if (["optional", "nullable", "default", "readonly", "prefault", "catch", "nonoptional"].includes(d.type)) s = d.innerType;
    else return s;
  }
}

function shape(s: Schema): Record<string, Schema> {
  return (def(s).shape ?? {}) as Record<string, Schema>;
}

function requiredKeys(s: Schema): string[] {
  return Object.entries(shape(s))
    .filter(([, v]) => v._zod.optin !== "optional")
    .map(([k]) => k);
}

/**
 * The schema declared for the value at `path`, wrappers and all; unions pick the option
 * whose keys the value has.
 */
function schemaAt(schema: Schema, path: DocPath, data: unknown): Schema | undefined {
  let s: Schema | undefined = schema;
  let value = data;
  for (const segment of path) {
    if (!s) return undefined;
    s = pickOption(unwrap(s), value);
    const d = def(s);
    if (d.type === "object") s = shape(s)[String(segment)];
    else if (d.type === "record") s = d.valueType;
    else if (d.type === "array") s = d.element;
    else return undefined;
    value = isMapping(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return s;
}

/** What the field at `path` expects, in words, from the `forms` registry of any layer. */
function expectedAt(schema: Schema, path: DocPath, data: unknown): string | undefined {
  for (let s = schemaAt(schema, path, data); s; ) {
    const form = forms.get(s as z.ZodType)?.expected;
    if (form) return form;
    const d = def(s);
    s = d.type === "pipe" ? d.in : d.innerType;
  }
  return undefined;
}

function pickOption(s: Schema, value: unknown): Schema {
  const d = def(s);
  if (d.type !== "union" || !isMapping(value)) return s;
  const options = (d.options as Schema[]).map(unwrap);
  return options.find((o) => requiredKeys(o).some((k) => k in value)) ?? s;
}

function keysAt(schema: Schema, path: DocPath, data: unknown): string[] | undefined {
  const s = schemaAt(schema, path, data);
  if (!s) return undefined;
  const picked = pickOption(unwrap(s), lookup(data, path).value);
  return def(picked).type === "object" ? Object.keys(shape(picked)) : undefined;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/** "did you mean" for a key one or two edits away from an allowed one. */
function suggest(key: string, allowed: readonly string[] | undefined): string {
  const best = allowed?.map((a) => [a, distance(key.toLowerCase(), a)] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 2 ? ` (did you mean '${best[0]}'?)` : "";
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}
