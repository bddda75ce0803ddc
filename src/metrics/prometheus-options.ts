/**
 * Options of the Prometheus client, validated once before any request: every problem is
 * reported at once, named after the input or playbook path it came from, and no secret is
 * ever echoed back.
 */
import { ConfigurationError, describeValue, type Problem } from "../errors.js";
import { HEADER_NAME } from "../http-headers.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./backoff.js";

/**
 * Options of the client. Bearer and basic authentication exclude each other by type: the
 * caller's settings were checked for that at the edge (`connection.ts`).
 */
export type PrometheusClientOptions = ClientOptionsBase &
  (
    | { readonly bearerToken: string; readonly basicAuth?: never }
    | { readonly basicAuth: { readonly username: string; readonly password: string }; readonly bearerToken?: never }
    | { readonly bearerToken?: never; readonly basicAuth?: never }
  );

interface ClientOptionsBase {
  /** Base URL, with any path prefix: `https://mimir.example/prometheus`. No credentials, query or fragment. */
  readonly url: string;
  /** Extra headers, e.g. `X-Scope-OrgID` for Mimir and Cortex. Values are never logged. */
  readonly headers?: Readonly<Record<string, string>>;
  /** PEM text of the CA bundle that signed the server's certificate (https only). */
  readonly ca?: string;
  /** Per attempt, seconds. Default 30. */
  readonly timeoutSeconds?: number;
  /** `attempts` counts the first try. Defaults: 3 attempts, 500 ms base, 5 s ceiling. */
  readonly retries?: Partial<RetryPolicy>;
  /** POST (form-encoded, the default: long queries fit) or GET, for proxies that only allow reads. */
  readonly method?: "POST" | "GET";
  /** Where each option came from, for error messages; defaults to the action input names. */
  readonly sources?: Partial<Record<OptionName, string>>;
}

export type OptionName = "url" | "headers" | "bearerToken" | "basicAuth" | "ca" | "timeoutSeconds" | "retries";

const DEFAULT_SOURCES: Record<OptionName, string> = {
  url: "input 'prometheus-url'",
  headers: "prometheus.headers",
  bearerToken: "input 'prometheus-token'",
  basicAuth: "input 'prometheus-username'/'prometheus-password'",
  ca: "input 'prometheus-ca'",
  timeoutSeconds: "prometheus.timeout",
  retries: "prometheus.retries",
};

export const DEFAULT_TIMEOUT_SECONDS = 30;

/** Options after validation, ready to send requests with. */
export interface ClientSettings {
  /** Base URL without a trailing slash. */
  readonly base: string;
  readonly https: boolean;
  readonly headers: Readonly<Record<string, string>>;
  readonly ca?: string;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly method: "POST" | "GET";
  /** Every secret that could show up in text we print, so it can be blanked out. */
  readonly secrets: readonly string[];
}

/** Validates the options, throwing a ConfigurationError that lists every problem. */
export function resolveClientOptions(options: PrometheusClientOptions): ClientSettings {
  const where = { ...DEFAULT_SOURCES, ...options.sources };
  const problems: Problem[] = [];
  const problem = (name: OptionName, message: string) => problems.push({ path: where[name], message });

  const url = parseBaseUrl(options.url, (m) => problem("url", m));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (!HEADER_NAME.test(name)) problem("headers", `${describeValue(name)} is not a valid header name`);
    // The value may be a secret: say what is wrong with it, never what it is.
    else if (typeof value !== "string" || /[\r\n\0]/.test(value)) problem("headers", `the value of header ${name} must be one line of text`);
    else headers[name] = value;
  }
  const secrets: string[] = [];
  const { bearerToken, basicAuth } = options;
  if (bearerToken !== undefined) {
    if (!bearerToken.trim() || /[\r\n]/.test(bearerToken)) problem("bearerToken", "the token must be one non-empty line");
    else {
      headers.Authorization = `Bearer ${bearerToken}`;
      secrets.push(bearerToken);
    }
  }
  if (basicAuth !== undefined) {
    if (!basicAuth.username || basicAuth.username.includes(":")) problem("basicAuth", "the username must be non-empty and without ':'");
    else {
      const encoded = Buffer.from(`${basicAuth.username}:${basicAuth.password}`).toString("base64");
      headers.Authorization = `Basic ${encoded}`;
      if (basicAuth.password) secrets.push(basicAuth.password);
      secrets.push(encoded);
    }
  }
  const custom = Object.keys(options.headers ?? {}).some((h) => h.toLowerCase() === "authorization");
  // The headers may come from the playbook and the inputs together: only here are both seen.
  if (custom && (bearerToken !== undefined || basicAuth !== undefined)) {
    problem("headers", "sets Authorization, which the token or username/password inputs already set; keep one");
  }
  if (custom) secrets.push(...Object.entries(options.headers ?? {}).filter(([h]) => h.toLowerCase() === "authorization").map(([, v]) => v));

  if (options.ca !== undefined) {
    if (!options.ca.includes("-----BEGIN CERTIFICATE-----")) problem("ca", "expected PEM text starting with -----BEGIN CERTIFICATE-----");
    else if (url && url.protocol !== "https:") problem("ca", `a CA bundle applies to https URLs only, but the URL is ${url.protocol.slice(0, -1)}`);
  }
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  if (!(Number.isFinite(timeoutSeconds) && timeoutSeconds > 0)) problem("timeoutSeconds", `found ${describeValue(timeoutSeconds)}, expected a positive number of seconds`);
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retries };
  if (!(Number.isInteger(retry.attempts) && retry.attempts >= 1)) problem("retries", `attempts is ${describeValue(retry.attempts)}, expected a whole number of at least 1`);
  if (!(retry.baseDelayMs >= 0 && retry.maxDelayMs >= retry.baseDelayMs)) problem("retries", "expected 0 <= baseDelayMs <= maxDelayMs");

  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    base: url!.href.replace(/\/+$/, ""),
    https: url!.protocol === "https:",
    headers,
    ...(options.ca !== undefined ? { ca: options.ca } : {}),
    timeoutMs: Math.round(timeoutSeconds * 1000),
    retry,
    method: options.method ?? "POST",
    secrets: secrets.filter((s) => s.length > 0),
  };
}

function parseBaseUrl(raw: string, problem: (message: string) => void): URL | undefined {
  const expected = "expected an http(s) URL such as https://prometheus.example:9090 or https://mimir.example/prometheus";
  if (typeof raw !== "string" || !raw.trim()) {
    problem(`found nothing, ${expected}`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    problem(`found ${describeValue(redactUserinfo(raw))}, ${expected}`);
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    problem(`found ${describeValue(redactUserinfo(raw))}, ${expected}`);
    return undefined;
  }
  if (url.username || url.password) {
    problem("the URL carries credentials; pass them as the token or username/password inputs, which are kept secret");
    return undefined;
  }
  if (url.search || url.hash) {
    problem(`found ${describeValue(`${url.origin}${url.pathname}${url.search ? "?…" : ""}${url.hash ? "#…" : ""}`)}, the base URL takes no query or fragment`);
    return undefined;
  }
  return url;
}

function redactUserinfo(raw: string): string {
  return raw.replace(/\/\/[^/@]*@/, "//***@");
}
