import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { cliDeps, memoryFiles } from "../fakes/cli.js";
import type { Command } from "../../src/cli/command.js";
import { commands } from "../../src/cli/commands.js";
import { playbookJsonSchemaText } from "../../src/playbook/json-schema.js";

const FIXTURES = "test/fixtures/playbooks";

/** Runs the CLI against captured output; `files` are served instead of the disk when given. */
async function cli(argv: string[], options: { env?: Record<string, string>; files?: Record<string, string> } = {}) {
  const { deps, out } = cliDeps({ env: options.env ?? {}, ...(options.files && { files: memoryFiles(options.files) }) });
  const code = await run(argv, deps);
  return { code, stdout: out.stdout, stderr: out.stderr };
}

describe("deploy-playbook lint", () => {
  it("exits 0 and says ok for clean files", async () => {
    const r = await cli(["lint", `${FIXTURES}/full.yml`, `${FIXTURES}/minimal.yml`]);
    expect(r).toEqual({
      code: 0,
      stdout: `${FIXTURES}/full.yml: ok (3 stages, 9 checks)\n${FIXTURES}/minimal.yml: ok (1 stage, 1 check)\n`,
      stderr: "",
    });
  });

  it("exits 1 and prints every problem as file:line:col: path: message", async () => {
    const file = `${FIXTURES}/three-mistakes.yml`;
    const r = await cli(["lint", file, `${FIXTURES}/minimal.yml`]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toEqual([
      `${file}:8:73: checks.errors.query: PromQL does not parse at column 62 of the query: the query ends too early (an unclosed bracket or a missing operand?)`,
      `${file}:10:5: checks.errors.treshold: unknown key 'treshold'; expected one of: description, query, fail, warn, per, baseline, spread`,
      `${file}:12:39: stages[0].soak: expected a duration like 30s, 5m, 2h or 1h30m (units ms, s, m, h, d, w), found "2x"`,
      "3 problems in 1 of 2 files",
      "",
    ]);
    expect(r.stdout).toBe(`${FIXTURES}/minimal.yml: ok (1 stage, 1 check)\n`);
  });

  it("also writes error annotations inside GitHub Actions, escaped", async () => {
    const r = await cli(["lint", "a,b.yml"], { env: { GITHUB_ACTIONS: "true" }, files: { "a,b.yml": "version: 1\nservice: x\nextra: 100%\n" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error file=a%2Cb.yml,line=3,col=1,title=playbook::extra: unknown key 'extra'; expected one of: ");
    expect(r.stdout).toContain("::error file=a%2Cb.yml,line=1,col=1,title=playbook::selectors: missing required key 'selectors'");
    expect(r.stdout.split("\n").filter((l) => l.startsWith("::error"))).toHaveLength(4);
  });

  it("reports a missing file without a stack trace", async () => {
    const r = await cli(["lint", "missing.yml"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("missing.yml: no such file; expected a playbook (the default is .github/deploy-playbook.yml)\n1 problem in 1 of 1 file\n");
  });

  it("needs a file", async () => {
    const r = await cli(["lint"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("lint needs at least one playbook file");
    expect(r.stderr).toContain("Usage: deploy-playbook lint FILE...");
  });
});

describe("deploy-playbook plan", () => {
  it("prints one stage with its canary and baseline queries", async () => {
    const r = await cli(["plan", `${FIXTURES}/full.yml`, "--stage", "canary"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^log-capturer: stage canary \(1 of 3\)\n/);
    expect(r.stdout).toContain('canary:   sum(rate(http_requests_total{code=~"5..", version="canary"}[5m]))');
    expect(r.stdout).toContain('baseline: sum(rate(http_requests_total{code=~"5..", version="stable"}[5m]))');
    expect(r.stdout).not.toContain("stage gradual");
  });

  it("prints every stage without --stage", async () => {
    const r = await cli(["plan", `${FIXTURES}/full.yml`]);
    expect(r.stdout.match(/^log-capturer: stage \w+/gm)).toEqual(["log-capturer: stage canary", "log-capturer: stage gradual", "log-capturer: stage full"]);
  });

  it.each([
    ["json", (out: string) => expect(JSON.parse(out)).toMatchObject({ stage: "gradual", weight: 50 })],
    ["markdown", (out: string) => expect(out).toMatch(/^### Stage `gradual` of log-capturer \(2 of 3\)/)],
  ])("--format %s", async (format, check) => {
    const r = await cli(["plan", `${FIXTURES}/full.yml`, "--stage=gradual", "--format", format]);
    expect(r.code).toBe(0);
    check(r.stdout);
  });

  it("names the stages there are when the stage is unknown", async () => {
    const r = await cli(["plan", `${FIXTURES}/full.yml`, "--stage", "prod"]);
    expect(r).toEqual({ code: 1, stdout: "", stderr: `${FIXTURES}/full.yml: --stage: no stage named "prod"; expected one of: canary, gradual, full\n` });
  });

  it("lints an alias bomb and a binary file as playbook mistakes, not bugs", async () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcde"[i]}`).join(", ")}]`)].join("\n");
    const binary = `\u007fELF\u0002\u0001\u0000${"\u0000garbage".repeat(1000)}`;
    const r = await cli(["lint", "bomb.yml", "binary.yml"], { files: { "bomb.yml": bomb, "binary.yml": binary } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "bomb.yml:3:8: YAML alias *b expands to more than 100 copies (aliases of anchors that hold aliases multiply); expected a playbook that writes its values out or reuses an anchor a few times\n" +
        "binary.yml:1:7: the file holds a NUL byte, so it is not a text file; expected a YAML playbook\n" +
        "2 problems in 2 of 2 files\n",
    );
  });

  it("quotes a long or odd argument as a short escaped excerpt", async () => {
    const junk = `\u001b[31m${"x".repeat(5000)}`;
    const r = await cli([junk]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(`deploy-playbook: unknown command "\\u001b[31m${"x".repeat(55)}..." (5005 characters)`);
    const stage = await cli(["plan", `${FIXTURES}/full.yml`, "--stage", junk]);
    expect(stage.code).toBe(1);
    expect(stage.stderr.length).toBeLessThan(300);
  });

  it("says in --help which exit code a stage the playbook does not have gives", async () => {
    const r = await cli(["plan", "--help"]);
    expect(r.stdout).toContain("1 when the playbook has a problem or --stage names a stage it does not have");
    expect(r.stdout).toContain("2 when the command line cannot be understood");
  });

  it("refuses a broken playbook with its problems", async () => {
    const r = await cli(["plan", `${FIXTURES}/semantic-mistakes.yml`, "--stage", "canary"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(6);
  });

  it.each([
    [["plan"], "plan needs exactly one playbook file, got 0"],
    [["plan", "a.yml", "b.yml"], "plan needs exactly one playbook file, got 2"],
    [["plan", "a.yml", "--format", "html"], '--format must be one of text, markdown, json, got "html"'],
    [["plan", "a.yml", "--bogus"], "Unknown option '--bogus'"],
    [["plan", "a.yml", "--stage"], "argument missing"],
  ])("usage error: %j", async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("Usage: deploy-playbook plan FILE");
  });
});

describe("deploy-playbook", () => {
  it("schema prints the committed JSON Schema", async () => {
    const r = await cli(["schema"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(playbookJsonSchemaText());
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists every registered command", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toContain(`  ${c.name}`);
  });

  it("<command> --help prints that command's usage", async () => {
    const r = await cli(["lint", "--help"]);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining("Usage: deploy-playbook lint FILE...") });
  });

  it.each([[[]], [["deploy"]], [["--verbose"]]])("%j is a usage error", async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: deploy-playbook <command>");
  });

  it("reports a bug in a command as unexpected, with exit 1", async () => {
    const broken: Command = { name: "boom", summary: "fails", usage: "", run: async () => { throw new TypeError("x is undefined"); } };
    const { deps, out } = cliDeps({ cwd: "/" });
    const code = await run(["boom"], deps, [broken]);
    expect(code).toBe(1);
    expect(out.stderr).toMatch(/^Unexpected error \(a bug in deploy-playbook; please report it with this text\):\nTypeError: x is undefined/);
  });
});
