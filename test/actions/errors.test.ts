/** User mistakes, through each built bundle: annotations with file and line, no stack trace. */
import { describe, expect, it } from "vitest";
import { ACTIONS, REQUIRED, STACK_LINE, WORKSPACE } from "../helpers/fixtures.js";
import { type ActionName, runAction } from "../../tools/runner.js";

describe.each(ACTIONS)("the %s bundle", (name) => {
  it("reports each mistake of a broken playbook on its file and line, and nothing else", async () => {
    const run = await runAction(name, { inputs: { ...REQUIRED[name], playbook: "playbooks/broken.yml", "dry-run": "true" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(1);
    const located = run.annotations.filter((a) => a.file !== undefined);
    expect(located.map((a) => [a.level, a.file, a.line])).toEqual([
      ["error", "playbooks/broken.yml", 8],
      ["error", "playbooks/broken.yml", 10],
      ["error", "playbooks/broken.yml", 12],
    ]);
    expect(located.map((a) => a.message)).toEqual([
      expect.stringMatching(/^checks\.error-rate\.query: PromQL does not parse/),
      expect.stringMatching(/^checks\.error-rate\.treshold: unknown key 'treshold'/),
      expect.stringMatching(/^stages\[0\]\.soak: .*found "2x"/),
    ]);
    expect(located[2]!.col).toBe(39);
    expect(run.annotations.at(-1)?.message).toBe("3 problems found in playbooks/broken.yml; see the errors above. Nothing was changed.");
    expect(run.stdout).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe("");
  });

  it("names a playbook that is not there", async () => {
    const run = await runAction(name, { inputs: { ...REQUIRED[name], playbook: "missing.yml" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toMatchObject({ level: "error", file: "missing.yml", message: expect.stringContaining("no such file") });
    expect(run.stdout).not.toMatch(STACK_LINE);
  });

  it("rejects dry-run: yes, naming the input, the value and the accepted words", async () => {
    const run = await runAction(name, { inputs: { ...REQUIRED[name], "dry-run": "yes" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toEqual({
      level: "error",
      title: "Input problem",
      message: `input 'dry-run': found "yes"; expected one of true, True, TRUE, false, False, FALSE`,
    });
    expect(run.stdout).not.toMatch(STACK_LINE);
  });
});

const required: [ActionName, string][] = [
  ["canary", "stage"],
  ["canary", "version"],
  ["gate", "stage"],
  ["playbook", "version"],
];

describe.each(required)("the %s bundle without its required input %s", (name, input) => {
  it("fails naming the input, before reading the playbook", async () => {
    const inputs = { ...REQUIRED[name] };
    delete inputs[input];
    const run = await runAction(name, { inputs: { ...inputs, playbook: "playbooks/broken.yml" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(new RegExp(`^input '${input}': is required: `)),
      "1 problem found in the inputs; see the errors above. Nothing was changed.",
    ]);
    expect(run.stdout).not.toMatch(STACK_LINE);
  });
});

describe("a state from another service", () => {
  it("is refused, naming the state input", async () => {
    const state = JSON.stringify({ version: 1, service: "billing", stage: "canary", weight: 10, targetVersion: "v2", status: "rolling-out", digest: `sha256:${"ab".repeat(32)}`, startedAt: "2026-01-05T10:00:00Z", updatedAt: "2026-01-05T10:00:00Z", verdicts: {} });
    const run = await runAction("rollback", { inputs: { state, "dry-run": "true" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toMatch(/^input 'state': is for service "billing", but the playbook .* is for "checkout"/);
  });
});

const unknownStages: [ActionName, Record<string, string>, string[]][] = [
  ["gate", { stage: "canry" }, [`input 'stage': no stage named "canry"; expected one of: canary, full`]],
  [
    "playbook",
    { version: "v2", stages: "canary,canry,ful" },
    [`input 'stages': no stage named "canry"; expected one of: canary, full`, `input 'stages': no stage named "ful"; expected one of: canary, full`],
  ],
];

describe.each(unknownStages)("the %s bundle given a stage the playbook does not have", (name, inputs, messages) => {
  it("names the input and the stages there are", async () => {
    const run = await runAction(name, { inputs: { ...inputs, "dry-run": "true" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.slice(0, -1).map((a) => a.message)).toEqual(messages);
    expect(run.outputs).toEqual({});
  });
});

describe.each(["canary", "rollback", "playbook"] as const)("the %s bundle, whose target runs scripts", (name) => {
  it("refuses a script that does not exist, on the playbook's line, before anything moves", async () => {
    const run = await runAction(name, { inputs: { ...REQUIRED[name], playbook: "playbooks/missing-script.yml", "dry-run": "true" }, workspace: WORKSPACE });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.file !== undefined).map((a) => [a.file, a.line, a.message])).toEqual([
      ["playbooks/missing-script.yml", 24, expect.stringMatching(/^target\.command\.rollback: no such file: "\.\/deploy\/undo\.sh"; expected an executable script/)],
    ]);
    expect(run.outputs).toEqual({});
    expect(run.stdout).not.toMatch(STACK_LINE);
  });
});
