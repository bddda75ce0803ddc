/** Test helpers: the problems a playbook text yields, and a valid base to mutate. */
import { ConfigurationError, formatProblem, type Problem } from "../../src/errors.js";
import { parsePlaybook } from "../../src/playbook/load.js";

/** Every problem parsePlaybook reports for `text`; fails the test when it throws anything else. */
export function problemsOf(text: string, file = "pb.yml"): Problem[] {
  try {
    parsePlaybook(text, file);
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
  return [];
}

/** The problems as `file:line:col: path: message` lines. */
export function linesOf(text: string): string[] {
  return problemsOf(text).map(formatProblem);
}

/** A valid playbook; pass sections as YAML text to replace the defaults. */
export function playbookText(parts: { selectors?: string; checks?: string; stages?: string; extra?: string } = {}): string {
  return [
    "version: 1",
    "service: api",
    "selectors:",
    parts.selectors ?? "  canary: { track: canary }\n  baseline: { track: stable }",
    "checks:",
    parts.checks ?? '  errors:\n    query: sum(rate(http_requests_total{code=~"5..", $selector}[5m]))\n    fail: "> 5%"\n    warn: "> 1%"',
    "stages:",
    parts.stages ?? "  - { name: canary, weight: 10, soak: 30m, checks: [errors] }\n  - { name: full, weight: 100, soak: 1h, checks: [errors] }",
    ...(parts.extra ? [parts.extra] : []),
    "",
  ].join("\n");
}
