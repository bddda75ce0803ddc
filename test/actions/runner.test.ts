/** The runner contract helper reads what @actions/core writes, escapes included. */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { afterEach, describe, expect, it } from "vitest";
import { WORKSPACE } from "../helpers/fixtures.js";
import { inputVariable, parseAnnotations, parseFileCommand, runAction } from "../../tools/runner.js";

describe("inputVariable", () => {
  it.each([
    ["dry-run", "INPUT_DRY-RUN"],
    ["prometheus-url", "INPUT_PROMETHEUS-URL"],
    ["my input", "INPUT_MY_INPUT"],
    ["stage", "INPUT_STAGE"],
  ])("%s is read from %s", (name, variable) => {
    expect(inputVariable(name)).toBe(variable);
  });
});

describe("parseFileCommand", () => {
  const saved = process.env["GITHUB_OUTPUT"];
  let dir: string | undefined;
  afterEach(async () => {
    if (saved === undefined) delete process.env["GITHUB_OUTPUT"];
    else process.env["GITHUB_OUTPUT"] = saved;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("reads back what core.setOutput writes, multi-line values included", async () => {
    dir = await mkdtemp(join(tmpdir(), "file-command-"));
    const file = join(dir, "output");
    await writeFile(file, "");
    process.env["GITHUB_OUTPUT"] = file;
    core.setOutput("plan", '{"a":1}');
    core.setOutput("report", "line one\nline two\n\nline = four");
    core.setOutput("empty", "");
    expect(parseFileCommand(await readFile(file, "utf8"))).toEqual({ plan: '{"a":1}', report: "line one\nline two\n\nline = four", empty: "" });
  });

  it("reads the single-line name=value form", () => {
    expect(parseFileCommand("a=1\nb=x=y\n")).toEqual({ a: "1", b: "x=y" });
  });

  it("refuses a heredoc without its closing delimiter", () => {
    expect(() => parseFileCommand("a<<EOF\nvalue\n")).toThrow("missing its closing delimiter EOF");
  });
});

describe("parseAnnotations", () => {
  it("decodes properties and message escapes", () => {
    const stdout = [
      "plain log line",
      "::error title=Playbook problem,file=a%2Cb.yml,line=8,col=5::stages[0].soak: 50%25 of%0Atwo lines",
      "::warning::window closed%3A still a colon in data",
      "::notice title=x%3Ay::n",
      "::debug::not an annotation",
    ].join("\n");
    expect(parseAnnotations(stdout)).toEqual([
      { level: "error", title: "Playbook problem", file: "a,b.yml", line: 8, col: 5, message: "stages[0].soak: 50% of\ntwo lines" },
      { level: "warning", message: "window closed%3A still a colon in data" },
      { level: "notice", title: "x:y", message: "n" },
    ]);
  });
});

describe("cancellation", () => {
  it("sends SIGTERM, as the runner does when a job is cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    const run = await runAction("canary", { inputs: { stage: "canary", version: "v2", "dry-run": "true" }, workspace: WORKSPACE, signal: controller.signal });
    expect(run.signal).toBe("SIGTERM");
    expect(run.exitCode).toBeNull();
  });
});

describe("undeclared inputs", () => {
  it("are refused, since in a test they are always a typo", async () => {
    await expect(runAction("canary", { inputs: { stage: "canary", dryrun: "true" } })).rejects.toThrow("inputs not declared in");
  });
});
