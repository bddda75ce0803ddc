import { describe, expect, it } from "vitest";
import { parsePlaybook } from "../../src/playbook/load.js";
import { planStage } from "../../src/playbook/plan.js";
import { formatPlanMarkdown, formatPlanText } from "../../src/report/plan-format.js";
import { linesOf, playbookText, problemsOf } from "./problems.js";

const ERRORS = `'http_requests_total{code=~"5..", $selector}'`;
const TOTAL = `'http_requests_total{$selector}'`;

/** A playbook with one sequential check `seq` (the mapping's keys as YAML flow text) beside `errors`. */
const withSequential = (keys: string, stages = "  - { name: canary, weight: 10, soak: 30m, checks: [errors, seq] }") =>
  playbookText({
    checks: `  errors:\n    query: sum(rate(http_requests_total{code=~"5..", $selector}[5m]))\n    fail: "> 5%"\n  seq:\n    sequential: { ${keys} }`,
    stages,
  });

describe("the sequential check in the playbook", () => {
  it("reads events, total, max-ratio and a default confidence of 99%", () => {
    const pb = parsePlaybook(withSequential(`events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5`), "pb.yml");
    expect(pb.checks["seq"]).toEqual({
      kind: "sequential",
      name: "seq",
      events: 'http_requests_total{code=~"5..", $selector}',
      total: "http_requests_total{$selector}",
      maxRatio: 1.5,
      alpha: 0.01,
    });
  });

  it.each([
    ["confidence: 99.9%", 0.001],
    ["confidence: 95%", 0.05],
    ["alpha: 0.02", 0.02],
  ])("takes %s", (key, alpha) => {
    const pb = parsePlaybook(withSequential(`events: ${ERRORS}, total: ${TOTAL}, max-ratio: 2, ${key}`), "pb.yml");
    expect(pb.checks["seq"]).toMatchObject({ alpha });
  });

  it("counts requests above a bucket as total minus good", () => {
    const pb = parsePlaybook(
      withSequential(`good: 'http_request_duration_seconds_bucket{le="0.5", $selector}', total: 'http_request_duration_seconds_count{$selector}', max-ratio: 1.5`),
      "pb.yml",
    );
    expect(pb.checks["seq"]).toMatchObject({ good: 'http_request_duration_seconds_bucket{le="0.5", $selector}', total: "http_request_duration_seconds_count{$selector}" });
    expect(pb.checks["seq"]).not.toHaveProperty("events");
  });

  it.each([
    ["max-ratio at 1", `events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1`, "checks.seq.sequential.max-ratio", "expected a ratio above 1 like 1.5"],
    ["max-ratio as text", `events: ${ERRORS}, total: ${TOTAL}, max-ratio: lots`, "checks.seq.sequential.max-ratio", "expected a ratio above 1 like 1.5"],
    ["a missing max-ratio", `events: ${ERRORS}, total: ${TOTAL}`, "checks.seq.sequential.max-ratio", "missing required key 'max-ratio'"],
    ["a missing total", `events: ${ERRORS}, max-ratio: 1.5`, "checks.seq.sequential.total", "missing required key 'total'"],
    ["neither events nor good", `total: ${TOTAL}, max-ratio: 1.5`, "checks.seq.sequential", "expected events (a counter of errors) or good"],
    ["both events and good", `events: ${ERRORS}, good: ${TOTAL}, total: ${TOTAL}, max-ratio: 1.5`, "checks.seq.sequential.good", "expected events or good, found both"],
    ["confidence at 100%", `events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5, confidence: 100%`, "checks.seq.sequential.confidence", "expected a confidence above 50% and below 100% like 99%"],
    ["confidence at 50%", `events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5, confidence: 50%`, "checks.seq.sequential.confidence", "expected a confidence above 50%"],
    ["confidence as a plain number", `events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5, confidence: 0.99`, "checks.seq.sequential.confidence", "expected a percentage like 5%"],
    ["confidence and alpha", `events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5, confidence: 99%, alpha: 0.01`, "checks.seq.sequential.alpha", "expected confidence or alpha, found both"],
    ["alpha at 0.5", `events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5, alpha: 0.5`, "checks.seq.sequential.alpha", "expected a number between 0 and 0.5"],
    ["an unknown key", `events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5, max-ration: 2`, "checks.seq.sequential.max-ration", "unknown key 'max-ration'"],
    ["a rate instead of a counter", `events: 'rate(http_requests_total{code="500", $selector}[5m])', total: ${TOTAL}, max-ratio: 1.5`, "checks.seq.sequential.events", "expected a counter selector like http_requests_total{code=~\"5..\", $selector}, found a function"],
    ["a sum instead of a counter", `events: ${ERRORS}, total: 'sum(http_requests_total{$selector})', max-ratio: 1.5`, "checks.seq.sequential.total", "found an aggregation"],
    ["a range selector", `events: ${ERRORS}, total: 'http_requests_total{$selector}[5m]', max-ratio: 1.5`, "checks.seq.sequential.total", "found a range selector"],
    ["a counter without $selector", `events: ${ERRORS}, total: 'http_requests_total{job="api"}', max-ratio: 1.5`, "checks.seq.sequential.total", 'expected $selector in the braces, where the canary and baseline matchers go, like http_requests_total{job="api", $selector}'],
    ["PromQL that does not parse", `events: 'http_requests_total{code=~"5..", $selector', total: ${TOTAL}, max-ratio: 1.5`, "checks.seq.sequential.events", "PromQL does not parse"],
  ])("rejects %s", (_, keys, path, message) => {
    const problems = problemsOf(withSequential(keys));
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]!.message).toContain(message);
    expect(problems[0]!.line).toBe(11);
  });

  it("reports every problem of a sequential check at once, with the file and line", () => {
    const lines = linesOf(withSequential(`events: 'rate(x{$selector}[5m])', total: 'y{job="a"}', max-ratio: 0.5, confidence: 40%`));
    expect(lines).toEqual([
      `pb.yml:11:27: checks.seq.sequential.events: expected a counter selector like http_requests_total{code=~"5..", $selector}, found a function; the gate reads each series' raw count and takes the differences itself, so rate, increase, sum and offsets are not used`,
      'pb.yml:11:60: checks.seq.sequential.total: expected $selector in the braces, where the canary and baseline matchers go, like y{job="a", $selector}',
      "pb.yml:11:85: checks.seq.sequential.max-ratio: expected a ratio above 1 like 1.5 (the canary may have up to 1.5 times the baseline's event rate), found 0.5",
      'pb.yml:11:102: checks.seq.sequential.confidence: expected a confidence above 50% and below 100% like 99%, found "40%"',
    ]);
  });

  it.each([
    ["wait-for", "  - { name: canary, weight: 10, soak: 30m, checks: [errors], wait-for: [seq] }", "stages[0].wait-for[0]"],
    ["rollback.verify", "  - { name: canary, weight: 10, soak: 30m, checks: [errors, seq] }\nrollback: { verify: [seq] }", "rollback.verify[0]"],
  ])("refuses a sequential check in %s, which takes a single look", (_, stages, path) => {
    const problems = problemsOf(withSequential(`events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5`, stages));
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]!.message).toContain("'seq' is a sequential check, which judges a whole soak");
  });

  it("plans the four counters exactly as they are sent, and the decision rule", () => {
    const pb = parsePlaybook(withSequential(`events: ${ERRORS}, total: ${TOTAL}, max-ratio: 1.5, confidence: 99.9%`), "pb.yml");
    const plan = planStage(pb, pb.stages[0]!);
    expect(plan.checks[1]).toEqual({
      kind: "sequential",
      name: "seq",
      counts: "events",
      maxRatio: 1.5,
      alpha: 0.001,
      confidence: "99.9%",
      canaryQueries: { events: 'http_requests_total{code=~"5..", track="canary"}', total: 'http_requests_total{track="canary"}' },
      baselineQueries: { events: 'http_requests_total{code=~"5..", track="stable"}', total: 'http_requests_total{track="stable"}' },
    });
    const text = formatPlanText(plan);
    expect(text).toContain("    seq (sequential): canary events per request at most ×1.5 the baseline's, decided at 99.9% confidence as soon as the counts allow");
    expect(text).toContain('canary events: http_requests_total{code=~"5..", track="canary"}');
    expect(text).toContain('baseline total: http_requests_total{track="stable"}');
    const markdown = formatPlanMarkdown(plan);
    expect(markdown).toContain(["# canary events", 'http_requests_total{code=~"5..", track="canary"}', "# canary total", 'http_requests_total{track="canary"}'].join("\n"));
  });
});
