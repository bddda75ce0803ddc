import { diskFiles } from "../../src/files.js";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError, describeValue, formatProblem, problemCount, quote } from "../../src/errors.js";
import { LIMITS } from "../../src/playbook/guard.js";
import { loadPlaybook, parsePlaybook } from "../../src/playbook/load.js";
import { linesOf, playbookText, problemsOf } from "./problems.js";

/** `a: &a [x, …]`, `b: &b [*a, *a, …]`, …: each level multiplies the one before. */
function aliasBomb(levels: number, width = 9): string {
  const lines = [`l0: &l0 [${Array(width).fill("lol").join(", ")}]`];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(", ")}]`);
  return `${lines.join("\n")}\n`;
}

describe("hostile input is a located ConfigurationError, never a bug report", () => {
  it("names an alias bomb and its line", () => {
    const lines = linesOf(aliasBomb(9));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe("pb.yml:3:10: YAML alias *l1 expands to more than 100 copies (aliases of anchors that hold aliases multiply); expected a playbook that writes its values out or reuses an anchor a few times");
    expect(lines[0]).not.toMatch(/ReferenceError|Unexpected error|\n\s+at /);
  });

  it("still reads a playbook that reuses an anchor a few times", () => {
    const text = playbookText({
      stages: "  - { name: canary, weight: 10, soak: 30m, checks: &held [errors] }\n  - { name: full, weight: 100, soak: 1h, checks: *held }",
    });
    expect(parsePlaybook(text, "pb.yml").stages[1]!.checks).toEqual(["errors"]);
  });

  it("refuses a binary file in one short line", () => {
    const binary = `\u007fELF\u0002\u0001\u0001\u0000${"\u0000\u0001garbage:\u0003".repeat(800)}`;
    const lines = linesOf(binary);
    expect(lines).toEqual(["pb.yml:1:8: the file holds a NUL byte, so it is not a text file; expected a YAML playbook"]);
  });

  it("refuses text that is not UTF-8", () => {
    expect(linesOf("version: 1\nservice: caf\uFFFD\n")).toEqual(["pb.yml:2:13: the file holds bytes that are not UTF-8, so it is not a text file; expected a YAML playbook"]);
  });

  it("refuses a file over the size limit before parsing it, from text or from disk", async () => {
    const text = `${playbookText()}# ${"x".repeat(LIMITS.fileBytes)}\n`;
    expect(linesOf(text)).toEqual(["pb.yml:1:1: the file is 1 MB; expected a playbook of at most 1 MB"]);
    const dir = mkdtempSync(join(tmpdir(), "playbook-"));
    writeFileSync(join(dir, "big.yml"), `${playbookText()}# ${"x".repeat(3 * LIMITS.fileBytes)}\n`);
    await expect(loadPlaybook(join(dir, "big.yml"), diskFiles)).rejects.toThrow(/the file is 3 MB; expected a playbook of at most 1 MB/);
  });

  it("refuses a named pipe and a device without waiting on them or reading without end", async () => {
    const dir = mkdtempSync(join(tmpdir(), "playbook-"));
    const fifo = join(dir, "pipe.yml");
    execFileSync("mkfifo", [fifo]);
    await expect(loadPlaybook(fifo, diskFiles)).rejects.toThrow(`${fifo}: is a named pipe (FIFO), not a regular file; expected a playbook`);
    await expect(loadPlaybook("/dev/zero", diskFiles)).rejects.toThrow("/dev/zero: is a device, not a regular file; expected a playbook");
  });

  it("refuses a second YAML document in words of its own", () => {
    expect(linesOf(`${playbookText()}---\nservice: other\n`)).toEqual([expect.stringMatching(/^pb\.yml:\d+:1: YAML: the file holds a second YAML document \(after ---\); expected one playbook per file$/)]);
  });

  it("names an unknown tag at the tag, with the path of its value, among the other problems", () => {
    const text = playbookText({ stages: "  - { name: canary, weight: 10, soak: !!binary aGVsbG8=, checks: !!set {errors} }", extra: "extra: 1" }).replace("service: api", "service: !Ref ServiceName");
    const lines = linesOf(text);
    expect(lines).toContainEqual(expect.stringMatching(/^pb\.yml:\d+:10: service: the tag "!Ref" is not one a playbook uses; expected a plain value \(remove the tag\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/: stages\[0\]\.soak: the tag "!!binary" is not one a playbook uses/));
    expect(lines).toContainEqual(expect.stringMatching(/: stages\[0\]\.checks: the tag "!!set" is not one a playbook uses/));
    // The other problems are still there, in the same pass.
    expect(lines).toContainEqual(expect.stringMatching(/extra: unknown key 'extra'/));
  });

  it("lists the first 200 problems of a file of thousands, then one line that counts the rest", () => {
    const tags = Array.from({ length: 5000 }, (_, i) => `  - !x${i} v`).join("\n");
    const found = problemsOf(playbookText({ extra: `tags:\n${tags}` }));
    expect(found).toHaveLength(201);
    expect(found[199]!.message).toMatch(/^the tag "!x\d+" is not one a playbook uses/);
    expect(found[200]).toMatchObject({ line: expect.any(Number), message: "4801 more problems from here on are not listed; fix the ones above first", unlisted: 4801 });
    expect(problemCount(found)).toBe(5001);
  });

  it("reports too many checks and stages, and a query too long, with the other problems", () => {
    const checks = Array.from({ length: LIMITS.checks + 1 }, (_, i) => `  c${i}: { query: "up{$selector}", fail: "> 1" }`).join("\n");
    const stages = Array.from({ length: LIMITS.stages + 1 }, (_, i) => `  - { name: s${i}, weight: ${i}, soak: 1m, checks: [c0] }`).join("\n");
    const long = `  long: { query: "${"up + ".repeat(LIMITS.queryLength / 5)}up", fail: "> 1" }`;
    const lines = linesOf(playbookText({ checks: `${long}\n${checks}`, stages }));
    expect(lines).toEqual([
      `pb.yml:7:3: checks: ${LIMITS.checks + 2} checks; expected at most ${LIMITS.checks}`,
      `pb.yml:7:18: checks.long.query: the query is ${LIMITS.queryLength + 2} characters long; expected at most ${LIMITS.queryLength}`,
      `pb.yml:${LIMITS.checks + 10}:3: stages: ${LIMITS.stages + 1} stages; expected at most ${LIMITS.stages}`,
    ]);
  });

  it("names the path of a duplicate key inside a list", () => {
    const text = playbookText({ stages: "  - { name: canary, weight: 10, soak: 30m, checks: [errors] }\n  - name: full\n    weight: 100\n    soak: 1h\n    soak: 2h\n    checks: [errors]" });
    expect(linesOf(text)).toEqual(["pb.yml:16:5: stages[1].soak: duplicate key 'soak' (first at line 15); each key may appear once in a mapping"]);
  });

  it("quotes a long or odd value as a short escaped excerpt", () => {
    const value = `\u202e${"ab".repeat(4000)}\u0007`;
    const lines = linesOf(playbookText({ stages: `  - { name: canary, weight: 10, soak: "${value}", checks: [errors] }` }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`found "\\u202e${"ab".repeat(29)}a..." (8002 characters)`);
    expect(lines[0]!.length).toBeLessThan(250);
  });

  it("quotes a long unknown key briefly too", () => {
    const key = "k".repeat(500);
    const [line] = linesOf(playbookText({ extra: `${key}: 1` }));
    expect(line!.length).toBeLessThan(350);
    expect(line).toContain(`unknown key "${"k".repeat(60)}..." (500 characters)`);
  });
});

describe("describeValue and quote", () => {
  it.each([
    ["a short string", "2x", '"2x"'],
    ["control characters", "a\u0000b\nc", '"a\\u0000b\\nc"'],
    ["bidi overrides and zero-width", "\u202eevil\u200b", '"\\u202eevil\\u200b"'],
    ["a lone surrogate", "x\ud800", '"x\\ud800"'],
    ["a long string", "y".repeat(100), `"${"y".repeat(60)}..." (100 characters)`],
    ["a list", [1, 2], "a list"],
    ["a number", 110, "110"],
  ])("%s", (_, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  it("cuts by characters, never inside a surrogate pair", () => {
    expect(quote("😀".repeat(70), 3)).toBe('"😀😀😀..." (140 characters)');
  });

  it("keeps ConfigurationError messages one line per problem", () => {
    const error = new ConfigurationError([{ path: "x", message: `found ${describeValue("a\nb")}` }]);
    expect(formatProblem(error.problems[0]!)).toBe('x: found "a\\nb"');
  });
});
