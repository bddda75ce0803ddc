/**
 * The README's sign-off workflow (one job per role, then the sign-off job) is valid for
 * GitHub's own parser and passes the signoff action only inputs it declares, once set in
 * a workflow after a gate job.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { manifestExists, readManifest } from "../examples/action-manifest.js";
import { inputProblems, outputProblems, type Workflow } from "../examples/workflow-checks.js";

const readme = readFileSync("README.md", "utf8");
const fragment = /```yaml\n( {2}approve-security:\n[\s\S]*?)```/.exec(readme)?.[1] ?? "";
const workflow = [
  "name: sign-off by role",
  "on: { push: { branches: [main] } }",
  "permissions: {}",
  "jobs:",
  "  full-gate:",
  "    runs-on: ubuntu-latest",
  "    permissions: { contents: read }",
  "    outputs:",
  "      state: ${{ steps.gate.outputs.state }}",
  "    steps:",
  "      - uses: actions/checkout@v5",
  "      - id: gate",
  "        uses: OWNER/deploy-playbook/actions/gate@v1",
  "        with: { stage: full }",
  "",
  fragment,
].join("\n");
const repository = (path: string) => (manifestExists(path) ? readManifest(path) : undefined);

describe("README sign-off workflow", () => {
  it("is in the README", () => {
    expect(fragment).toContain("environment: signoff-security");
  });

  it("parses with GitHub's workflow parser and no errors", async () => {
    const parsed = parseWorkflow({ name: "README.md", content: workflow }, new NoOperationTraceWriter());
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(template.jobs.map((j) => j.id?.toString())).toEqual(["full-gate", "approve-security", "approve-sre", "signoff"]);
  });

  it("runs the sign-off after every role's job, and passes only declared inputs", () => {
    const wf = parse(workflow) as Workflow;
    expect(wf.jobs["signoff"]?.needs).toEqual(["full-gate", "approve-security", "approve-sre"]);
    expect(Object.entries(wf.jobs).filter(([name]) => name.startsWith("approve-")).map(([, j]) => j.environment)).toEqual(["signoff-security", "signoff-sre"]);
    expect([...inputProblems(wf, repository), ...outputProblems(wf, repository)]).toEqual([]);
  });
});
