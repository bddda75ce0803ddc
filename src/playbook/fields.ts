/**
 * Field schemas shared by the playbook schema: quantities, limits, names, label sets.
 * Each validates the text as written (so the JSON Schema shows editors the pattern) and
 * turns it into base units once.
 */
import { z } from "zod";
import { describeValue } from "../errors.js";
import {
  LIMIT_FORMS,
  parseLimit,
  parseQuantity,
  type Dimension,
  type Limit,
  type Quantity,
} from "./quantity.js";

/**
 * What a field expects, in words, for error messages ("missing required key 'soak' (a
 * duration like 5m)"). A registry of its own keeps these out of the JSON Schema.
 */
export const forms = z.registry<{ expected: string }>();

const DURATION_PATTERN = "^(\\d+(\\.\\d+)?(ms|s|m|h|d|w))+$";

/** A duration such as `5m`, `2h`, `1h30m`, `500ms`, parsed into seconds. */
export const duration = (description: string) =>
  z
    .string()
    .regex(new RegExp(DURATION_PATTERN), {
      error: (iss) =>
        `expected a duration like 30s, 5m, 2h or 1h30m (units ms, s, m, h, d, w), found ${describeValue(iss.input)}`,
    })
    .transform((text) => parseQuantity(text)!.value)
    .meta({ description, examples: ["5m", "2h"] })
    .register(forms, { expected: "a duration like 30s, 5m, 2h or 1h30m" });

/** A quantity of the given dimensions (`5%`, `1s`, `20MB`, `1000`). */
export const quantity = (description: string, dimensions?: readonly Dimension[]) =>
  z
    .union([z.string(), z.number()])
    .transform((raw, ctx): Quantity => {
      const q = parseQuantity(raw);
      if (!q || (dimensions && !dimensions.includes(q.dimension))) {
        ctx.addIssue({
          code: "custom",
          input: raw,
          message: `expected ${dimensions ? dimensions.map(describeDimension).join(" or ") : "a quantity"} like ${examplesFor(dimensions)}, found ${describeValue(raw)}`,
        });
        return z.NEVER;
      }
      return q;
    })
    .meta({ description })
    .register(forms, { expected: `${dimensions ? dimensions.map(describeDimension).join(" or ") : "a quantity"} like ${examplesFor(dimensions)}` });

/** A limit as the reference playbooks write it: `"> 5%"`, `"< 500ms"`. */
export const limit = (description: string) =>
  z
    .string()
    .transform((raw, ctx): Limit => {
      const l = parseLimit(raw);
      if (!l) {
        ctx.addIssue({
          code: "custom",
          input: raw,
          message: `expected ${LIMIT_FORMS}, found ${describeValue(raw)}`,
        });
        return z.NEVER;
      }
      return l;
    })
    .meta({
      description,
      examples: ["> 5%", "> 500ms", "> 20MB", "< 100"],
    })
    .register(forms, { expected: 'a limit like "> 5%" or "< 500ms" (quoted: YAML reads a leading > as folded text)' });

/** A name used as a key or reference: lower-case words joined by `-` or `_`. */
export const name = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/i, {
      error: (iss) =>
        `expected a ${what} name of letters, digits, '-' and '_', found ${describeValue(iss.input)}`,
    })
    .meta({ description: `Name of a ${what}.` })
    .register(forms, { expected: `a ${what} name of letters, digits, '-' and '_'` });

/** A Prometheus label name. */
export const labelName = z
  .string()
  .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, {
    error: (iss) =>
      `expected a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*), found ${describeValue(iss.input)}`,
  });

/** Label equality matchers `{ version: canary }`; values are escaped when put into PromQL. */
export const labelSet = (description: string) =>
  z
    .record(labelName, z.string().register(forms, { expected: 'a label value as a string (quote numbers: "2")' }))
    .meta({ description }).register(forms, { expected: "label matchers like { version: canary }" });

function describeDimension(d: Dimension): string {
  return { ratio: "a percentage", duration: "a duration", bytes: "a size", number: "a plain number" }[d];
}

function examplesFor(dims?: readonly Dimension[]): string {
  const ex: Record<Dimension, string> = { ratio: "5%", duration: "500ms", bytes: "20MB", number: "100" };
  return (dims ?? (["ratio", "duration", "bytes", "number"] as const)).map((d) => ex[d]).join(", ");
}
