import { describe, expect, it } from "vitest";
import { gateAnnotations } from "../../src/report/annotations.js";
import { RATIO_CAP } from "../../src/report/chart.js";
import { renderSummary } from "../../src/report/summary.js";
import type { Stage } from "../../src/playbook/types.js";
import { sequentialCheck } from "../fakes/builders.js";
import { counterRules, side, steady } from "../fakes/counters.js";
import { runScenario } from "../fakes/gate.js";

const errors = sequentialCheck({ name: "errors" });
const BASELINE = side(9000, 90);

async function summaryOf(canaryErrorsPerMinute: number, settings: Partial<Stage> = {}) {
  const { result, playbook } = await runScenario([errors], counterRules({ canary: side(1000, canaryErrorsPerMinute), baseline: BASELINE }), {
    soak: 1800,
    interval: 60,
    minSoak: 1800,
    ...settings,
  });
  return { result, md: renderSummary(result, playbook, playbook.stages[0]!) };
}

describe("a sequential check in the summary", () => {
  it("shows a no-go with the estimate, the interval and max-ratio, and when it was decided", async () => {
    const { result, md } = await summaryOf(20);
    const n = result.rounds.length;
    expect(md).toMatch(new RegExp(`\\*\\*NO-GO\\*\\*: a check failed; roll back\\. errors ×2 \\(99%: 1\\.\\d+–2\\.\\d+\\) above ×1\\.5 \\(events: canary ${20 * n}/${1000 * n}, baseline ${90 * n}/${9000 * n}\\) in round ${n} \\(${n}m\\)\\.`));
    expect(md).toMatch(new RegExp(`\\| errors \\| 2% \\(${20 * n}/${1000 * n}\\) \\| 1% \\(${90 * n}/${9000 * n}\\) \\| ×2 \\(99%: 1\\.\\d+–2\\.\\d+\\) \\| max-ratio ×1\\.5 at 99% \\| \\*\\*fail\\*\\* \\(decided in round ${n}, ${n}m\\) \\|`));
    expect(md).toContain(`- errors, round ${n} (${n}m): **fail**, ×2 (99%: `);
  });

  it("draws the interval over the soak against max-ratio, an infinite upper bound at the cap", async () => {
    const { result, md } = await summaryOf(20);
    const n = result.rounds.length;
    expect(md).toContain('  title "errors (canary/baseline event-rate ratio)"');
    const lines = md.split("\n").filter((l) => l.startsWith("  line ["));
    expect(lines).toHaveLength(4);
    const values = lines.map((l) => l.slice("  line [".length, -1).split(", ").map(Number));
    const [upper, estimate, lower, limit] = values as [number[], number[], number[], number[]];
    expect(limit).toEqual(Array(n).fill(1.5));
    for (let i = 0; i < n; i++) {
      expect(lower[i]).toBeLessThanOrEqual(estimate[i]!);
      expect(estimate[i]).toBeLessThanOrEqual(upper[i]!);
      expect(upper[i]).toBeLessThanOrEqual(RATIO_CAP * 1.5);
    }
    expect(lower.at(-1)).toBeGreaterThan(1.5);
    expect(md).toContain("Lines: upper bound, estimate, lower bound, max-ratio ×1.5 (99% confidence sequence)");
  });

  it("caps an infinite upper bound and says so", async () => {
    const { result, playbook } = await runScenario(
      [errors],
      counterRules({ canary: { events: steady(5), total: steady(1000) }, baseline: { events: () => null, total: steady(9000) } }),
      { soak: 120, interval: 60, minSoak: 120 },
    );
    const md = renderSummary(result, playbook, playbook.stages[0]!);
    expect(md).toContain("  line [6, 6]");
    expect(md).toContain("; values above ×6 drawn at ×6.");
  });

  it("shows a go reached after undecided rounds as a pass, not as its undecided rounds", async () => {
    const { result, md } = await summaryOf(10);
    expect(result.verdict).toBe("go");
    expect(md).toMatch(/\| errors \| 1% \(300\/30000\) \| 1% \(2700\/270000\) \| ×1 \(99%: 0\.\d+–1\.\d+\) \| max-ratio ×1\.5 at 99% \| pass \(decided in round \d, \dm\) \|/);
    expect(md).not.toContain("### Why");
  });

  it("leaves an undecided check conditional, with a warning annotation that gives the interval", async () => {
    const { result, md } = await summaryOf(15, { soak: 600, minSoak: 600 });
    expect(result.verdict).toBe("conditional");
    expect(md).toContain("**CONDITIONAL**: some checks warned or could not decide; consider rollback before proceeding. errors undecided: ×1.5 (99%: ");
    expect(md).toContain("| **undecided** after 10 rounds |");
    expect(md).toContain("- errors, round 10 (10m): **undecided**, undecided: ×1.5 (99%: ");
    const warning = gateAnnotations(result).find((a) => a.level === "warning")!;
    expect(warning.title).toBe("errors undecided (stage canary)");
    expect(warning.message).toMatch(/^errors: undecided: ×1\.5 \(99%: [\d.]+–[\d.]+\) includes ×1\.5 \(events: canary 150\/10000, baseline 900\/90000\) in round 10 \(10m\)\.$/);
  });
});
