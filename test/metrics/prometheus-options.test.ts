import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/errors.js";
import { resolveClientOptions, type PrometheusClientOptions } from "../../src/metrics/prometheus-options.js";

const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

function problems(options: PrometheusClientOptions) {
  try {
    resolveClientOptions(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error("expected a ConfigurationError");
}

describe("Prometheus client options", () => {
  it("resolves a base URL with a path prefix, auth and defaults", () => {
    const settings = resolveClientOptions({
      url: "https://mimir.example/prometheus/",
      headers: { "X-Scope-OrgID": "tenant-a" },
      bearerToken: "tok",
      ca: PEM,
    });
    expect(settings).toEqual({
      base: "https://mimir.example/prometheus",
      https: true,
      headers: { "X-Scope-OrgID": "tenant-a", Authorization: "Bearer tok" },
      ca: PEM,
      timeoutMs: 30_000,
      retry: { attempts: 3, baseDelayMs: 500, maxDelayMs: 5000 },
      method: "POST",
      secrets: ["tok"],
    });
  });

  it.each([
    ["", "input 'prometheus-url': found nothing"],
    ["prometheus:9090", "input 'prometheus-url': found \"prometheus:9090\", expected an http(s) URL"],
    ["ftp://prometheus", "input 'prometheus-url': found \"ftp://prometheus\", expected an http(s) URL"],
    ["not a url", "input 'prometheus-url': found \"not a url\", expected an http(s) URL"],
    ["http://prom/?x=1", "input 'prometheus-url': found \"http://prom/?…\", the base URL takes no query or fragment"],
  ])("rejects the URL %j", (url, message) => {
    const found = problems({ url });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it("rejects credentials in the URL without repeating them", () => {
    const [problem] = problems({ url: "https://gate:hunter2@prometheus.example" });
    expect(problem).toBe(
      "input 'prometheus-url': the URL carries credentials; pass them as the token or username/password inputs, which are kept secret",
    );
  });

  it("reports every problem at once, naming where each came from", () => {
    const found = problems({
      url: "http://prometheus:9090",
      headers: { "Bad Header": "x", "X-Ok": "line\nbreak", Authorization: "Bearer hidden-value" },
      bearerToken: "tok",
      ca: PEM,
      timeoutSeconds: 0,
      retries: { attempts: 0 },
      sources: { headers: "prometheus.headers", timeoutSeconds: "prometheus.timeout" },
    });
    expect(found).toEqual([
      `prometheus.headers: "Bad Header" is not a valid header name`,
      "prometheus.headers: the value of header X-Ok must be one line of text",
      "prometheus.headers: sets Authorization, which the token or username/password inputs already set; keep one",
      "input 'prometheus-ca': a CA bundle applies to https URLs only, but the URL is http",
      "prometheus.timeout: found 0, expected a positive number of seconds",
      "prometheus.retries: attempts is 0, expected a whole number of at least 1",
    ]);
    expect(found.join("\n")).not.toContain("hidden-value");
  });

  it.each([
    [{ ca: "not pem" }, "input 'prometheus-ca': expected PEM text starting with -----BEGIN CERTIFICATE-----"],
    [{ bearerToken: " " }, "input 'prometheus-token': the token must be one non-empty line"],
    [{ basicAuth: { username: "a:b", password: "p" } }, "input 'prometheus-username'/'prometheus-password': the username must be non-empty and without ':'"],
    [{ retries: { baseDelayMs: 10, maxDelayMs: 5 } }, "prometheus.retries: expected 0 <= baseDelayMs <= maxDelayMs"],
  ])("rejects %j", (extra, message) => {
    expect(problems({ url: "https://prometheus.example", ...extra })).toEqual([message]);
  });

  it("keeps the basic credentials, plain and encoded, as secrets to redact", () => {
    const settings = resolveClientOptions({ url: "http://p", basicAuth: { username: "gate", password: "pw" } });
    expect(settings.secrets).toEqual(["pw", Buffer.from("gate:pw").toString("base64")]);
    expect(settings.headers.Authorization).toBe(`Basic ${Buffer.from("gate:pw").toString("base64")}`);
  });
});
