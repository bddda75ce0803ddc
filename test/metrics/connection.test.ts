/** The Prometheus connection of a gate: playbook settings with the caller's inputs on top. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diskFiles } from "../../src/files.js";
import { ConfigurationError } from "../../src/errors.js";
import { ACTION_CONNECTION_NAMES } from "../../src/inputs/common.js";
import { connectionSecrets, needsPrometheus, type PrometheusInputs, resolveConnection } from "../../src/metrics/connection.js";
import type { Playbook } from "../../src/playbook/types.js";
import { alertsCheck, errorRate, httpCheck, playbook, sequentialCheck } from "../fakes/builders.js";

const stageOf = (p: Playbook) => [p, p.stages[0]!] as const;

const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const withPrometheus = (p: Playbook): Playbook => ({
  ...p,
  prometheus: { url: "https://prometheus.example.internal", headers: { "X-Scope-OrgID": "team-a" }, timeout: 12 },
});
const files: Record<string, string> = { "/ca/bundle.pem": PEM };
const fakeFiles = {
  writeText: async () => undefined,
  readText: async (path: string) => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
  return text;
  },
};
const options = (p: Playbook, inputs: Partial<PrometheusInputs> = {}) =>
  resolveConnection(p, p.stages[0]!, { headers: {}, ...inputs }, ACTION_CONNECTION_NAMES, fakeFiles);

async function problems(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ConfigurationError)) throw new Error(`expected a ConfigurationError, got ${String(error)}`);
  return error.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("resolveConnection", () => {
  it("takes the playbook's URL, headers and timeout when no input overrides them", async () => {
    expect(await options(withPrometheus(playbook([errorRate()])))).toMatchObject({
      base: "https://prometheus.example.internal",
      headers: { "X-Scope-OrgID": "team-a" },
      timeoutMs: 12_000,
    });
  });

  it("lets the prometheus-url input override the playbook and names the input as the source", async () => {
    const o = await options(withPrometheus(playbook([errorRate()])), { url: "http://127.0.0.1:9090" });
    expect(o).toMatchObject({ base: "http://127.0.0.1:9090" });
    expect(await problems(options(withPrometheus(playbook([errorRate()])), { url: "ftp://x" }))).toEqual([
      expect.stringMatching(/^input 'prometheus-url': found "ftp:\/\/x", expected an http\(s\) URL/),
    ]);
  });

  it("adds the secret header input to the playbook's headers, the input winning", async () => {
    const o = await options(withPrometheus(playbook([errorRate()])), { headers: { "X-Scope-OrgID": "team-b", "X-Api-Key": "k3y-value" } });
    expect(o?.headers).toEqual({ "X-Scope-OrgID": "team-b", "X-Api-Key": "k3y-value" });
  });

  it.each([
    [{ kind: "bearer", token: "t0ken" } as const, { headers: { Authorization: "Bearer t0ken" }, secrets: ["t0ken"] }],
    [{ kind: "basic", username: "gate", password: "pa55word" } as const, { headers: { Authorization: `Basic ${Buffer.from("gate:pa55word").toString("base64")}` } }],
  ])("passes %o auth to the client", async (auth, expected) => {
    const o = await options(withPrometheus(playbook([errorRate()])), { auth });
    expect(o).toMatchObject(expected);
  });

  it("refuses an Authorization header beside a token, wherever the header came from", async () => {
    const auth = { kind: "bearer", token: "t0ken" } as const;
    expect(await problems(options(withPrometheus(playbook([errorRate()])), { auth, headers: { Authorization: "Bearer x" } }))).toEqual([
      "prometheus.headers / input 'prometheus-headers': sets Authorization, which the token or username/password inputs already set; keep one",
    ]);
    const inPlaybook = withPrometheus(playbook([errorRate()]));
    const fromFile = { ...inPlaybook, prometheus: { ...inPlaybook.prometheus!, headers: { Authorization: "Bearer y" } } };
    expect(await problems(options(fromFile, { auth }))).toEqual([
      "prometheus.headers: sets Authorization, which the token or username/password inputs already set; keep one",
    ]);
  });

  it("reads the CA bundle named by prometheus-ca", async () => {
    const o = await options(withPrometheus(playbook([errorRate()])), { caFile: "/ca/bundle.pem" });
    expect(o?.ca).toBe(PEM);
  });

  it("names the input and the file when the CA bundle cannot be read", async () => {
    expect(await problems(options(withPrometheus(playbook([errorRate()])), { caFile: "/ca/missing.pem" }))).toEqual([
      "input 'prometheus-ca': /ca/missing.pem: no such file; expected a PEM bundle of CA certificates",
    ]);
  });

  it("refuses a device or an oversized file as the CA bundle without reading it whole", async () => {
    const resolve = (caFile: string) => resolveConnection(withPrometheus(playbook([errorRate()])), playbook([errorRate()]).stages[0]!, { headers: {}, caFile }, ACTION_CONNECTION_NAMES, diskFiles);
    expect(await problems(resolve("/dev/zero"))).toEqual(["input 'prometheus-ca': /dev/zero: is a device, not a regular file; expected a PEM bundle of CA certificates"]);
    const big = join(mkdtempSync(join(tmpdir(), "ca-")), "big.pem");
    writeFileSync(big, PEM.repeat(200_000));
    expect(await problems(resolve(big))).toEqual([`input 'prometheus-ca': ${big}: the file is 11800000 bytes; expected a PEM bundle of CA certificates of at most 10000000 bytes`]);
  });

  it.each([
    ["a metric check", errorRate()],
    ["an alerts check", alertsCheck({ name: "alerts" })],
  ])("refuses %s without any URL, naming prometheus-url and prometheus.url", async (_, check) => {
    const [message, ...rest] = await problems(options(playbook([check])));
    expect(rest).toEqual([]);
    expect(message).toMatch(/^input 'prometheus-url': is not given and the playbook has no prometheus\.url/);
    expect(message).toContain("'prometheus-url' or prometheus.url");
  });

  it("needs no Prometheus for a stage of HTTP probes only", async () => {
    const p = playbook([httpCheck({ name: "health" })]);
    expect(needsPrometheus(p, p.stages[0]!)).toBe(false);
    expect(await options(p)).toBeUndefined();
  });

  it("counts a sequential check as needing Prometheus: every kind but an HTTP probe does", () => {
    expect(needsPrometheus(...stageOf(playbook([sequentialCheck({ name: "errors" })])))).toBe(true);
  });

  it("counts wait-for checks as needing Prometheus too", () => {
    const p = playbook([httpCheck({ name: "health" }), errorRate()], { checks: ["health"], waitFor: ["error-rate"] });
    expect(needsPrometheus(p, p.stages[0]!)).toBe(true);
  });

  it("names a bad URL after the input it came from, through the client's validation", async () => {
    expect(await problems(options(playbook([errorRate()]), { url: "http://127.0.0.1:9090/?x=1" }))).toEqual([expect.stringMatching(/^input 'prometheus-url': .*takes no query/)]);
  });
});

describe("connectionSecrets", () => {
  it.each([
    [{ headers: {}, auth: { kind: "bearer", token: "s3cr3t-token" } }, ["s3cr3t-token"]],
    [{ headers: {}, auth: { kind: "basic", username: "gate", password: "pa55word" } }, ["pa55word", Buffer.from("gate:pa55word").toString("base64")]],
    [{ headers: { "X-Api-Key": "k3y-value", "X-Short": "ab" } }, ["k3y-value"]],
  ] as [PrometheusInputs, string[]][])("lists the secrets of %o", (inputs, expected) => {
    expect(connectionSecrets(inputs)).toEqual(expected);
  });
});
