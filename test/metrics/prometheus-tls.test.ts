import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeClock } from "../fakes/clock.js";
import { memoryLogger } from "../fakes/log.js";
import { createPrometheusClient } from "../../src/metrics/prometheus.js";
import { MetricsError } from "../../src/metrics/types.js";
import { prometheusVector, selfSignedCertificate, sendJson, startHttpServer, type TestServer } from "../helpers/http-server.js";

describe("Prometheus client over https with a private CA", () => {
  let server: TestServer;
  let cert: string;

  beforeAll(async () => {
    const tls = await selfSignedCertificate();
    cert = tls.cert;
    server = await startHttpServer((_req, res) => sendJson(res, 200, prometheusVector([{ labels: {}, value: "7" }])), { tls });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("trusts the server when given the CA", async () => {
    const client = createPrometheusClient({ url: server.url, ca: cert }, { clock: fakeClock(), log: memoryLogger() });
    const result = await client.instant("up", new Date(0));
    expect(server.url.startsWith("https://")).toBe(true);
    expect(result.samples).toEqual([{ labels: {}, value: 7 }]);
  });

  it("fails at once, pointing at the CA input, when the certificate does not verify", async () => {
    const log = memoryLogger();
    const before = server.requests.length;
    const client = createPrometheusClient({ url: server.url }, { clock: fakeClock(), log });
    const error = await client.instant("up", new Date(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetricsError);
    expect((error as MetricsError).kind).toBe("network");
    expect((error as MetricsError).message).toMatch(/self-signed certificate.*prometheus-ca/);
    expect(log.lines).toEqual([]);
    expect(server.requests.length).toBe(before);
  });
});
