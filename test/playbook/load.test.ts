import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigurationError, formatProblem } from "../../src/errors.js";
import { diskFiles } from "../../src/files.js";
import { loadPlaybook, parsePlaybook } from "../../src/playbook/load.js";
import { loadPlaybookFile } from "../helpers/playbook-file.js";
import { linesOf, playbookText, problemsOf } from "./problems.js";

const fixture = (name: string) => `test/fixtures/playbooks/${name}`;

describe("loadPlaybook on the fixtures", () => {
  it("reads full.yml into base units with defaults filled in", () => {
    const pb = loadPlaybookFile(fixture("full.yml"));
    expect(pb.service).toBe("log-capturer");
    expect(pb.prometheus).toEqual({ url: "https://prometheus.example.internal", headers: { "X-Scope-OrgID": "platform" }, timeout: 20 });
    expect(pb.stages.map((s) => [s.name, s.weight, s.soak, s.interval, s.minSoak])).toEqual([
      ["canary", 10, 7200, 300, 1800],
      ["gradual", 50, 3600, 300, 3600],
      ["full", 100, 86400, 900, 86400],
    ]);
    const memory = pb.checks["memory-growth"];
    expect(memory).toMatchObject({ kind: "metric", per: 3600, fail: { op: ">", quantity: { value: 20e6, dimension: "bytes" } } });
    expect(pb.checks["health"]).toMatchObject({ kind: "http", status: [200, 204], json: { status: "healthy", "checks.loki.ok": true }, timeout: 5, retries: 3 });
    expect(pb.checks["no-alerts"]).toMatchObject({ kind: "alerts", match: { service: "log-capturer", severity: "critical" }, preflight: true });
    expect(pb.checks["host-balance"]).toMatchObject({ spread: { by: ["instance"], fail: { quantity: { value: 0.25 } } } });
    expect(pb.target).toMatchObject({ kind: "kubernetes", traffic: "gateway", canaryDeployment: "log-capturer-next", rolloutTimeout: 900 });
    expect(pb.signoff?.require).toEqual(["engineering-lead", "sre"]);
    expect(pb.windows?.deny[0]).toMatchObject({ days: ["fri"], from: 720, to: 1440 });
    expect(pb.rollback.verify).toEqual(["health", "error-rate"]);
  });

  it("reports the three mistakes of three-mistakes.yml at once, each with its line", () => {
    let error: unknown;
    try {
      loadPlaybookFile(fixture("three-mistakes.yml"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems.map(formatProblem)).toEqual([
      `${fixture("three-mistakes.yml")}:8:73: checks.errors.query: PromQL does not parse at column 62 of the query: the query ends too early (an unclosed bracket or a missing operand?)`,
      `${fixture("three-mistakes.yml")}:10:5: checks.errors.treshold: unknown key 'treshold'; expected one of: description, query, fail, warn, per, baseline, spread`,
      `${fixture("three-mistakes.yml")}:12:39: stages[0].soak: expected a duration like 30s, 5m, 2h or 1h30m (units ms, s, m, h, d, w), found "2x"`,
    ]);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });

  it("names a missing file", async () => {
    await expect(loadPlaybook("nope/playbook.yml", diskFiles)).rejects.toThrow(/^nope\/playbook\.yml: no such file/);
  });

  it("accepts the minimal playbook and the text as read from disk", () => {
    const text = readFileSync(fixture("minimal.yml"), "utf8");
    expect(parsePlaybook(text, "minimal.yml").stages[0]).toMatchObject({ name: "canary", noData: "inconclusive", failureLimit: 1 });
  });
});

describe("schema problems are located exactly", () => {
  it.each([
    ["an unknown key points at the key", { stages: "  - name: canary\n    weight: 10\n    soak: 1h\n    checks: [errors]\n    sok: 1h" },
      "pb.yml:16:5: stages[0].sok: unknown key 'sok'; expected one of: name, weight, soak, interval, min-soak, checks, wait-for, wait-timeout, failure-limit, error-limit, no-data (did you mean 'soak'?)"],
    ["a missing key points at its mapping", { stages: "  - name: canary\n    weight: 10\n    checks: [errors]" },
      "pb.yml:12:5: stages[0].soak: missing required key 'soak' (a duration like 30s, 5m, 2h or 1h30m)"],
    ["a wrong type says what was found", { stages: '  - { name: canary, weight: "10", soak: 1h, checks: [errors] }' },
      'pb.yml:12:29: stages[0].weight: expected a number from 0 to 100, found "10"'],
    ["a number out of range", { stages: "  - { name: canary, weight: 110, soak: 1h, checks: [errors] }" },
      "pb.yml:12:29: stages[0].weight: expected a number from 0 to 100, found 110"],
    ["a bad unit", { checks: '  errors:\n    query: up{$selector}\n    fail: "> 5 percent"' },
      'pb.yml:9:11: checks.errors.fail: expected a comparison and a quantity with its unit, like "> 5%", "< 500ms", ">= 20MB" or "> 1000", found "> 5 percent"'],
    ["an enum value", { stages: "  - { name: canary, weight: 10, soak: 1h, checks: [errors], no-data: pass }" },
      'pb.yml:12:70: stages[0].no-data: expected one of inconclusive, fail, warn, found "pass"'],
    ["a check with no kind key", { checks: '  errors: { fial: "> 5%" }' },
      "pb.yml:7:11: checks.errors: expected one of query, http, alerts or sequential, found fial"],
    ["a check that is not a mapping", { checks: "  errors: up" },
      'pb.yml:7:11: checks.errors: expected a mapping with one of query, http, alerts or sequential, found "up"'],
    ["a check with two kinds", { checks: '  errors: { query: up, http: "https://x/health", fail: "> 1" }' },
      "pb.yml:7:11: checks.errors: expected exactly one of query, http, alerts or sequential, found query and http"],
    ["an http check reports its own branch only", { checks: '  errors: { http: "ftp://x/health" }' },
      'pb.yml:7:19: checks.errors.http: expected an http(s) URL, found "ftp://x/health"'],
    ["an alerts check missing match", { checks: "  errors: { alerts: { severity: warn } }" },
      "pb.yml:7:21: checks.errors.alerts.match: missing required key 'match' (label matchers like { version: canary })"],
    ["a bad label name", { selectors: "  canary: { track-name: canary }\n  baseline: { track: stable }" },
      'pb.yml:4:13: selectors.canary.track-name: expected a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*), found "track-name"'],
  ])("%s", (_, parts, line) => {
    expect(linesOf(playbookText(parts))).toEqual([line]);
  });

  it.each([
    ["version", "service: api\n", "pb.yml:1:1: version: missing required key 'version' (1, the version of the playbook format)"],
    ["a label value", "version: 1\nservice: api\nselectors: { canary: { v: 2 } }\n", 'pb.yml:3:27: selectors.canary.v: expected a label value as a string (quote numbers: "2"), found 2'],
  ])("a missing or mistyped %s", (_, text, line) => {
    expect(linesOf(text)).toContain(line);
  });

  it.each([
    ["a duplicate key", "version: 1\nversion: 1\n", "pb.yml:2:1: version: duplicate key 'version' (first at line 1); each key may appear once in a mapping"],
    ["an unquoted limit", "checks:\n  a:\n    fail: > 5%\n", 'pb.yml:3:13: YAML: Not a YAML token: 5%; a limit starting with > or < must be quoted, like fail: "> 5%"'],
    ["an empty file", "# nothing\n", "pb.yml:1:1: the file is empty; expected a playbook starting with version: 1"],
    ["a list at the top", "- 1\n", "pb.yml:1:1: expected a mapping (the playbook), found a list"],
  ])("YAML-level mistake: %s", (_, text, line) => {
    expect(linesOf(text)).toContain(line);
  });

  it("finds the column inside a quoted one-line query", () => {
    const text = playbookText({ checks: '  errors:\n    query: "sum(rate(x{$selector}[5m])) +"\n    fail: "> 1"' });
    const [p] = problemsOf(text);
    // The value starts at column 12; then the opening quote and the 29 characters of the query.
    expect(p).toMatchObject({ line: 8, column: 12 + 1 + 29, path: "checks.errors.query" });
  });

  it("points a block-scalar query error at the start of the query", () => {
    const text = playbookText({ checks: '  errors:\n    query: |\n      sum(rate(x{$selector}[5m])\n    fail: "> 1"' });
    expect(problemsOf(text)[0]).toMatchObject({ line: 8, column: 12, path: "checks.errors.query" });
  });

  it("reports every mistake at once, sorted by line", () => {
    const text = playbookText({
      checks: '  errors:\n    query: up{$selector} +\n    fail: "> 1"\n    bogus: true',
      stages: "  - { name: canary, weight: 10, soak: 1y, checks: [errors] }",
    });
    expect(problemsOf(text).map((p) => [p.line, p.path])).toEqual([
      [8, "checks.errors.query"],
      [10, "checks.errors.bogus"],
      [12, "stages[0].soak"],
    ]);
  });
});

describe("YAML syntax errors", () => {
  it("reports only the first of a cascade, with a hint to quote PromQL inside a { } mapping", () => {
    const text = [
      "version: 1",
      "service: api",
      "selectors: { canary: { version: canary }, baseline: { version: stable } }",
      "checks:",
      "  memory: { query: deriv(process_resident_memory_bytes{$selector}[30m]), per: 1h, fail: \"> 20MB\" }",
      "stages:",
      "  - { name: canary, weight: 10, soak: 2h, checks: [memory] }",
    ].join("\n");
    const error = (() => {
      try {
        parsePlaybook(text, "flow.yml");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "flow.yml", line: 5, column: 55 });
    expect(problems[0]!.message).toContain("must be quoted");
  });

  it("still reports every duplicate key", () => {
    const text = "version: 1\nservice: a\nservice: b\nselectors: {}\nselectors: {}\n";
    const lines = (() => {
      try {
        parsePlaybook(text, "dup.yml");
      } catch (e) {
        return (e as ConfigurationError).problems.filter((p) => p.message.startsWith("duplicate key")).map((p) => p.line);
      }
    })();
    expect(lines).toEqual([3, 5]);
  });
});

describe("references are checked even when the schema has other mistakes", () => {
  it("reports a bad unit, an unknown check, a duplicate stage, falling weights and an unknown role together", () => {
    const text = [
      "version: 1", // 1
      "service: api", // 2
      "selectors: { canary: { v: c }, baseline: { v: s } }", // 3
      "checks:", // 4
      '  errors: { query: "sum(x{$selector})", fail: "> 1 sec" }', // 5
      "stages:", // 6
      "  - { name: canary, weight: 10, soak: 1h, checks: [errors, latency] }", // 7
      "  - { name: canary, weight: 5, soak: 1h, checks: [errors] }", // 8
      "signoff:", // 9
      "  environment: production", // 10
      "  roles: { sre: { users: [oncall] } }", // 11
      "  require: [sre, security]", // 12
    ].join("\n");
    let problems: readonly { line?: number; path: string; message: string }[] = [];
    try {
      parsePlaybook(text, "pb.yml");
    } catch (e) {
      problems = (e as ConfigurationError).problems;
    }
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [5, "checks.errors.fail"],
      [7, "stages[0].checks[1]"],
      [8, "stages[1].name"],
      [8, "stages[1].weight"],
      [12, "signoff.require[1]"],
    ]);
    expect(problems[1]!.message).toBe("no check named 'latency'; expected one of: errors");
  });
});
