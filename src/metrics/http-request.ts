/**
 * One HTTP attempt with a deadline: the request and the whole body must arrive within
 * `timeoutMs`. Failures come back as values (timeout, network) so callers decide whether
 * to retry; only the caller's own cancellation is thrown.
 */
import type { Agent } from "node:https";
import { MAX_TIMER_MS } from "../clock.js";

// node-fetch (and the stream and form polyfills it brings) is loaded with the first
// request, not at start-up: a run that fails on its inputs never sends one.
let nodeFetch: Promise<typeof import("node-fetch").default> | undefined;
const loadFetch = () => (nodeFetch ??= import("node-fetch").then((m) => m.default));

export interface HttpRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
  /** For https with a private CA. Used only for https URLs, redirects included. */
  readonly agent?: Agent;
  readonly signal?: AbortSignal;
}

export type HttpOutcome =
  | {
      readonly kind: "response";
      readonly status: number;
      readonly statusText: string;
      readonly header: (name: string) => string | null;
      readonly body: string;
    }
  | { readonly kind: "timeout" }
  /** No response: refused, reset, DNS, TLS. `permanent` when retrying cannot help (a certificate problem). */
  | { readonly kind: "network"; readonly cause: string; readonly permanent: boolean };

// Node's codes for a certificate that will not verify: a configuration problem, not a blip.
const CERTIFICATE_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** Sends one request. Rejects only when `request.signal` aborts (with its reason). */
export async function sendHttp(request: HttpRequest): Promise<HttpOutcome> {
  request.signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  // A timeout past what setTimeout takes (about 24.8 days) is as good as none.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, Math.min(request.timeoutMs, MAX_TIMER_MS));
  const onAbort = () => controller.abort();
  request.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const fetch = await loadFetch();
    const response = await fetch(request.url, {
      method: request.method,
      headers: { ...request.headers },
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: controller.signal,
      ...(request.agent ? { agent: (url: URL) => (url.protocol === "https:" ? request.agent : undefined) } : {}),
    });
    const body = await response.text();
    return {
      kind: "response",
      status: response.status,
      statusText: response.statusText,
      header: (name) => response.headers.get(name),
      body,
    };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    if (timedOut) return { kind: "timeout" };
    return describeNetworkError(error);
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener("abort", onAbort);
  }
}

function describeNetworkError(error: unknown): HttpOutcome {
  const e = error as { message?: string; code?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code;
  // node-fetch says "request to <url> failed, reason: <why>": the url is known to the caller.
  const message = String(e.message ?? error).replace(/^request to \S+ failed, reason: /, "");
  return { kind: "network", cause: message || code || "unknown error", permanent: code !== undefined && CERTIFICATE_CODES.has(code) };
}
