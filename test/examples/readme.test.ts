/**
 * The README's tables of action inputs and outputs say what the `action.yml` files say:
 * names, required flags, defaults and descriptions, in order. Regenerate them with
 * `npx tsx test/examples/readme-tables.ts --write`.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ACTION_PATHS, manifestExists, readManifest } from "./action-manifest.js";
import { cells, inputRows, outputRows, renderReadme, tableSections } from "./readme-tables.js";
import { inputProblems, outputProblems, type Workflow } from "./workflow-checks.js";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";

const readme = readFileSync("README.md", "utf8");
const sections = tableSections(readme);

describe("README action tables", () => {
  it("has an inputs and an outputs table for every action", () => {
    for (const path of ACTION_PATHS) {
      expect(sections.filter((s) => s.path === path).map((s) => s.kind), path).toEqual(["inputs", "outputs"]);
    }
    expect(new Set(sections.map((s) => s.path))).toEqual(new Set(ACTION_PATHS));
  });

  it.each(ACTION_PATHS)("%s exists", (path) => {
    expect(manifestExists(path)).toBe(true);
  });

  it.each(ACTION_PATHS.filter(manifestExists))("inputs of %s match the README", (path) => {
    const section = sections.find((s) => s.path === path && s.kind === "inputs")!;
    expect(inputRows(section)).toEqual(readManifest(path).inputs);
  });

  it.each(ACTION_PATHS.filter(manifestExists))("outputs of %s match the README", (path) => {
    const section = sections.find((s) => s.path === path && s.kind === "outputs")!;
    expect(outputRows(section)).toEqual(readManifest(path).outputs);
  });

  it("is exactly what the generator writes", () => {
    expect(renderReadme(readme)).toBe(readme);
  });
});

describe("README workflow", () => {
  const block = /```yaml\n(name: rollout\n[\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const repository = (path: string) => (manifestExists(path) ? readManifest(path) : undefined);

  it("is a workflow GitHub's parser accepts", async () => {
    const parsed = parseWorkflow({ name: "README.md", content: block }, new NoOperationTraceWriter());
    await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it("passes the actions only inputs they declare and reads only outputs that exist", () => {
    const wf = parse(block) as Workflow;
    expect(Object.keys(wf.jobs)).toEqual(["canary", "canary-gate", "signoff", "rollback"]);
    expect([...inputProblems(wf, repository), ...outputProblems(wf, repository)]).toEqual([]);
  });
});

describe("README table reader", () => {
  it.each([
    ["| `a` | yes | `x` | one |", ["`a`", "yes", "`x`", "one"]],
    ["| `b` | no |  | pipes \\| stay |", ["`b`", "no", "", "pipes | stay"]],
  ])("splits %s", (row, expected) => {
    expect(cells(row)).toEqual(expected);
  });

  it("reads a table back into the rows it was rendered from", () => {
    const text = [
      "<!-- inputs: x/action.yml -->",
      "| Name | Required | Default | Description |",
      "| --- | --- | --- | --- |",
      "| `stage` | yes |  | Name of the stage. |",
      "| `token` | no | `${{ github.token }}` | Token \\| or not. |",
      "",
    ].join("\n");
    const [section] = tableSections(text);
    expect(inputRows(section!)).toEqual([
      { name: "stage", required: true, default: "", description: "Name of the stage." },
      { name: "token", required: false, default: "${{ github.token }}", description: "Token | or not." },
    ]);
  });
});
