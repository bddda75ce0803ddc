import { describe, expect, it } from "vitest";
import type { Measurement, Outcome, Round } from "../../src/judge/types.js";
import { effectiveOutcome, judgeRounds } from "../../src/judge/verdict.js";
import { worstOutcome } from "../../src/judge/outcome.js";
import { stage } from "../fakes/builders.js";

/** Rounds from one outcome string per check: "ppwf" is pass, pass, warn, fail; n no-data, e error. */
function rounds(perCheck: Record<string, string>): Round[] {
  const codes: Record<string, Outcome> = { p: "pass", w: "warn", f: "fail", n: "no-data", e: "error" };
  const length = Math.max(...Object.values(perCheck).map((s) => s.length));
  return Array.from({ length }, (_, i) => ({
    index: i + 1,
    at: new Date(Date.UTC(2026, 0, 5, 10, 5 * (i + 1))).toISOString(),
    elapsed: 300 * (i + 1),
    measurements: Object.entries(perCheck).map(
      ([check, s]): Measurement => ({ check, outcome: codes[s[i]!]!, dimension: "ratio", detail: `${codes[s[i]!]} detail`, queries: [], warnings: [] }),
    ),
  }));
}

describe("judgeRounds, at the end of the soak", () => {
  it.each([
    ["every round passed", { a: "pppp", b: "pppp" }, {}, "go", [], []],
    ["a warn", { a: "ppwp", b: "pppp" }, {}, "conditional", [], ["a"]],
    ["a fail", { a: "ppfp", b: "pppp" }, {}, "no-go", ["a"], []],
    ["a fail and a no-data: the fail decides", { a: "ppfp", b: "nnnn" }, {}, "no-go", ["a"], []],
    ["one no-data round", { a: "pnpp", b: "pppp" }, {}, "inconclusive", [], []],
    ["no-data counted as warn", { a: "pnpp", b: "pppp" }, { noData: "warn" }, "conditional", [], ["a"]],
    ["no-data counted as fail", { a: "pnpp", b: "pppp" }, { noData: "fail" }, "no-go", ["a"], []],
    ["errors below the limit are not counted", { a: "pepe", b: "pppp" }, {}, "go", [], []],
    ["errors at the limit", { a: "peee", b: "pppp" }, {}, "inconclusive", [], []],
    ["a check that only errored", { a: "eeee", b: "pppp" }, { errorLimit: 10 }, "inconclusive", [], []],
    ["a lone fail under failure-limit 2", { a: "pfpp", b: "pppp" }, { failureLimit: 2 }, "conditional", [], ["a"]],
    ["two fails in a row under failure-limit 2", { a: "pffp", b: "pppp" }, { failureLimit: 2 }, "no-go", ["a"], []],
    ["fails split by an error still run on", { a: "pfef", b: "pppp" }, { failureLimit: 2 }, "no-go", ["a"], []],
    ["only warns", { a: "wwww" }, {}, "conditional", [], ["a"]],
    ["no rounds", { a: "" }, {}, "inconclusive", [], []],
  ] as const)("%s → %s", (_, outcomes, settings, verdict, failed, conditional) => {
    const j = judgeRounds(rounds(outcomes), Object.keys(outcomes), stage(settings), { final: true });
    expect(j.verdict).toBe(verdict);
    expect(j.failedChecks).toEqual(failed);
    expect(j.conditionalChecks).toEqual(conditional);
  });

  it("says why in one sentence with the round and time", () => {
    expect(judgeRounds(rounds({ a: "pffp" }), ["a"], stage({ failureLimit: 2 }), { final: true }).reason).toBe("a fail detail in rounds 2-3 (15m).");
    expect(judgeRounds(rounds({ a: "pnpp" }), ["a"], stage(), { final: true }).reason).toBe(
      "a had no data in 1 of 4 rounds (first in round 2 (10m): no-data detail).",
    );
    expect(judgeRounds(rounds({ a: "pppp" }), ["a"], stage(), { final: true }).reason).toBe("All 1 checks passed in every counted round: 4 rounds over 20m.");
  });

  it("a cancelled soak is never a go", () => {
    const j = judgeRounds(rounds({ a: "ppp" }), ["a"], stage(), { final: true, cancelled: true });
    expect(j.verdict).toBe("inconclusive");
    expect(j.reason).toBe("Cancelled after 3 rounds (15m of 2h); a partial soak is never a go.");
  });
});

describe("judgeRounds, during the soak", () => {
  it.each([
    ["keeps going while healthy before min-soak", { a: "ppp" }, { minSoak: 1800 }, false, "inconclusive"],
    ["ends early with go once min-soak is reached", { a: "pppppp" }, { minSoak: 1800 }, true, "go"],
    ["no early go after a warn", { a: "pwpppp" }, { minSoak: 1800 }, false, "inconclusive"],
    ["no early go after an error", { a: "pepppp" }, { minSoak: 1800 }, false, "inconclusive"],
    ["stops on a fail", { a: "pf" }, {}, true, "no-go"],
    ["stops on errors at the limit", { a: "eee" }, {}, true, "inconclusive"],
  ] as const)("%s", (_, outcomes, settings, stop, verdict) => {
    const j = judgeRounds(rounds(outcomes), Object.keys(outcomes), stage(settings), { final: false });
    expect(j.stop).toBe(stop);
    expect(j.verdict).toBe(verdict);
  });
});

describe("outcomes", () => {
  it.each([
    [["pass", "warn"], "warn"],
    [["warn", "no-data"], "no-data"],
    [["no-data", "error"], "error"],
    [["error", "fail"], "fail"],
    [[], "pass"],
  ] as const)("worst of %o is %s", (outcomes, worst) => {
    expect(worstOutcome(outcomes)).toBe(worst);
  });

  it.each([
    ["no-data", "inconclusive", "no-data"],
    ["no-data", "fail", "fail"],
    ["no-data", "warn", "warn"],
    ["error", "fail", "error"],
    ["pass", "fail", "pass"],
  ] as const)("%s under no-data: %s counts as %s", (outcome, policy, effective) => {
    expect(effectiveOutcome(outcome, policy)).toBe(effective);
  });
});
