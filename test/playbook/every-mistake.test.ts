import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { linesOf } from "./problems.js";

const FILE = "test/fixtures/playbooks/every-mistake.yml";

describe("a playbook with mistakes of every layer", () => {
  it("reports them all in one pass: duplicate key, PromQL, schema and the checks across fields", () => {
    const lines = linesOf(readFileSync(FILE, "utf8"));
    expect(lines).toEqual([
      'pb.yml:10:64: checks.error-rate.query: PromQL does not parse at column 53 of the query: $selector must stand inside braces as a matcher, like metric{$selector} or metric{code="5..", $selector}',
      'pb.yml:12:11: checks.error-rate.warn: warn "> 5%" is past fail "> 1%", so it could never apply; expected warn at or below fail',
      "pb.yml:16:5: checks.latency.fail: duplicate key 'fail' (first at line 15); each key may appear once in a mapping",
      "pb.yml:20:31: checks.errors-vs-stable.baseline.max-increase: 20MB is a size but the check's fail and warn are a percentage; expected the same unit",
      "pb.yml:22:54: stages[0].interval: interval 15m is longer than the soak 10m; expected at most the soak",
      "pb.yml:23:27: stages[1].weight: expected a number from 0 to 100, found 110",
    ]);
  });
});
