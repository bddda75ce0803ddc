/**
 * The built gate bundle when Prometheus misbehaves, through a fault server in front of a
 * real Prometheus: down, slow past the timeout, 503 then recovering, garbage. None of them
 * gives a go unless the data really came back. And a token never leaks anywhere.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { writeFile } from "node:fs/promises";
import { prometheusError, selfSignedCertificate, sendJson, sendText, startHttpServer, type TestServer, unusedUrl } from "../helpers/http-server.js";
import { STACK_LINE } from "../helpers/fixtures.js";
import { usePrometheus } from "../helpers/use-prometheus.js";
import { canaryValues, errorRatio, playbookYaml, runGate, scenariosAroundNow, shownLog } from "./gate-world.js";

const prometheus = usePrometheus(() => ({ openmetrics: scenariosAroundNow() }));
const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** Passes a request on to the real Prometheus; `edit` may change the JSON it answers. */
async function forward(req: IncomingMessage, res: ServerResponse, body: string, edit?: (json: any) => unknown): Promise<void> {
  const upstream = await fetch(`${prometheus().url}${req.url}`, {
    method: req.method ?? "GET",
    headers: { "Content-Type": String(req.headers["content-type"] ?? "application/x-www-form-urlencoded") },
    ...(req.method === "POST" && { body }),
  });
  const text = await upstream.text();
  if (res.destroyed) return;
  if (!edit) return sendText(res, upstream.status, text, { "Content-Type": "application/json" });
  sendJson(res, upstream.status, edit(JSON.parse(text)));
}

async function server(handler: Parameters<typeof startHttpServer>[0], options?: Parameters<typeof startHttpServer>[1]): Promise<TestServer> {
  const s = await startHttpServer(handler, options);
  servers.push(s);
  return s;
}

const TOKEN = "s3cr3t-token-XYZ";

describe.concurrent("the gate bundle when Prometheus misbehaves", () => {
  it("gives no go when Prometheus is down (connection refused)", async () => {
    const run = await runGate(playbookYaml({ scenario: "healthy", url: await unusedUrl() }));
    expect(run.exitCode).toBe(1);
    expect(run.outputs["verdict"]).toBe("inconclusive");
    expect(run.evidence!["rounds"][0].measurements[0]).toMatchObject({ outcome: "error", detail: expect.stringMatching(/refused|ECONNREFUSED/i) });
    expect(run.annotations.at(-1)?.message).toMatch(/^Gate inconclusive for stage canary/);
  });

  it("gives no go when Prometheus answers slower than the timeout", async () => {
    const slow = await server(async (req, res, { body }) => {
      await new Promise((r) => setTimeout(r, 2500));
      if (!res.destroyed) await forward(req, res, body);
    });
    const run = await runGate(playbookYaml({ scenario: "healthy", url: slow.url, timeout: "500ms", errorLimit: 1 }));
    expect(run.exitCode).toBe(1);
    expect(run.outputs["verdict"]).toBe("inconclusive");
    expect(run.evidence!["rounds"][0].measurements[0]).toMatchObject({ outcome: "error", detail: "error-rate: Prometheus did not answer within 500ms (after 3 attempts)" });
  });

  it("still goes when Prometheus answers 503 and then recovers within the retries", async () => {
    const flaky = await server((req, res, { body, index }) =>
      index < 2 ? sendJson(res, 503, prometheusError("unavailable", "starting up")) : forward(req, res, body),
    );
    const run = await runGate(playbookYaml({ scenario: "healthy", url: flaky.url }));
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs["verdict"]).toBe("go");
    expect(run.stdout).toMatch(/Prometheus attempt 1 of 3 failed: .*503/);
    for (const r of canaryValues(run.evidence, "error-rate") as number[]) expect(r).toBeCloseTo(errorRatio("healthy", "canary"), 9);
  });

  it("gives no go when Prometheus answers garbage", async () => {
    const garbage = await server((_req, res) => sendText(res, 200, "<html><body>Welcome to nginx!</body></html>"));
    const run = await runGate(playbookYaml({ scenario: "healthy", url: garbage.url, errorLimit: 1 }));
    expect(run.exitCode).toBe(1);
    expect(run.outputs["verdict"]).toBe("inconclusive");
    expect(run.evidence!["rounds"][0].measurements[0].outcome).toBe("error");
  });

  it("sends the token as a bearer and never writes it: stdout, stderr, summary, outputs, evidence, state", async () => {
    // A proxy that echoes the credentials in a warning, the worst a server can do.
    const echo = await server((req, res, { body }) =>
      forward(req, res, body, (json) => ({ ...json, warnings: [`upstream saw ${String(req.headers.authorization)}`] })),
    );
    const run = await runGate(playbookYaml({ scenario: "healthy", url: echo.url }), { "prometheus-token": TOKEN });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(echo.requests.length).toBeGreaterThanOrEqual(6);
    for (const r of echo.requests) expect(r.headers["authorization"]).toBe(`Bearer ${TOKEN}`);
    expect(run.masks).toContain(TOKEN);
    const log = shownLog(run);
    expect(log).toContain("upstream saw Bearer ***");
    const written = {
      stdout: log,
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      evidence: run.evidenceText ?? "",
      state: JSON.stringify(run.state),
      env: JSON.stringify(run.env),
    };
    for (const [where, text] of Object.entries(written)) expect(text.includes(TOKEN), `token in ${where}`).toBe(false);
    expect(run.evidenceText).toContain("upstream saw Bearer ***");
  });

  it("keeps the verdict when the evidence upload fails, with a warning", async () => {
    const results = await server((_req, res) => sendJson(res, 403, { code: "permission_denied", msg: "artifact storage quota exceeded" }));
    // Unsigned, as the client only decodes it to find the run's backend ids.
    const claims = Buffer.from(JSON.stringify({ scp: "Actions.Results:run-backend:job-backend" })).toString("base64url");
    const runtimeToken = `eyJhbGciOiJub25lIn0.${claims}.`;
    const run = await runGate(playbookYaml({ scenario: "healthy", url: prometheus().url }), {}, {
      env: { ACTIONS_RUNTIME_TOKEN: runtimeToken, ACTIONS_RESULTS_URL: `${results.url}/` },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs["verdict"]).toBe("go");
    expect(results.requests[0]?.url).toMatch(/CreateArtifact$/);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: "warning", message: expect.stringMatching(/could not be uploaded as artifact deploy-playbook-evidence-log-capturer-canary: .*The verdict stands/) }),
    );
  });

  it("uploads the evidence as an artifact when the runner's artifact service is there", async () => {
    // The results service (twirp JSON) and the blob storage it hands out an upload URL for.
    const uploaded: string[] = [];
    const service: TestServer = await server((req, res, { body }) => {
      if (req.url?.endsWith("/CreateArtifact")) return sendJson(res, 200, { ok: true, signedUploadUrl: `${service.url}/blob/evidence.zip?sig=test` });
      if (req.url?.endsWith("/FinalizeArtifact")) return sendJson(res, 200, { ok: true, artifactId: "42" });
      if (req.method === "PUT" && req.url?.startsWith("/blob/")) {
        uploaded.push(body);
        res.writeHead(201, { "x-ms-request-id": "1", "x-ms-version": "2024-08-04" });
        res.end();
        return;
      }
      sendJson(res, 404, { msg: "not here" });
    });
    const claims = Buffer.from(JSON.stringify({ scp: "Actions.Results:run-backend:job-backend" })).toString("base64url");
    const run = await runGate(playbookYaml({ scenario: "healthy", url: prometheus().url }), {}, {
      env: { ACTIONS_RUNTIME_TOKEN: `eyJhbGciOiJub25lIn0.${claims}.`, ACTIONS_RESULTS_URL: `${service.url}/` },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain("Evidence uploaded as artifact deploy-playbook-evidence-log-capturer-canary (id 42");
    const create = service.requests.find((r) => r.url.endsWith("/CreateArtifact"));
    expect(JSON.parse(create!.body)).toMatchObject({ name: "deploy-playbook-evidence-log-capturer-canary" });
    expect(create!.body).toContain("run-backend");
    // A zip names its entries in plain text: the evidence file is in it.
    expect(uploaded.join("")).toContain("evidence.json");
    expect(run.annotations.filter((a) => a.level === "warning")).toEqual([]);
  });

  it("reaches a Prometheus behind a private CA with basic auth", async () => {
    const tls = await selfSignedCertificate();
    const secure = await server((req, res, { body }) => forward(req, res, body), { tls });
    const run = await runGate(playbookYaml({ scenario: "healthy", url: secure.url }), {
      "prometheus-ca": "ca.pem",
      "prometheus-username": "gate",
      "prometheus-password": "pa55-w0rd-secret",
    }, { beforeRun: (dir) => writeFile(`${dir}/ca.pem`, tls.cert) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(secure.requests[0]?.headers["authorization"]).toBe(`Basic ${Buffer.from("gate:pa55-w0rd-secret").toString("base64")}`);
    expect(run.masks).toContain("pa55-w0rd-secret");
    expect(shownLog(run) + run.summary + (run.evidenceText ?? "")).not.toContain("pa55-w0rd-secret");
  });

  it("refuses a stage of metric checks without any Prometheus URL, naming both places, before any query", async () => {
    const run = await runGate(playbookYaml({ scenario: "healthy" }));
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toMatchObject({ level: "error", title: "Input problem", message: expect.stringMatching(/^input 'prometheus-url': is not given and the playbook has no prometheus\.url/) });
    expect(run.stdout).not.toMatch(STACK_LINE);
    expect(run.outputs).toEqual({});
    expect(run.evidence).toBeUndefined();
  });
});
