import { describe, expect, it } from "vitest";
import { crosses, formatSeconds, formatValue, parseDuration, parseLimit, parseQuantity } from "../../src/playbook/quantity.js";

describe("parseQuantity", () => {
  it.each([
    ["5%", 0.05, "ratio"],
    ["0.5 %", 0.005, "ratio"],
    ["500ms", 0.5, "duration"],
    ["2h", 7200, "duration"],
    ["1h30m", 5400, "duration"],
    ["1d", 86400, "duration"],
    ["20MB", 20e6, "bytes"],
    ["20MiB", 20 * 2 ** 20, "bytes"],
    ["1.5GB", 1.5e9, "bytes"],
    ["1000", 1000, "number"],
    ["-3", -3, "number"],
    ["1e3", 1000, "number"],
    [42, 42, "number"],
  ] as const)("%s is %d (%s)", (text, value, dimension) => {
    const q = parseQuantity(text);
    expect(q?.value).toBeCloseTo(value, 9);
    expect(q?.dimension).toBe(dimension);
  });

  it.each(["", "abc", "5 apples", "2x", "5%%", "MB", "1h 30m", "20mb", Number.NaN, Number.POSITIVE_INFINITY])(
    "rejects %s",
    (text) => {
      expect(parseQuantity(text)).toBeUndefined();
    },
  );

  it.each([
    ["5m", 300],
    ["500ms", 0.5],
    ["5%", undefined],
    ["300", undefined],
  ] as const)("parseDuration(%s) is %s", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });
});

describe("parseLimit and crosses", () => {
  it.each([
    ["> 5%", 0.051, true],
    ["> 5%", 0.05, false],
    [">= 5%", 0.05, true],
    ["< 500ms", 0.4, true],
    ["< 500ms", 0.5, false],
    ["<= 100", 100, true],
    ["> 20MB", 20e6 + 1, true],
    ["> 1s", Number.NaN, false],
  ] as const)("%s crossed by %d: %s", (text, value, crossed) => {
    const limit = parseLimit(text);
    expect(limit).toBeDefined();
    expect(crosses(limit!, value)).toBe(crossed);
  });

  it.each(["5%", "> ", "=> 5%", "> 5x", "≥ 5%", "> five"])("rejects %s", (text) => {
    expect(parseLimit(text)).toBeUndefined();
  });

  it("keeps the text as written for messages", () => {
    expect(parseLimit("  >  500ms ")).toMatchObject({ op: ">", text: ">  500ms", quantity: { value: 0.5, dimension: "duration" } });
  });
});

describe("formatting", () => {
  it.each([
    [7200, "2h"],
    [0.25, "250ms"],
    [90, "1m30s"],
    [86400 + 60, "1d1m"],
    [-30, "-30s"],
  ])("formatSeconds(%d) is %s", (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });

  it.each([
    [0.05, "ratio", "5%"],
    [20e6, "bytes", "20MB"],
    [Number.NaN, "number", "NaN"],
    [Number.NEGATIVE_INFINITY, "duration", "-Inf"],
  ] as const)("formatValue(%d, %s) is %s", (value, dimension, text) => {
    expect(formatValue(value, dimension)).toBe(text);
  });
});
