import { describe, expect, it } from "vitest";
import { downsample, MAX_POINTS } from "../../src/report/chart.js";
import { escapeMarkdown } from "../../src/report/markdown.js";
import { renderSummary } from "../../src/report/summary.js";
import { MetricsError } from "../../src/metrics/types.js";
import { alertsCheck, errorRate, limit, metricCheck, quantity } from "../fakes/builders.js";
import { overTime, runScenario } from "../fakes/gate.js";
import { when } from "../fakes/metrics.js";

const CANARY = 'version="canary"';
const STABLE = 'version="stable"';
const errorsWithBaseline = errorRate({ baseline: { maxIncrease: quantity("1%"), severity: "fail" } });
const p99 = metricCheck({ name: "p99-latency", query: "histogram_quantile(0.99, x{$selector})", fail: limit("> 1s"), warn: limit("> 500ms") });

function linesOf(markdown: string, prefix: string): string[] {
  return markdown.split("\n").filter((l) => l.startsWith(prefix));
}

describe("renderSummary", () => {
  it("puts a no-go and its reason on top, then the table, then a chart with the limits", async () => {
    const { result, playbook } = await runScenario(
      [errorsWithBaseline, p99],
      [when(`x{${CANARY}`, 0.42), when(CANARY, overTime((m) => (m >= 20 ? 0.072 : 0.004))), when(STABLE, 0.003)],
    );
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    const lines = md.split("\n");
    expect(lines[0]).toBe("## Gate NO-GO: log-capturer, stage canary (10%)");
    expect(lines[2]).toBe("**NO-GO**: a check failed; roll back. error-rate 7.2% crossed &gt; 5% in round 4 (20m).");
    expect(md).toContain("ended after 20m of 2h · 4 rounds");
    expect(md).toContain("Failed: error-rate");
    expect(md).toContain("| Check | Canary | Baseline | Delta | Limit | Result |");
    expect(md).toContain("| error-rate | 7.2% | 0.3% | +6.9% | fail &gt; 5%, warn &gt; 1%, max-increase 1% | **fail** (1 of 4 rounds) |");
    expect(md).toContain("| p99-latency | 420ms |  |  | fail &gt; 1s, warn &gt; 500ms | pass (all 4 rounds) |");
    expect(md).toContain("- error-rate, round 4 (20m): **fail**, 7.2% crossed &gt; 5%");

    expect(md).toContain('  title "error-rate (%)"');
    expect(md).toContain('  x-axis "minutes" [5, 10, 15, 20]');
    expect(md).toContain("  line [0.4, 0.4, 0.4, 7.2]\n  line [0.3, 0.3, 0.3, 0.3]\n  line [5, 5, 5, 5]\n  line [1, 1, 1, 1]");
    expect(md).toContain('  y-axis "%" 0 --> 8\n');
    expect(md).toContain("Lines: canary (blue), baseline (grey), fail &gt; 5% (red), warn &gt; 1% (orange).");
    expect(md).toContain('%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#1f77b4, #7f7f7f, #d62728, #ff7f0e"}}}}%%');
    // The p99 sits at 420ms: warn 500ms is in reach and drawn, fail 1s is not.
    expect(md).toContain('  title "p99-latency (ms)"');
    expect(md).toContain('  y-axis "ms" 0 --> 600\n  line [420, 420, 420, 420]\n  line [500, 500, 500, 500]\n```');
    expect(md).toContain("Lines: canary (blue), warn &gt; 500ms (orange). Off the scale, far beyond the values measured (at most 420ms), so not drawn: fail &gt; 1s.");
  });

  it("says an inconclusive that ended before any round did not soak", async () => {
    const alerts = alertsCheck({ name: "critical-alerts" });
    const { result, playbook } = await runScenario([alerts], [when("ALERTS", new MetricsError("network", "connect ECONNREFUSED"))]);
    expect(result.rounds).toHaveLength(0);
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    expect(md).toContain("ended before the first round (soak 2h not started) · 0 rounds");
    expect(md).not.toContain("soaked 2h");
  });

  it.each([
    [{ soak: 40, interval: 5, minSoak: 40 }, '  x-axis "seconds" [5, 10, 15, 20, 25, 30, 35, 40]'],
    [{ soak: 8 * 3600, interval: 3600, minSoak: 8 * 3600 }, '  x-axis "hours" [1, 2, 3, 4, 5, 6, 7, 8]'],
  ])("labels the time axis in a unit that suits the soak (%o)", async (settings, axis) => {
    const { result, playbook } = await runScenario([errorRate()], [when(CANARY, 0.004)], settings);
    expect(renderSummary(result, playbook, playbook.stages[0]!)).toContain(axis);
  });

  it("says go plainly", async () => {
    const { result, playbook } = await runScenario([errorRate()], [when(CANARY, 0.004)], { soak: 1800, minSoak: 1800 });
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    expect(md.split("\n")[2]).toBe("**GO**: every check passed; the rollout may proceed. All 1 checks passed in every counted round: 6 rounds over 30m.");
    expect(md).toContain("soaked 30m · 6 rounds");
  });

  it("shows a trend per hour in MB/h", async () => {
    const growth = metricCheck({ name: "memory-growth", query: "deriv(m{$selector}[30m])", per: 3600, fail: limit("> 20MB"), warn: limit("> 10MB") });
    const { result, playbook } = await runScenario([growth], [when(CANARY, 1000)], { soak: 900, minSoak: 900 });
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    expect(md).toContain("| memory-growth | 3.6MB/h |  |  | fail &gt; 20MB, warn &gt; 10MB (per 1h) | pass (all 3 rounds) |");
    expect(md).toContain('  title "memory-growth (MB/h)"');
    expect(md).toContain('  y-axis "MB/h" 0 --> 4\n  line [3.6, 3.6, 3.6]\n```');
    expect(md).toContain("so not drawn: fail &gt; 20MB, warn &gt; 10MB.");
  });

  it("scales a healthy canary and its baseline to their values, not to a limit far above", async () => {
    const check = errorRate({ baseline: { maxIncrease: quantity("1%"), severity: "fail" } });
    const { result, playbook } = await runScenario([check], [when(CANARY, 0.003), when(STABLE, 0.0031)], { soak: 1800, minSoak: 1800 });
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    expect(md).toContain('  y-axis "%" 0 --> 0.4\n  line [0.3, 0.3, 0.3, 0.3, 0.3, 0.3]\n  line [0.31, 0.31, 0.31, 0.31, 0.31, 0.31]\n```');
    expect(md).toContain("Lines: canary (blue), baseline (grey). Off the scale, far beyond the values measured (at most 0.31%), so not drawn: fail &gt; 5%, warn &gt; 1%.");
  });

  it("keeps a day of one-minute rounds to 60 points and keeps the spike", async () => {
    const { result, playbook } = await runScenario(
      [errorRate()],
      [when(CANARY, overTime((m) => (m === 777 ? 0.03 : 0.004)))],
      { soak: 86_400, interval: 60, minSoak: 86_400 },
    );
    expect(result.rounds).toHaveLength(1440);
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    const chartLines = linesOf(md, "  line [");
    expect(chartLines).toHaveLength(3);
    for (const l of chartLines) expect(l.split(",")).toHaveLength(MAX_POINTS);
    expect(chartLines[0]).toContain(", 3, ");
    expect(md).toContain("(1440 rounds shown as 60 points, the worst of each stretch)");
    expect(md.length).toBeLessThan(10_000);
  });

  it("reports a stop before the soak without an empty table", async () => {
    const { result, playbook } = await runScenario([errorRate()], [], { soak: 0 });
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    expect(md).toContain("**INCONCLUSIVE**: not enough data to decide; this is not a go.");
    expect(md).not.toContain("| Check |");
    expect(md).not.toContain("mermaid");
  });

  it("escapes user text", async () => {
    const check = errorRate({ name: "err|or*rate", query: "x{$selector}" });
    const { result, playbook } = await runScenario([check], [when(CANARY, () => new Error("<img src=x onerror=alert(1)> | *boom*"))], { errorLimit: 1 });
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    expect(md).not.toContain("<img");
    expect(md).toContain("err\\|or\\*rate");
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt; \\| \\*boom\\*");
  });
});

describe("escapeMarkdown and downsample", () => {
  it.each([
    ["a|b", "a\\|b"],
    ["*bold* _it_ `code` [link]", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\]"],
    ["<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"],
    ["two\nlines", "two lines"],
    ["error-rate 5%", "error-rate 5%"],
  ])("%s → %s", (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it("keeps the worst of each stretch, in order", () => {
    expect(downsample([1, 5, 2, 2, 9, 3], 3, (a, b) => a > b)).toEqual([5, 2, 9]);
    expect(downsample([1, 2], 60, (a, b) => a > b)).toEqual([1, 2]);
  });
});
