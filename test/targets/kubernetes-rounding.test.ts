/** The rule that turns a weight into canary and stable pod counts in `traffic: replicas`. */
import { describe, expect, it } from "vitest";
import { splitReplicas } from "../../src/targets/kubernetes/replicas.js";

describe("splitReplicas: nearest, at least one canary pod above 0%, at least one stable pod below 100%", () => {
  it.each([
    // weight, total, canary, stable
    [0, 10, 0, 10],
    [10, 10, 1, 9],
    [50, 10, 5, 5],
    [100, 10, 10, 0],
    [25, 10, 3, 7], // 2.5 rounds half up
    [24, 10, 2, 8],
    [1, 10, 1, 9], // 0.1 would round to 0: at least one canary pod
    [1, 3, 1, 2],
    [99, 10, 9, 1], // 9.9 would round to 10: at least one stable pod
    [95, 10, 9, 1], // 9.5 rounds to 10: still one stable pod
    [50, 2, 1, 1],
    [90, 2, 1, 1],
    [10, 2, 1, 1],
    [33, 3, 1, 2], // 0.99
    [67, 3, 2, 1], // 2.01
    [50, 3, 2, 1], // 1.5 rounds half up
    [10, 100, 10, 90],
    [0.5, 100, 1, 99],
    [0, 1, 0, 1],
    [100, 1, 1, 0],
    [0, 0, 0, 0],
  ])("%s%% of %s replicas: %s canary, %s stable", (weight, total, canary, stable) => {
    expect(splitReplicas(weight, total)).toEqual({ canary, stable });
  });

  it.each([
    [10, 1],
    [50, 1],
    [99, 0],
  ])("%s%% of %s replicas cannot keep both sides, and says so", (weight, total) => {
    expect(() => splitReplicas(weight, total)).toThrow(/cannot keep one canary and one stable pod: traffic: replicas needs at least 2/);
  });

  it("keeps the total for every weight and total", () => {
    for (let total = 2; total <= 40; total++)
      for (let weight = 0; weight <= 100; weight++) {
        const { canary, stable } = splitReplicas(weight, total);
        expect(canary + stable).toBe(total);
        expect(Math.abs(canary - (total * weight) / 100)).toBeLessThanOrEqual(1);
      }
  });
});
