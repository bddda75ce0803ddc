import { afterEach, describe, expect, it } from "vitest";
import { fakeClock } from "../fakes/clock.js";
import { memoryLogger } from "../fakes/log.js";
import { createHttpProber, lookup } from "../../src/metrics/probe.js";
import type { ProbeRequest } from "../../src/metrics/types.js";
import { sendJson, sendText, startHttpServer, unusedUrl, type Handler, type TestServer } from "../helpers/http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function request(url: string, overrides: Partial<ProbeRequest> = {}): ProbeRequest {
  return { url, method: "GET", headers: {}, status: [200], json: {}, timeout: 2, retries: 0, ...overrides };
}

async function probe(handler: Handler, overrides: Partial<ProbeRequest> = {}) {
  server = await startHttpServer(handler);
  const log = memoryLogger();
  const clock = fakeClock();
  const result = await createHttpProber({ clock, log }).probe(request(`${server.url}/health?token=abc`, overrides));
  return { result, log, server };
}

const HEALTHY = { status: "healthy", checks: { memory: { status: "ok" }, db: null }, items: [{ ok: true }], version: 3 };

describe("HTTP prober", () => {
  it("passes when the status and every JSON field match, and reports what it saw", async () => {
    const { result, server } = await probe((_req, res) => sendJson(res, 200, HEALTHY), {
      json: { status: "healthy", "checks.memory.status": "ok", "items.0.ok": true, version: 3, "checks.db": null },
      headers: { "X-Probe": "yes" },
    });
    expect(result).toEqual({
      ok: true,
      status: 200,
      fields: { status: "healthy", "checks.memory.status": "ok", "items.0.ok": true, version: 3, "checks.db": null },
      detail: "status 200",
      attempts: 1,
      durationMs: 0,
      unreachable: false,
    });
    expect(server.requests[0]!.headers["x-probe"]).toBe("yes");
  });

  it.each<[string, Handler, Partial<ProbeRequest>, string]>([
    ["a wrong status", (_q, r) => sendText(r, 503, "down"), {}, "status 503, expected 200"],
    ["a status outside the list", (_q, r) => sendText(r, 500, "x"), { status: [200, 204] }, "status 500, expected 200 or 204"],
    ["a wrong field", (_q, r) => sendJson(r, 200, { status: "degraded" }), { json: { status: "healthy" } }, `status is "degraded", expected "healthy"`],
    ["a missing field", (_q, r) => sendJson(r, 200, { checks: {} }), { json: { "checks.db": "ok" } }, "checks.db is missing"],
    ["an index past the end", (_q, r) => sendJson(r, 200, { items: [] }), { json: { "items.0.ok": true } }, "items.0.ok is missing"],
    ["a number where a string is expected", (_q, r) => sendJson(r, 200, { code: 200 }), { json: { code: "200" } }, `code is 200, expected "200"`],
    ["an object where a value is expected", (_q, r) => sendJson(r, 200, { checks: { a: 1 } }), { json: { checks: "ok" } }, `checks is an object, expected "ok"`],
    ["a body that is not JSON", (_q, r) => sendText(r, 200, "OK"), { json: { status: "healthy" } }, "body is not JSON"],
    [
      "several problems",
      (_q, r) => sendJson(r, 500, { status: "degraded" }),
      { json: { status: "healthy", uptime: 1 } },
      `status 500, expected 200; status is "degraded", expected "healthy"; uptime is missing`,
    ],
  ])("fails on %s", async (_name, handler, overrides, detail) => {
    const { result } = await probe(handler, overrides);
    expect(result).toMatchObject({ ok: false, unreachable: false, detail, attempts: 1 });
  });

  it("accepts any 2xx when no status is listed", async () => {
    const { result } = await probe((_q, r) => sendText(r, 204, ""), { status: [] });
    expect(result).toMatchObject({ ok: true, status: 204 });
  });

  it("retries a failing probe with a short backoff until it passes, logging each retry", async () => {
    const { result, log, server } = await probe(
      (_req, res, { index }) => (index < 2 ? sendJson(res, 503, { status: "starting" }) : sendJson(res, 200, { status: "healthy" })),
      { retries: 3, json: { status: "healthy" } },
    );
    expect(result).toMatchObject({ ok: true, attempts: 3, durationMs: 1500, fields: { status: "healthy" } });
    expect(server.requests).toHaveLength(3);
    // The query string (which may hold a token) stays out of the log.
    expect(log.lines).toEqual([
      `probe ${server.url}/health attempt 1 of 4: status 503, expected 200; status is "starting", expected "healthy"; retrying in 500ms`,
      `probe ${server.url}/health attempt 2 of 4: status 503, expected 200; status is "starting", expected "healthy"; retrying in 1s`,
    ]);
  });

  it("reports unreachable when nothing listens, after every attempt", async () => {
    const url = await unusedUrl();
    const result = await createHttpProber({ clock: fakeClock(), log: memoryLogger() }).probe(request(url, { retries: 2 }));
    expect(result).toMatchObject({ ok: false, unreachable: true, attempts: 3, fields: {} });
    expect(result.detail).toMatch(/^cannot connect: .*ECONNREFUSED/);
    expect(result.status).toBeUndefined();
  });

  it("reports unreachable when the endpoint is slower than the timeout", async () => {
    const { result, server } = await probe(() => new Promise(() => undefined), { timeout: 0.1, retries: 1 });
    expect(result).toMatchObject({ ok: false, unreachable: true, attempts: 2, detail: "no answer within 100ms" });
    expect(server.requests).toHaveLength(2);
  });

  it("throws the caller's reason when cancelled", async () => {
    server = await startHttpServer(() => new Promise(() => undefined));
    const controller = new AbortController();
    const reason = new Error("cancelled");
    setTimeout(() => controller.abort(reason), 30);
    const prober = createHttpProber({ clock: fakeClock(), log: memoryLogger() });
    await expect(prober.probe(request(server.url, { timeout: 10 }), controller.signal)).rejects.toBe(reason);
  });
});

describe("JSON paths", () => {
  it.each<[string, unknown]>([
    ["a", 1],
    ["b.c", "x"],
    ["list.1.v", false],
    ["list.x", undefined],
    ["b.missing", undefined],
    ["a.b", undefined],
    ["constructor", undefined],
  ])("%s", (path, expected) => {
    const found = lookup({ a: 1, b: { c: "x" }, list: [{ v: true }, { v: false }] }, path);
    expect(typeof found === "symbol" ? undefined : found).toEqual(expected);
  });
});
