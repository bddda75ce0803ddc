import { describe, expect, it } from "vitest";
import { parsePlaybook } from "../../src/playbook/load.js";
import { loadPlaybookFile } from "../helpers/playbook-file.js";
import { needsPrometheus } from "../../src/playbook/semantics.js";
import { playbookText, problemsOf } from "./problems.js";

const metric = (extra: string, query = 'sum(rate(http_requests_total{code=~"5..", $selector}[5m]))') =>
  `  errors:\n    query: ${query}\n${extra}`;

describe("semantic checks", () => {
  it.each([
    ["a stage naming an unknown check", { stages: "  - { name: canary, weight: 10, soak: 1h, checks: [errors, latency] }" },
      "stages[0].checks[1]", "no check named 'latency'; expected one of: errors"],
    ["wait-for naming an unknown check", { stages: "  - { name: canary, weight: 10, soak: 1h, checks: [errors], wait-for: [health] }" },
      "stages[0].wait-for[0]", "no check named 'health'"],
    ["rollback.verify naming an unknown check", { extra: "rollback: { verify: [health] }" },
      "rollback.verify[0]", "no check named 'health'"],
    ["a check listed twice", { stages: "  - { name: canary, weight: 10, soak: 1h, checks: [errors, errors] }" },
      "stages[0].checks[1]", "check 'errors' is listed twice"],
    ["duplicate stage names", { stages: "  - { name: canary, weight: 10, soak: 1h, checks: [errors] }\n  - { name: canary, weight: 50, soak: 1h, checks: [errors] }" },
      "stages[1].name", "duplicate stage name 'canary' (also stages[0])"],
    ["weights not increasing", { stages: "  - { name: a, weight: 50, soak: 1h, checks: [errors] }\n  - { name: b, weight: 50, soak: 1h, checks: [errors] }" },
      "stages[1].weight", "weight 50 is not above the previous stage's 50"],
    ["an interval longer than the soak", { stages: "  - { name: a, weight: 10, soak: 10m, interval: 15m, checks: [errors] }" },
      "stages[0].interval", "interval 15m is longer than the soak 10m"],
    ["a min-soak longer than the soak", { stages: "  - { name: a, weight: 10, soak: 10m, min-soak: 1h, checks: [errors] }" },
      "stages[0].min-soak", "min-soak 1h is longer than the soak 10m"],
    ["a soak that watches nothing", { stages: "  - { name: a, weight: 10, soak: 10m }" },
      "stages[0].checks", "stage 'a' soaks for 10m but holds no checks"],
    ["a metric check that judges nothing", { checks: metric("    description: nothing") },
      "checks.errors", "the check judges nothing; expected at least one of fail, warn, baseline or spread"],
    ["fail and warn in different units", { checks: metric('    fail: "> 5%"\n    warn: "> 100ms"') },
      "checks.errors.warn", 'warn "> 100ms" is a duration but fail "> 5%" is a percentage'],
    ["warn past fail (upward)", { checks: metric('    fail: "> 5%"\n    warn: "> 6%"') },
      "checks.errors.warn", 'warn "> 6%" is past fail "> 5%", so it could never apply; expected warn at or below fail'],
    ["warn past fail (downward)", { checks: metric('    fail: "< 100"\n    warn: "< 50"') },
      "checks.errors.warn", "expected warn at or above fail"],
    ["fail and warn in opposite directions", { checks: metric('    fail: "> 5%"\n    warn: "< 1%"') },
      "checks.errors.warn", "point in opposite directions"],
    ["spread warn past fail", { checks: metric('    spread: { fail: "> 10%", warn: "> 20%" }') },
      "checks.errors.spread.warn", 'warn "> 20%" is past fail "> 10%"'],
    ["a baseline tolerance in another unit", { checks: metric('    fail: "> 5%"\n    baseline: { max-increase: 1s }') },
      "checks.errors.baseline.max-increase", "1s is a duration but the check's fail and warn are a percentage; expected the same unit"],
    ["a baseline comparison without $selector", { checks: metric("    baseline: { max-increase: 1 }", "sum(up)") },
      "checks.errors.query", "a baseline comparison needs $selector in the query"],
    ["identical selectors", { selectors: "  canary: { track: a }\n  baseline: { track: a }" },
      "selectors.baseline", "the baseline selector is the same as the canary's"],
    ["an empty canary selector while queries use $selector", { selectors: "  canary: {}\n  baseline: { track: a }" },
      "selectors.canary", "expected at least one label matcher"],
    ["signoff requiring an unknown role", { extra: "signoff: { environment: prod, roles: { sre: { users: [ana] } }, require: [sre, security] }" },
      "signoff.require[1]", "no role named 'security'; expected one of: sre"],
    ["a week window ending before it starts", { extra: 'windows: { allow: [{ days: [mon], from: "18:00", to: "09:00" }] }' },
      "windows.allow[0].to", "the window mon 18:00-09:00 ends before it starts"],
    ["a freeze ending before it starts", { extra: "windows: { freeze: [{ from: 2025-12-24, to: 2025-12-20 }] }" },
      "windows.freeze[0].to", "the freeze ends (2025-12-20) before it starts (2025-12-24)"],
    ["a freeze on a date that does not exist", { extra: "windows: { freeze: [{ from: 2025-02-30, to: 2025-03-02 }] }" },
      "windows.freeze[0].from", 'expected a calendar date YYYY-MM-DD, found "2025-02-30"'],
    ["a canary Deployment that is the stable one", { extra: "target: { kubernetes: { namespace: prod, deployment: api, canary-deployment: api } }" },
      "target.kubernetes.canary-deployment", "the canary Deployment is the stable one ('api')"],
  ])("%s", (_, parts, path, message) => {
    const problems = problemsOf(playbookText(parts));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(message);
    expect(problems[0]?.line).toBeGreaterThan(0);
  });

  it("locates a semantic problem at the offending item", () => {
    const text = playbookText({ stages: "  - name: canary\n    weight: 10\n    soak: 1h\n    checks:\n      - errors\n      - latency" });
    expect(problemsOf(text)[0]).toMatchObject({ line: 17, column: 9, path: "stages[0].checks[1]" });
  });

  it("reports every semantic problem of a file at once", () => {
    let lines: string[] = [];
    try {
      loadPlaybookFile("test/fixtures/playbooks/semantic-mistakes.yml");
    } catch (error) {
      lines = (error as { problems: { line: number; path: string }[] }).problems.map((p) => `${p.line} ${p.path}`);
    }
    expect(lines).toEqual(["5 selectors.baseline", "10 checks.errors.warn", "12 stages[0].checks[1]", "13 stages[1].name", "13 stages[1].weight", "13 stages[1].interval"]);
  });

  it.each([
    ["a metric check", "  errors:\n    query: up{$selector}\n    fail: '< 1'", true],
    ["an alerts check", "  errors: { alerts: { match: { service: api } } }", true],
    ["only http checks", "  errors: { http: https://api.internal/health }", false],
  ])("needsPrometheus with %s is %s", (_, checks, needed) => {
    expect(needsPrometheus(parsePlaybook(playbookText({ checks }), "pb.yml"))).toBe(needed);
  });
});
