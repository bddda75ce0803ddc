/** What a gate leaves behind, from its result alone: outputs, acceptance, state, no secrets. */
import { describe, expect, it } from "vitest";
import { gateReport, type GateReportOptions, recordVerdict } from "../../src/app/gate-report.js";
import { blankStrings, secretBlanker } from "../../src/secrets.js";
import type { GateResult, Measurement, Verdict } from "../../src/judge/types.js";
import type { DeployState } from "../../src/state.js";
import { errorRate, playbook } from "../fakes/builders.js";

const PLAYBOOK = playbook([errorRate()], { soak: 600, interval: 300 });
const STATE: DeployState = {
  version: 1,
  service: "log-capturer",
  stage: "canary",
  weight: 10,
  targetVersion: "v2",
  status: "rolling-out",
  digest: `sha256:${"ab".repeat(32)}`,
  startedAt: "2026-01-05T10:00:00.000Z",
  updatedAt: "2026-01-05T10:00:00.000Z",
  verdicts: { earlier: "go" },
};

function measurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    check: "error-rate",
    outcome: "pass",
    canary: 0.004,
    limit: "> 5%",
    dimension: "ratio",
    detail: "0.4% is within the limits",
    queries: ['sum(rate(errors_total{version="canary"}[5m]))'],
    warnings: [],
    ...overrides,
  };
}

function result(verdict: Verdict, overrides: Partial<GateResult> = {}): GateResult {
  const outcome = verdict === "no-go" ? "fail" : verdict === "conditional" ? "warn" : "pass";
  return {
    service: "log-capturer",
    stage: "canary",
    weight: 10,
    verdict,
    reason: `the reason for ${verdict}.`,
    startedAt: "2026-01-05T10:00:00.000Z",
    endedAt: "2026-01-05T10:10:00.000Z",
    soak: 600,
    elapsed: 600,
    endedEarly: false,
    cancelled: false,
    rounds: [1, 2].map((index) => ({
      index,
      at: `2026-01-05T10:0${index * 5}:00.000Z`,
      elapsed: index * 300,
      measurements: [measurement({ outcome })],
    })),
    failedChecks: verdict === "no-go" ? ["error-rate"] : [],
    conditionalChecks: verdict === "conditional" ? ["error-rate"] : [],
    ...overrides,
  };
}

const OPTIONS: GateReportOptions = {
  acceptConditional: false,
  evidence: { path: "/tmp/runner/evidence.json", upload: false },
  meta: { generatedAt: "2026-01-05T10:10:01.000Z" },
  secrets: [],
};

describe("gateReport", () => {
  it.each([
    ["go", false, false, true],
    ["go", true, false, true],
    ["conditional", false, false, false],
    ["conditional", true, false, true],
    ["no-go", true, false, false],
    ["inconclusive", true, false, false],
    ["go", true, true, false],
    ["conditional", true, true, false],
  ] as [Verdict, boolean, boolean, boolean][])("%s with accept-conditional %s, cancelled %s: accepted %s", (verdict, acceptConditional, cancelled, accepted) => {
    const report = gateReport(result(verdict, { cancelled }), PLAYBOOK, PLAYBOOK.stages[0]!, { ...OPTIONS, acceptConditional });
    expect(report.accepted).toBe(accepted);
    expect(report.message.startsWith(`Gate ${verdict} for stage canary: accepted.`)).toBe(accepted);
  });

  it("sets every output, the check lists comma-separated", () => {
    const report = gateReport(result("no-go", { failedChecks: ["error-rate", "p99"], conditionalChecks: ["memory"] }), PLAYBOOK, PLAYBOOK.stages[0]!, { ...OPTIONS, state: STATE });
    expect(report.outputs).toEqual({
      verdict: "no-go",
      "failed-checks": "error-rate,p99",
      "conditional-checks": "memory",
      evidence: "/tmp/runner/evidence.json",
      state: expect.any(String),
    });
  });

  it("records the verdict in the incoming state and keeps the rest of it", () => {
    const report = gateReport(result("conditional"), PLAYBOOK, PLAYBOOK.stages[0]!, { ...OPTIONS, state: STATE });
    expect(JSON.parse(report.outputs.state!)).toEqual({ ...STATE, verdicts: { earlier: "go", canary: "conditional" }, updatedAt: "2026-01-05T10:10:00.000Z" });
    expect(recordVerdict(STATE, "canary", "no-go").verdicts).toEqual({ earlier: "go", canary: "no-go" });
  });

  it("writes no state output when no state came in", () => {
    const report = gateReport(result("go"), PLAYBOOK, PLAYBOOK.stages[0]!, OPTIONS);
    expect(report.outputs).not.toHaveProperty("state");
    expect(report.state).toBeUndefined();
  });

  it.each([
    ["no-go", {}, "Gate no-go for stage canary: the reason for no-go."],
    ["conditional", {}, "Gate conditional for stage canary: the reason for conditional."],
    ["inconclusive", { cancelled: true }, "Gate cancelled after 2 rounds of stage canary (inconclusive): partial evidence at /tmp/runner/evidence.json."],
  ] as [Verdict, Partial<GateResult>, string][])("says why a %s step fails", (verdict, overrides, message) => {
    const report = gateReport(result(verdict, overrides), PLAYBOOK, PLAYBOOK.stages[0]!, OPTIONS);
    expect(report.message).toBe(message);
    // Only a conditional verdict could have been accepted; the caller says how, in its own words.
    expect(report.conditional === true).toBe(verdict === "conditional" && !overrides.cancelled);
  });

  it("carries the summary table, the annotations and the evidence of the result", () => {
    const report = gateReport(result("no-go"), PLAYBOOK, PLAYBOOK.stages[0]!, OPTIONS);
    expect(report.summary).toMatch(/^## Gate NO-GO: log-capturer, stage canary \(10%\)/);
    expect(report.summary).toContain("| Check | Canary | Baseline | Delta | Limit | Result |");
    expect(report.annotations[0]).toMatchObject({ level: "error", title: expect.stringContaining("error-rate failed") });
    expect(report.evidence).toMatchObject({ verdict: "no-go", failedChecks: ["error-rate"], meta: OPTIONS.meta });
    expect(report.evidence.rounds[0]!.measurements[0]!.canary).toBe(0.004);
  });

  it("blanks out any secret that reached a detail, a reason or a query", () => {
    const token = "s3cr3t-token-XYZ";
    const leaky = measurement({ outcome: "fail", detail: `proxy said: bad token ${token}`, queries: [`up{k="${token}"}`] });
    const r = result("no-go", { reason: `token ${token} rejected.`, rounds: [{ index: 1, at: "2026-01-05T10:05:00.000Z", elapsed: 300, measurements: [leaky] }] });
    const report = gateReport(r, PLAYBOOK, PLAYBOOK.stages[0]!, { ...OPTIONS, state: STATE, secrets: [token] });
    const written = [report.summary, report.files[0]!.text, JSON.stringify(report.annotations), JSON.stringify(report.outputs), report.message];
    for (const text of written) expect(text).not.toContain(token);
    expect(report.summary).toContain("bad token \\*\\*\\*");
    expect(report.evidence.rounds[0]!.measurements[0]!.detail).toBe("proxy said: bad token ***");
  });
});

describe("secretBlanker", () => {
  it("keeps numbers, NaN and infinities as they are while scrubbing strings", () => {
    const scrubbed = blankStrings({ a: ["abcd!", NaN, Infinity, 0.5, undefined], abcd: true }, secretBlanker(["abcd"]));
    expect(scrubbed).toEqual({ a: ["***!", NaN, Infinity, 0.5, undefined], "***": true });
  });

  it.each([
    [["abcd"], "x abcd y abcd", "x *** y ***"],
    [["abcd", "abcdef"], "abcdef", "***"],
    [[], "abcd", "abcd"],
  ])("with %o turns %s into %s", (secrets, text, expected) => {
    expect(secretBlanker(secrets)(text)).toBe(expected);
  });
});
