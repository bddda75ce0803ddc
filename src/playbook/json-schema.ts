/**
 * The JSON Schema editors use to validate playbooks, generated from the zod schema so the
 * two cannot disagree. `schema/playbook.schema.json` is this, committed; a test fails when
 * it is stale.
 */
import { z } from "zod";
import { playbookSchema } from "./schema.js";

/** Where the committed schema lives, relative to the package root. */
export const SCHEMA_FILE = "schema/playbook.schema.json";

/** The playbook's JSON Schema (draft 2020-12), describing the file as written. */
export function playbookJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(playbookSchema, {
    io: "input",
    target: "draft-2020-12",
    // Transforms and refinements check more than JSON Schema can say; the input shape is
    // what an editor needs. A type with no JSON form at all is a mistake in the schema.
    unrepresentable: "throw",
  }) as Record<string, unknown>;
}

/** The schema as the committed file holds it. */
export function playbookJsonSchemaText(): string {
  return `${JSON.stringify(playbookJsonSchema(), null, 2)}\n`;
}
