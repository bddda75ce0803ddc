/**
 * The action shells speak the runner's protocol through `runner-commands.ts`, not
 * @actions/core. These tests hold the two side by side: the same call, in the same
 * environment, must write the same bytes to stdout and to the file commands (each output's
 * random delimiter aside), read the same inputs and set the same exit code.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as runner from "../../src/actions/runner-commands.js";
import { parseFileCommand } from "../../tools/runner.js";

let dir: string;
const saved = { ...process.env };
const savedExitCode = process.exitCode;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "runner-commands-"));
});
afterEach(async () => {
  process.env = { ...saved };
  process.exitCode = savedExitCode;
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

/** What one side wrote: stdout, and each file command's file, delimiters made comparable. */
interface Effects {
  readonly stdout: string;
  readonly output: string;
  readonly summary: string;
  readonly exitCode: typeof process.exitCode;
}

/** Runs `act` with fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files (unless `files` is false) and records what it wrote. */
async function effects(act: () => unknown, files = true): Promise<Effects> {
  const output = join(dir, `output-${Math.random()}`);
  const summary = join(dir, `summary-${Math.random()}`);
  if (files) {
    await writeFile(output, "");
    await writeFile(summary, "");
    process.env["GITHUB_OUTPUT"] = output;
    process.env["GITHUB_STEP_SUMMARY"] = summary;
  } else {
    delete process.env["GITHUB_OUTPUT"];
    delete process.env["GITHUB_STEP_SUMMARY"];
  }
  process.exitCode = undefined;
  let stdout = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  try {
    await act();
  } finally {
    spy.mockRestore();
  }
  const read = async (file: string) => (files ? (await readFile(file, "utf8")).replace(/ghadelimiter_[0-9a-f-]{36}/g, "ghadelimiter_X") : "");
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stdout, output: await read(output), summary: await read(summary), exitCode };
}

async function same(ours: () => unknown, theirs: () => unknown, files = true): Promise<Effects> {
  const a = await effects(ours, files);
  const b = await effects(theirs, files);
  expect(a).toEqual(b);
  return a;
}

describe("runner commands write what @actions/core writes", () => {
  it("outputs: one line, many lines, empty, JSON", async () => {
    const values = ['{"a":1}', "line one\nline two\n\nline = four", "", "  padded  ", "carriage\r\nreturn"];
    const written = await same(
      () => values.forEach((v, i) => runner.setOutput(`o${i}`, v)),
      () => values.forEach((v, i) => core.setOutput(`o${i}`, v)),
    );
    // And the runner reads back every value as it was set (a line end is a line end, as the runner reads lines).
    expect(parseFileCommand(written.output)).toEqual({ o0: values[0], o1: values[1], o2: "", o3: values[3], o4: "carriage\nreturn" });
  });

  it("outputs without a GITHUB_OUTPUT file fall back to ::set-output", async () => {
    const written = await same(
      () => runner.setOutput("plan", "a,b: 50%\nnext"),
      () => core.setOutput("plan", "a,b: 50%\nnext"),
      false,
    );
    expect(written.stdout).toContain("::set-output name=plan::a,b: 50%25%0Anext");
  });

  it("a missing output file is an error, as it is for @actions/core", () => {
    process.env["GITHUB_OUTPUT"] = join(dir, "absent");
    expect(() => runner.setOutput("a", "b")).toThrow(`Missing file at path: ${join(dir, "absent")}`);
    expect(() => core.setOutput("a", "b")).toThrow(`Missing file at path: ${join(dir, "absent")}`);
  });

  it("masks, debug lines and plain lines", async () => {
    await same(
      () => {
        runner.setSecret("s3cr%t\nline");
        runner.debug("50% done: a, b");
        runner.info("::not-a-command:: stays as it is");
      },
      () => {
        core.setSecret("s3cr%t\nline");
        core.debug("50% done: a, b");
        core.info("::not-a-command:: stays as it is");
      },
    );
  });

  it("annotations with no properties, an empty set, a title left undefined, and a full location", async () => {
    const full = { title: "Playbook problem: a, b", file: "deploy/play,book.yml", startLine: 8, startColumn: 5 };
    const written = await same(
      () => {
        runner.error("plain");
        runner.warning("empty set", {});
        runner.error("no title", { title: undefined });
        runner.error("stages[0].soak: 50% of\ntwo lines", full);
        runner.warning("line only", { startLine: 3, endLine: 4, endColumn: 9 });
      },
      () => {
        core.error("plain");
        core.warning("empty set", {});
        core.error("no title", { title: undefined });
        core.error("stages[0].soak: 50% of\ntwo lines", full);
        core.warning("line only", { startLine: 3, endLine: 4, endColumn: 9 });
      },
    );
    expect(written.stdout).toContain("::error title=Playbook problem%3A a%2C b,file=deploy/play%2Cbook.yml,line=8,col=5::stages[0].soak: 50%25 of%0Atwo lines");
  });

  it("a failed step: exit code 1 and its error", async () => {
    const written = await same(
      () => runner.setFailed("1 problem found; nothing was changed."),
      () => core.setFailed("1 problem found; nothing was changed."),
    );
    expect(written.exitCode).toBe(1);
  });

  it("the step summary, appended with a line end", async () => {
    const written = await same(
      async () => {
        await runner.appendSummary("## Gate\n| a | b |");
        await runner.appendSummary("second");
      },
      async () => {
        await core.summary.addRaw("## Gate\n| a | b |", true).write();
        await core.summary.addRaw("second", true).write();
      },
    );
    expect(written.summary).toBe("## Gate\n| a | b |\nsecond\n");
  });

  it("a summary file that is not set or not there is refused, as @actions/core refuses it", async () => {
    delete process.env["GITHUB_STEP_SUMMARY"];
    await expect(runner.appendSummary("x")).rejects.toThrow("Unable to find environment variable for $GITHUB_STEP_SUMMARY");
    process.env["GITHUB_STEP_SUMMARY"] = join(dir, "absent");
    await expect(runner.appendSummary("x")).rejects.toThrow(`Unable to access summary file: '${join(dir, "absent")}'`);
  });

  it("inputs: names with spaces and dashes, case, surrounding white space, unset", () => {
    process.env["INPUT_PROMETHEUS-URL"] = "  http://prom:9090 \n";
    process.env["INPUT_MY_INPUT"] = "x";
    delete process.env["INPUT_STAGE"];
    for (const name of ["prometheus-url", "my input", "stage", "Prometheus-Url"]) {
      expect(runner.getInput(name), name).toBe(core.getInput(name));
    }
    expect(runner.getInput("prometheus-url")).toBe("http://prom:9090");
  });

  it("for any message, title and file, the same bytes (fast-check, fixed seed)", async () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", ":", ",", "%", "\n", "\r", "=", "é", "0", "::") });
    await fc.assert(
      fc.asyncProperty(text, fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined }), fc.nat(999), async (message, title, file, line) => {
        const props = { ...(title !== undefined && { title }), ...(file !== undefined && { file }), startLine: line };
        const a = await effects(() => {
          runner.warning(message, props);
          runner.setOutput("v", message);
        });
        const b = await effects(() => {
          core.warning(message, props);
          core.setOutput("v", message);
        });
        expect(a).toEqual(b);
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });
});
