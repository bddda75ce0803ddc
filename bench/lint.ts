/**
 * The loader's cost as a playbook grows: generated playbooks of 100 to 23,000 metric
 * checks (up to about 5 MB), parsed with the size limits lifted, so the figures show how
 * the cost grows, not where the limits stop it. Time per MB that stays flat means linear.
 */
import { LIMITS, type PlaybookLimits } from "../src/playbook/guard.js";
import { parsePlaybook } from "../src/playbook/load.js";
import { summarize, type Summary } from "./stats.js";

const UNLIMITED: PlaybookLimits = { ...LIMITS, fileBytes: Infinity, checks: Infinity };

/** A valid playbook of `checks` metric checks, each with a PromQL query of two $selector. */
export function generatedPlaybook(checks: number): string {
  const lines = ["version: 1", "service: big", "prometheus: { url: http://127.0.0.1:9090 }", "selectors:", "  canary: { track: canary }", "  baseline: { track: stable }", "checks:"];
  for (let i = 0; i < checks; i++) {
    lines.push(
      `  check-${i}:`,
      `    query: sum(rate(http_requests_total{code=~"5..", $selector}[5m])) / sum(rate(http_requests_total{$selector}[5m]))`,
      '    fail: "> 5%"',
      '    warn: "> 1%"',
    );
  }
  const listed = Array.from({ length: Math.min(checks, 50) }, (_, i) => `check-${i}`);
  lines.push("stages:", "  - name: canary", "    weight: 10", "    soak: 1h", `    checks: [${listed.join(", ")}]`, "");
  return lines.join("\n");
}

export interface LintFigures {
  readonly checks: number;
  readonly megabytes: number;
  readonly time: Summary;
  /** Median milliseconds per MB of playbook. */
  readonly msPerMB: number;
}

/** Times parsePlaybook on each size, `runs` times after one warm-up. */
export function benchLint(sizes: readonly number[], runs: number): LintFigures[] {
  return sizes.map((checks) => {
    const text = generatedPlaybook(checks);
    const samples: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      parsePlaybook(text, "generated.yml", UNLIMITED);
      if (i > 0) samples.push(performance.now() - start);
    }
    const megabytes = Buffer.byteLength(text) / 1e6;
    const time = summarize(samples);
    return { checks, megabytes, time, msPerMB: time.median / megabytes };
  });
}
