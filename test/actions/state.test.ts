/** The state passed between actions: parsed strictly, named after its input when wrong. */
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { type DeployState, parseState, serializeState } from "../../src/state.js";

const state: DeployState = {
  version: 1,
  service: "checkout",
  stage: "canary",
  weight: 10,
  targetVersion: "v2",
  status: "rolling-out",
  digest: `sha256:${"ab".repeat(32)}`,
  previous: { kind: "command", weight: 0, current: { image: "checkout:v1", replicas: 4 } },
  startedAt: "2026-01-05T10:00:00.000Z",
  updatedAt: "2026-01-05T10:05:00.000Z",
  verdicts: { canary: "go" },
};

function problems(text: string): string[] {
  try {
    parseState(text, "state");
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error("expected a ConfigurationError");
}

describe("state", () => {
  it("round-trips through its serialized form", () => {
    expect(parseState(serializeState(state), "state")).toEqual(state);
  });

  it.each([
    ["{", /^input 'state': found "\{", which is not JSON/],
    ["[]", /^input 'state': found a list; expected the state output/],
    [JSON.stringify({ ...state, weight: 150 }), /^input 'state': weight: found 150;/],
    [JSON.stringify({ ...state, verdicts: { canary: "maybe" } }), /^input 'state': verdicts\.canary: found "maybe"; expected one of go, conditional, no-go, inconclusive/],
    [JSON.stringify({ ...state, token: "x" }), /^input 'state': unknown key\(s\) token/],
    [JSON.stringify({ ...state, startedAt: "yesterday" }), /^input 'state': startedAt: found "yesterday"; expected an ISO 8601 time/],
  ])("rejects %s", (text, message) => {
    expect(problems(text)[0]).toMatch(message);
  });

  it("reports every wrong field at once", () => {
    expect(problems(JSON.stringify({ ...state, version: 2, service: "" }))).toHaveLength(2);
  });

  it("says what a missing field should hold, in words, never the schema library's", () => {
    const { service: _service, verdicts: _verdicts, digest: _digest, ...rest } = state;
    const found = problems(JSON.stringify({ ...rest, stage: 7 }));
    expect(found).toEqual([
      "input 'state': service: missing; expected the service's name",
      "input 'state': stage: found 7; expected a stage name",
      "input 'state': digest: missing; expected sha256: and 64 hex digits",
      "input 'state': verdicts: missing; expected a mapping of stage names to verdicts",
    ]);
    expect(found.join("\n")).not.toMatch(/Invalid input|received/);
  });
});
