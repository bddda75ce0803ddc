import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_RETRY_POLICY, retryAfterMs } from "../../src/metrics/backoff.js";
import { parseSampleValue, readEnvelope } from "../../src/metrics/prometheus-response.js";

describe("sample values", () => {
  it.each([
    ["1.5", 1.5],
    ["0", 0],
    ["-2e-3", -0.002],
    ["+Inf", Number.POSITIVE_INFINITY],
    ["-Inf", Number.NEGATIVE_INFINITY],
    ["Inf", Number.POSITIVE_INFINITY],
  ])("reads %j", (raw, expected) => {
    expect(parseSampleValue(raw)).toBe(expected);
  });

  it("reads NaN as NaN", () => {
    expect(parseSampleValue("NaN")).toBeNaN();
  });

  it.each([[""], ["abc"], [1], [null]])("refuses %j rather than reading it as a number", (raw) => {
    expect(() => parseSampleValue(raw)).toThrow(/Prometheus sent an unexpected answer/);
  });
});

describe("envelopes", () => {
  it.each([
    ["{}", undefined],
    ["[]", undefined],
    ["nope", undefined],
    [`{"status":"success"}`, undefined],
    [`{"status":"success","data":1,"warnings":["w"]}`, { ok: true, data: 1, warnings: ["w"] }],
    [`{"status":"error","errorType":"bad_data","error":"x"}`, { ok: false, errorType: "bad_data", error: "x", warnings: [] }],
  ])("reads %s", (body, expected) => {
    expect(readEnvelope(body)).toEqual(expected);
  });
});

describe("backoff", () => {
  it.each([
    [1, 1, 500],
    [2, 1, 1000],
    [3, 1, 2000],
    [5, 1, 5000],
    [2, 0.5, 500],
    [4, 0, 0],
  ])("after attempt %i with jitter %d waits %i ms", (attempt, random, expected) => {
    expect(backoffDelay(DEFAULT_RETRY_POLICY, attempt, () => random)).toBe(expected);
  });

  it.each([
    [null, undefined],
    ["", undefined],
    ["soon", undefined],
    ["2", 2000],
    ["3600", 30_000],
    ["Mon, 05 Jan 2026 09:59:00 GMT", 0],
  ])("reads Retry-After %j", (header, expected) => {
    expect(retryAfterMs(header, new Date("2026-01-05T10:00:00Z"))).toBe(expected);
  });
});
