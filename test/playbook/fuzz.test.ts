import { describe, expect, it } from "vitest";
import { examplePlaybooks, fuzzLoader, mutate, violation } from "../../tools/fuzz-playbook.js";

// Fixed, so a failure here reproduces; `npm run fuzz` tries fresh seeds for longer.
const SEED = 20261128;
const RUNS = 400;

describe("the loader under fuzzing", () => {
  it(`throws nothing but located ConfigurationErrors on ${RUNS} random and mutated playbooks (seed ${SEED})`, () => {
    const report = fuzzLoader(RUNS, SEED);
    expect(report.failed ? `${report.errorInstance} on ${JSON.stringify(report.counterexample?.[0])?.slice(0, 300)}` : "held").toBe("held");
    expect(report.numRuns).toBe(RUNS);
  });

  it("reads every example unmutated", () => {
    const examples = examplePlaybooks();
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const text of examples) expect(violation(text)).toBeUndefined();
  });

  it.each([
    ["renames a key", { kind: "key", at: 1, to: "sevice" }, "a: 1\nservice: x", "a: 1\nsevice: x"],
    ["swaps a value", { kind: "value", at: 0, to: "~" }, "soak: 2h", "soak: ~"],
    ["swaps a unit", { kind: "unit", at: 0, to: "x" }, 'fail: "> 5%"', 'fail: "> 5x"'],
    ["shifts indentation", { kind: "indent", at: 0, by: -2 }, "    soak: 2h", "  soak: 2h"],
    ["truncates", { kind: "truncate", at: 4 }, "soak: 2h", "soak"],
  ] as const)("a mutation %s", (_, m, before, after) => {
    expect(mutate(before, m)).toBe(after);
  });
});
