import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { playbookJsonSchema, playbookJsonSchemaText, SCHEMA_FILE } from "../../src/playbook/json-schema.js";

describe("the committed JSON Schema", () => {
  it("is what the zod schema generates (run `npm run schema` when this fails)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(playbookJsonSchemaText());
  });

  it("shows editors the four kinds of check", () => {
    const schema = playbookJsonSchema() as { properties: { checks: { additionalProperties: { anyOf: { required: string[]; additionalProperties: boolean }[] } } } };
    const kinds = schema.properties.checks.additionalProperties.anyOf;
    expect(kinds.map((k) => k.required)).toEqual([["query"], ["http"], ["alerts"], ["sequential"]]);
    expect(kinds.every((k) => k.additionalProperties === false)).toBe(true);
  });

  it("describes durations with their pattern", () => {
    const stage = (playbookJsonSchema() as { properties: { stages: { items: { properties: Record<string, { pattern?: string }>; required: string[] } } } }).properties.stages.items;
    expect(stage.required).toEqual(["name", "weight", "soak"]);
    expect(new RegExp(stage.properties["soak"]!.pattern!).test("1h30m")).toBe(true);
    expect(new RegExp(stage.properties["soak"]!.pattern!).test("2x")).toBe(false);
  });
});
