/** Input parsing: reject, don't coerce; an empty input is absent; every problem at once. */
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { parseCanaryInputs } from "../../src/inputs/canary.js";
import { parseGateInputs } from "../../src/inputs/gate.js";
import { parsePlaybookInputs } from "../../src/inputs/playbook.js";
import { parseRollbackInputs } from "../../src/inputs/rollback.js";
import { booleanInput, durationInput, headerLines, nameList, urlInput } from "../../src/inputs/parsers.js";
import { type InputGetter, secretValues } from "../../src/inputs/spec.js";
import { gateAction } from "../../src/inputs/gate.js";

const context = { workspace: "/ws", temp: "/tmp/runner" };
const getter = (inputs: Record<string, string>): InputGetter => (name) => inputs[name];

function problemsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems.map((p) => ({ path: p.path, message: p.message }));
    throw error;
  }
  throw new Error("expected a ConfigurationError");
}

describe("booleanInput", () => {
  it.each([
    ["true", true],
    ["True", true],
    ["TRUE", true],
    ["false", false],
    ["False", false],
    ["FALSE", false],
    [" true ", true],
  ])("reads %j as %s", (raw, value) => {
    expect(booleanInput(raw)).toBe(value);
  });

  it.each(["yes", "no", "on", "1", "0", "tru", "y"])("rejects %j, naming the value and the accepted words", (raw) => {
    expect(() => booleanInput(raw)).toThrow(`found "${raw}"; expected one of true, True, TRUE, false, False, FALSE`);
  });
});

describe("urlInput", () => {
  it.each(["https://prom.example:9090", "http://127.0.0.1:9090/prometheus"])("accepts %s", (url) => {
    expect(urlInput(url)).toBe(url);
  });
  it.each([
    ["prom.example", "expected an http(s) URL"],
    ["ftp://prom.example", "expected an http(s) URL"],
    ["https://user:pw@prom.example", "carries credentials"],
  ])("rejects %s", (url, message) => {
    expect(() => urlInput(url)).toThrow(message);
  });
  it("never echoes credentials found in a URL", () => {
    expect(() => urlInput("https://user:s3cretpw@prom.example")).toThrow(expect.objectContaining({ message: expect.not.stringContaining("s3cretpw") }));
  });
});

describe("durationInput", () => {
  it.each([
    ["45m", 2700],
    ["1h30m", 5400],
    [" 2h ", 7200],
    [undefined, undefined],
    ["", undefined],
  ])("reads %j as %j seconds", (raw, seconds) => {
    expect(durationInput(raw)).toBe(seconds);
  });
  it.each(["abc", "45", "0s", "-5m", "5 minutes"])("rejects %j rather than guessing", (raw) => {
    expect(() => durationInput(raw)).toThrow(`found "${raw}"; expected a duration like 45m, 2h or 1h30m`);
  });
});

describe("nameList", () => {
  it.each([
    ["canary", ["canary"]],
    ["canary, full", ["canary", "full"]],
  ])("reads %j", (raw, names) => {
    expect(nameList(raw)).toEqual(names);
  });
  it.each([
    ["canary,,full", "expected names separated by commas"],
    ["canary,canary", "canary more than once"],
  ])("rejects %j", (raw, message) => {
    expect(() => nameList(raw)).toThrow(message);
  });
});

describe("headerLines", () => {
  it("reads one header per line and skips blank lines", () => {
    expect(headerLines("X-Scope-OrgID: tenant-1\n\nAuthorization: Bearer abc:def\n")).toEqual({
      "X-Scope-OrgID": "tenant-1",
      Authorization: "Bearer abc:def",
    });
  });
  it("names the bad lines without showing them", () => {
    expect(() => headerLines("X-Ok: 1\nnot a header hunter2\nBad Name: x")).toThrow(/lines 2, 3 are not a header/);
    expect(() => headerLines("hunter2")).toThrow(expect.objectContaining({ message: expect.not.stringContaining("hunter2") }));
  });
});

describe("secretValues", () => {
  it("masks secret inputs, each header line and each header value, and nothing else", () => {
    const secrets = secretValues(
      gateAction.inputs,
      getter({ "prometheus-token": "tok-123456", "prometheus-headers": "X-Scope-OrgID: tenant-1\nX-Key: abc", "prometheus-username": "admin", stage: "canary" }),
    );
    expect(secrets).toEqual(expect.arrayContaining(["tok-123456", "X-Scope-OrgID: tenant-1", "tenant-1", "X-Key: abc"]));
    // Too short to mask on its own without blanking the log; the whole line is masked.
    expect(secrets).not.toContain("abc");
    expect(secrets).not.toContain("admin");
    expect(secrets).not.toContain("canary");
  });
});

describe("parsing an action's inputs", () => {
  it("applies the defaults and treats empty inputs as absent", () => {
    const inputs = parseGateInputs(getter({ stage: "canary", "dry-run": "", state: "", "prometheus-url": "" }), context);
    expect(inputs).toEqual({
      playbook: "/ws/.github/deploy-playbook.yml",
      dryRun: false,
      stage: "canary",
      acceptConditional: false,
      prometheus: { headers: {} },
      evidencePath: "/tmp/runner/deploy-playbook-evidence.json",
      uploadEvidence: true,
    });
  });

  it("resolves the playbook against the workspace and keeps absolute paths", () => {
    expect(parseCanaryInputs(getter({ stage: "s", version: "v", playbook: "deploy/pb.yml" }), context).playbook).toBe("/ws/deploy/pb.yml");
    expect(parseCanaryInputs(getter({ stage: "s", version: "v", playbook: "/etc/pb.yml" }), context).playbook).toBe("/etc/pb.yml");
  });

  it("reports every problem at once, each naming its input", () => {
    const problems = problemsOf(() => parseCanaryInputs(getter({ "dry-run": "yes", force: "1", state: "{", version: "v2\nv3" }), context));
    expect(problems.map((p) => p.path)).toEqual(["input 'dry-run'", "input 'force'", "input 'state'", "input 'stage'", "input 'version'"]);
    expect(problems[3]!.message).toBe("is required: name of the playbook stage to run.");
  });

  it.each([
    [{ "prometheus-token": "t", "prometheus-password": "p" }, "input 'prometheus-token'", "one kind of authentication"],
    [{ "prometheus-username": "u" }, "input 'prometheus-password'", "needs both"],
  ])("rejects contradicting Prometheus credentials %j", (inputs, path, message) => {
    const problems = problemsOf(() => parseGateInputs(getter({ stage: "canary", ...inputs }), context));
    expect(problems).toEqual([{ path, message: expect.stringContaining(message) }]);
  });

  it("builds the Prometheus auth from the inputs", () => {
    const basic = parsePlaybookInputs(getter({ version: "v2", "prometheus-username": "u", "prometheus-password": "p", "prometheus-ca": "ca.pem" }), context);
    expect(basic.prometheus).toEqual({ auth: { kind: "basic", username: "u", password: "p" }, headers: {}, caFile: "/ws/ca.pem" });
    const bearer = parseGateInputs(getter({ stage: "c", "prometheus-token": "t" }), context);
    expect(bearer.prometheus.auth).toEqual({ kind: "bearer", token: "t" });
  });

  it("leaves an expression default to the runner: no token means absent", () => {
    expect(parseRollbackInputs(getter({}), context)).toEqual({ playbook: "/ws/.github/deploy-playbook.yml", dryRun: false, reason: "manual", force: false, openIssue: false, prometheus: { headers: {} } });
  });
});
