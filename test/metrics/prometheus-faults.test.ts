import { afterEach, describe, expect, it } from "vitest";
import { fakeClock } from "../fakes/clock.js";
import { memoryLogger } from "../fakes/log.js";
import { createPrometheusClient, type PrometheusClientOptions } from "../../src/metrics/prometheus.js";
import { MetricsError } from "../../src/metrics/types.js";
import {
  prometheusError,
  prometheusVector,
  requestParams,
  sendJson,
  sendText,
  startHttpServer,
  unusedUrl,
  type Handler,
  type TestServer,
} from "../helpers/http-server.js";

const AT = new Date("2026-01-05T10:20:00Z");
const OK = prometheusVector([{ labels: { version: "canary" }, value: "0.25" }]);
const never: Handler = () => new Promise(() => undefined);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A client against a scripted server, with a fake clock that records each sleep and a
 * jitter source of 1, so backoff delays are their ceilings (500 ms, 1 s, ...).
 */
async function setup(handler: Handler, options: (url: string) => Partial<PrometheusClientOptions> = () => ({})) {
  server = await startHttpServer(handler);
  const clock = fakeClock();
  const sleeps: number[] = [];
  const log = memoryLogger();
  const client = createPrometheusClient(
    { url: server.url, timeoutSeconds: 2, ...options(server.url) },
    { clock: { now: clock.now, sleep: (ms, signal) => (sleeps.push(ms), clock.sleep(ms, signal)) }, log, random: () => 1 },
  );
  return { client, log, sleeps, server };
}

async function failure(promise: Promise<unknown>): Promise<MetricsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MetricsError);
  return error as MetricsError;
}

describe("Prometheus client: requests", () => {
  it("POSTs the query and time form-encoded under the URL's path prefix", async () => {
    const { client, server } = await setup((_req, res) => sendJson(res, 200, OK), (url) => ({ url: `${url}/prometheus/` }));
    const result = await client.instant(`up{job="a b"}`, AT);
    expect(result).toEqual({ query: `up{job="a b"}`, time: AT, resultType: "vector", samples: [{ labels: { version: "canary" }, value: 0.25 }], warnings: [] });
    const [request] = server.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/prometheus/api/v1/query");
    expect(request!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(requestParams(request!))).toEqual({ query: `up{job="a b"}`, time: "1767608400.000" });
  });

  it("sends GET with the parameters in the query string when asked", async () => {
    const { client, server } = await setup((_req, res) => sendJson(res, 200, OK), () => ({ method: "GET" }));
    await client.instant("up", AT);
    expect(server.requests[0]!.method).toBe("GET");
    expect(server.requests[0]!.url).toBe("/api/v1/query?query=up&time=1767608400.000");
  });

  it("sends a range query and reads its matrix", async () => {
    const matrix = { status: "success", data: { resultType: "matrix", result: [{ metric: { a: "1" }, values: [[100, "1"], [160, "NaN"]] }] } };
    const { client, server } = await setup((_req, res) => sendJson(res, 200, matrix));
    const result = await client.range("up", new Date(100_000), new Date(160_000), 60);
    expect(result.series).toEqual([{ labels: { a: "1" }, points: [[100, 1], [160, Number.NaN]] }]);
    expect(server.requests[0]!.url).toBe("/api/v1/query_range");
    expect(Object.fromEntries(requestParams(server.requests[0]!))).toEqual({ query: "up", start: "100.000", end: "160.000", step: "60" });
  });

  it("surfaces warnings in the result and the log", async () => {
    const body = prometheusVector([{ labels: {}, value: "1" }], ["store gateway-2 unavailable: partial data"]);
    const { client, log } = await setup((_req, res) => sendJson(res, 200, body));
    const result = await client.instant("sum(up)", AT);
    expect(result.warnings).toEqual(["store gateway-2 unavailable: partial data"]);
    expect(log.lines).toEqual(["warning: Prometheus warned about sum(up): store gateway-2 unavailable: partial data"]);
  });
});

describe("Prometheus client: faults", () => {
  it("retries a refused connection with backoff, logs each retry, then fails as network", async () => {
    const url = await unusedUrl();
    const { client, log, sleeps } = await setup(never, () => ({ url }));
    const error = await failure(client.instant("up", AT));
    expect(error.kind).toBe("network");
    expect(error.message).toMatch(/^cannot reach Prometheus at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED.* \(after 3 attempts\)$/);
    expect(sleeps).toEqual([500, 1000]);
    expect(log.lines).toHaveLength(2);
    expect(log.lines[0]).toMatch(/^Prometheus attempt 1 of 3 failed: cannot reach .*ECONNREFUSED.*; retrying in 500ms$/);
    expect(log.lines[1]).toMatch(/^Prometheus attempt 2 of 3 failed: .*; retrying in 1s$/);
  });

  it("gives up on a server slower than the timeout, after retrying", async () => {
    const { client, server, log } = await setup(never, () => ({ timeoutSeconds: 0.2, retries: { attempts: 2 } }));
    const error = await failure(client.instant("up", AT));
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("Prometheus did not answer within 200ms (after 2 attempts)");
    expect(server.requests).toHaveLength(2);
    expect(log.lines).toEqual(["Prometheus attempt 1 of 2 failed: Prometheus did not answer within 200ms; retrying in 500ms"]);
  });

  it("recovers when a 503 is followed by an answer", async () => {
    const { client, server, log } = await setup((_req, res, { index }) =>
      index === 0 ? sendJson(res, 503, prometheusError("unavailable", "too many queries")) : sendJson(res, 200, OK),
    );
    const result = await client.instant("up", AT);
    expect(result.samples).toEqual([{ labels: { version: "canary" }, value: 0.25 }]);
    expect(server.requests).toHaveLength(2);
    expect(log.lines).toEqual([
      "Prometheus attempt 1 of 3 failed: Prometheus answered 503 Service Unavailable: unavailable: too many queries; retrying in 500ms",
    ]);
  });

  it.each([
    ["3", 3000],
    ["600", 30_000],
    ["Mon, 05 Jan 2026 10:00:07 GMT", 7000],
  ])("waits as a 429's Retry-After %s says (capped)", async (retryAfter, expected) => {
    const { client, sleeps } = await setup((_req, res, { index }) =>
      index === 0 ? sendText(res, 429, "slow down", { "Retry-After": retryAfter }) : sendJson(res, 200, OK),
    );
    await client.instant("up", AT);
    expect(sleeps).toEqual([expected]);
  });

  it("fails with the last 5xx when every attempt fails", async () => {
    const { client, server } = await setup((_req, res) => sendText(res, 502, "<html>Bad Gateway</html>"));
    const error = await failure(client.instant("up", AT));
    expect(error).toMatchObject({ kind: "http", status: 502 });
    expect(error.message).toBe(`Prometheus answered 502 Bad Gateway: "<html>Bad Gateway</html>" (after 3 attempts)`);
    expect(server.requests).toHaveLength(3);
  });

  it.each([
    [400, "bad_data", `invalid parameter "query": 1:5: parse error: unclosed left parenthesis`],
    [422, "execution", "found duplicate series for the match group {instance=\"a\"} on the right hand-side of the operation"],
  ])("does not retry a %s, and keeps Prometheus's message", async (status, errorType, message) => {
    const { client, server, sleeps } = await setup((_req, res) => sendJson(res, status, prometheusError(errorType, message)));
    const error = await failure(client.instant("sum(", AT));
    expect(error).toMatchObject({ kind: "query", status });
    expect(error.message).toBe(`Prometheus rejected the query (${errorType}): ${message}`);
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it.each([
    [401, "(check the token or username/password)"],
    [404, "is http://127.0.0.1"],
  ])("does not retry a %s and says what to check", async (status, hint) => {
    const { client, server } = await setup((_req, res) => sendText(res, status, "nope"));
    const error = await failure(client.instant("up", AT));
    expect(error).toMatchObject({ kind: "http", status });
    expect(error.message).toContain(hint);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["garbage", "<html><body>Service temporarily unavailable</body></html>", /not an API response: received "<html><body>Service temporarily/],
    ["an empty body", "", /received an empty body/],
    ["JSON of another shape", `{"hello":"world"}`, /not an API response/],
    ["a vector without result", `{"status":"success","data":{"resultType":"vector"}}`, /data\.result is missing, expected a list/],
    ["a value that is a number", `{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}}`, /data\.result\[0\]\.value is 2, expected a number as a string/],
    ["a value that is not a number", `{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}}`, /is "abc", expected a number/],
    ["a matrix", `{"status":"success","data":{"resultType":"matrix","result":[]}}`, /range vector \(matrix\)/],
    ["a string", `{"status":"success","data":{"resultType":"string","result":[1,"x"]}}`, /string result where an instant vector or scalar/],
    ["status error (server side)", JSON.stringify(prometheusError("internal", "boom")), /rejected the query \(internal\): boom/],
  ])("reads %s in a 200 as a response error, without retrying", async (_name, body, message) => {
    const { client, server } = await setup((_req, res) => sendText(res, 200, body));
    const error = await failure(client.instant("up", AT));
    expect(error.kind).toBe("response");
    expect(error.message).toMatch(message);
    expect(server.requests).toHaveLength(1);
  });

  it("reads status error with bad_data in a 200 as the user's query error", async () => {
    const { client } = await setup((_req, res) => sendJson(res, 200, prometheusError("bad_data", "unknown function foo")));
    expect(await failure(client.instant("foo(up)", AT))).toMatchObject({ kind: "query", message: "Prometheus rejected the query (bad_data): unknown function foo" });
  });

  it("stops at once when the caller aborts, with the caller's reason", async () => {
    const { client, server } = await setup(never, () => ({ timeoutSeconds: 30 }));
    const controller = new AbortController();
    const reason = new Error("job cancelled");
    setTimeout(() => controller.abort(reason), 50);
    await expect(client.instant("up", AT, controller.signal)).rejects.toBe(reason);
    expect(server.requests).toHaveLength(1);
  });
});

describe("Prometheus client: auth and secrets", () => {
  const token = "s3cr3t-t0ken-value";
  const password = "hunter2-password";

  it("sends the bearer token and extra headers", async () => {
    const { client, server } = await setup((_req, res) => sendJson(res, 200, OK), () => ({ bearerToken: token, headers: { "X-Scope-OrgID": "tenant-a" } }));
    await client.instant("up", AT);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expect(server.requests[0]!.headers["x-scope-orgid"]).toBe("tenant-a");
  });

  it("sends basic auth", async () => {
    const { client, server } = await setup((_req, res) => sendJson(res, 200, OK), () => ({ basicAuth: { username: "gate", password } }));
    await client.instant("up", AT);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`gate:${password}`).toString("base64")}`);
  });

  const encoded = Buffer.from(`gate:${password}`).toString("base64");
  it.each([
    ["bearer", { bearerToken: token }, [token]],
    ["basic", { basicAuth: { username: "gate", password } }, [password, encoded]],
  ])("never lets the %s secret into errors, log lines or results, even when the server echoes it", async (_name, auth, secrets) => {
    // A misbehaving proxy that echoes the request's credentials in every answer.
    const echo: Handler = (req, res, { index }) => {
      const said = `denied for ${req.headers.authorization} (${secrets.join(" ")})`;
      if (index === 0) sendJson(res, 503, prometheusError("unavailable", said), { "Retry-After": "1" });
      else if (index === 1) sendJson(res, 200, prometheusVector([{ labels: {}, value: "1" }], [said]));
      else sendJson(res, 400, prometheusError("bad_data", said));
    };
    const { client, log } = await setup(echo, () => auth);
    const result = await client.instant("up", AT);
    const error = await failure(client.instant("up", AT));
    const seen = [error.message, ...log.lines, JSON.stringify(result)].join("\n");
    expect(seen).toContain("denied for");
    expect(secrets.filter((secret) => seen.includes(secret))).toEqual([]);
    expect(error.message).toMatch(/^Prometheus rejected the query \(bad_data\): denied for (Bearer|Basic) \*\*\* \((\*\*\* ?)+\)$/);
    expect(result.warnings).toEqual([error.message.replace("Prometheus rejected the query (bad_data): ", "")]);
  });
});
