import { parser } from "@prometheus-io/lezer-promql";
import { describe, expect, it } from "vitest";
import { promqlString, renderMatchers, renderQuery, usesSelector, validateQuery } from "../../src/playbook/promql.js";

/** Reads back every label matcher of a parsed query: [name, op, value]. Fails on a parse error. */
function matchersOf(query: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  parser.parse(query).iterate({
    enter(node) {
      if (node.type.isError) throw new Error(`does not parse at ${node.from}: ${query}`);
      if (node.name !== "UnquotedLabelMatcher") return;
      const m = node.node;
      const name = m.getChild("LabelName")!;
      const op = m.getChild("MatchOp")!;
      const value = m.getChild("StringLiteral")!;
      out.push([query.slice(name.from, name.to), query.slice(op.from, op.to), unquote(query.slice(value.from, value.to))]);
    },
  });
  return out;
}

/** PromQL double-quoted strings use Go's escapes; the ones promqlString writes are JSON's too. */
function unquote(literal: string): string {
  expect(literal.startsWith('"')).toBe(true);
  return JSON.parse(literal) as string;
}

const HOSTILE = [
  'say "hi"',
  "back\\slash\\",
  "line\nbreak\r\ttab",
  'x"} or vector(1) or up{a="',
  '"}',
  "\\",
  "$selector",
  "bell\u0007del\u007f",
  "ünïcødé ✓ 🚀",
  "`raw`",
  "",
];

describe("renderQuery", () => {
  it.each(HOSTILE)("keeps %j a single label value", (value) => {
    const query = renderQuery('sum(rate(http_requests_total{code=~"5..", $selector}[5m]))', { version: value, track: "canary" });
    expect(matchersOf(query)).toEqual([
      ["code", "=~", "5.."],
      ["version", "=", value],
      ["track", "=", "canary"],
    ]);
  });

  it("fills every $selector and nothing else", () => {
    const query = renderQuery("sum(rate(a{$selector}[5m])) / sum(rate(b{x=\"$sel\", $selector}[5m]))", { v: "c" });
    expect(query).toBe('sum(rate(a{v="c"}[5m])) / sum(rate(b{x="$sel", v="c"}[5m]))');
    expect(matchersOf(query)).toEqual([["v", "=", "c"], ["x", "=", "$sel"], ["v", "=", "c"]]);
  });

  it("does not read a value's own $selector as a placeholder", () => {
    expect(renderQuery("up{$selector}", { a: "$selector" })).toBe('up{a="$selector"}');
  });

  it("refuses a label name that is not one", () => {
    expect(() => renderMatchers({ 'a="x"} or up{b': "c" })).toThrow(/invalid label name/);
  });

  it.each([
    ["plain", '"plain"'],
    ['q"uote', '"q\\"uote"'],
    ["a\\b", '"a\\\\b"'],
    ["new\nline", '"new\\nline"'],
    ["nul\u0000", '"nul\\u0000"'],
  ])("promqlString(%j) is %s", (value, literal) => {
    expect(promqlString(value)).toBe(literal);
  });
});

describe("validateQuery", () => {
  it.each([
    'sum(rate(http_requests_total{code=~"5..", $selector}[5m])) / sum(rate(http_requests_total{$selector}[5m]))',
    "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{$selector}[5m])))",
    "deriv(process_resident_memory_bytes{$selector}[30m])",
    "sum(rate(dlq_entries_total[5m])) * 60",
    "up",
    "sum by (instance) (rate(x_total{ $selector }[5m]))",
  ])("accepts %s", (query) => {
    expect(validateQuery(query)).toBeUndefined();
  });

  it.each([
    ["sum(rate(x{$selector}[5m])", 26, "the query ends too early"],
    ["rate(x{$selector}[5m]) +", 24, "the query ends too early"],
    ["rate(x{$selector}[5m]) $selector", 23, '$selector must stand inside braces'],
    ['up{a="$selector"}', 6, "$selector stands inside a quoted string"],
    ["up{$selector}[5x]", 15, 'unexpected "x"'],
    ["sum(up) bogus", 8, 'unexpected "bogus"'],
    ["   ", 0, "the query is empty"],
  ])("rejects %s at offset %d", (query, offset, message) => {
    const error = validateQuery(query);
    expect(error?.offset).toBe(offset);
    expect(error?.message).toContain(message);
  });

  it.each([
    ["up{$selector}", true],
    ["up", false],
  ])("usesSelector(%s) is %s", (query, uses) => {
    expect(usesSelector(query)).toBe(uses);
  });
});
