/**
 * A tiny HTTP server on 127.0.0.1 for tests: fault injection in front of the Prometheus
 * client (down, slow, 503 then recovering, garbage, errors) and live `/metrics` targets
 * for a real Prometheus to scrape.
 *
 *   const server = await startHttpServer((req, res, { index }) =>
 *     index === 0 ? sendJson(res, 503, { status: "error", errorType: "unavailable", error: "busy" })
 *                 : sendJson(res, 200, prometheusVector([{ labels: {}, value: "1" }])));
 *   // server.url is "http://127.0.0.1:<port>"; server.requests records every request
 *   await server.close();
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/** A request as the server received it. Header names are lower-case. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as sent: `/api/v1/query?query=up`. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** What the handler gets besides req/res: the body already read, and the request's 0-based index. */
export interface RequestContext {
  readonly body: string;
  readonly index: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, context: RequestContext) => void | Promise<void>;

export interface ServerOptions {
  /** Serve https with this key and certificate (PEM), e.g. from {@link selfSignedCertificate}. */
  readonly tls?: { readonly key: string; readonly cert: string };
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` (or https), no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Every request received so far, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Stops listening and drops open connections (handlers that never answer included). */
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with a free port. A handler that throws answers 500. */
export async function startHttpServer(handler: Handler, options: ServerOptions = {}): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const listener = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const index = requests.length;
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: { ...req.headers }, body });
    try {
      await handler(req, res, { body, index });
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(`handler failed: ${String(error)}`);
    }
  };
  const server = options.tls ? createHttpsServer(options.tls, listener) : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? "https" : "http"}://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: connections are refused. */
export async function unusedUrl(): Promise<string> {
  const server = await startHttpServer(() => undefined);
  await server.close();
  return server.url;
}

/** Answers with a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** Answers with plain text (garbage, HTML error pages, /metrics exposition). */
export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  res.end(text);
}

/** A successful instant-vector answer, as Prometheus writes it (values are strings). */
export function prometheusVector(
  samples: readonly { labels: Record<string, string>; value: string; time?: number }[],
  warnings?: string[],
): unknown {
  return {
    status: "success",
    data: { resultType: "vector", result: samples.map((s) => ({ metric: s.labels, value: [s.time ?? 0, s.value] })) },
    ...(warnings ? { warnings } : {}),
  };
}

/** Prometheus's error body: `{status:"error", errorType, error}`. */
export function prometheusError(errorType: string, error: string): unknown {
  return { status: "error", errorType, error };
}

/** Form or query parameters of a recorded request (POST body or GET query string). */
export function requestParams(request: RecordedRequest): URLSearchParams {
  return request.method === "POST" ? new URLSearchParams(request.body) : new URL(request.url, "http://x").searchParams;
}

/**
 * A fresh self-signed certificate for 127.0.0.1 (made with openssl): serve with `key` and
 * `cert`, and trust it by passing `cert` as the CA.
 */
export async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const dir = await mkdtemp(join(tmpdir(), "test-cert-"));
  try {
    const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
    await promisify(execFile)("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
      "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
    ]);
    return { key: await readFile(key, "utf8"), cert: await readFile(cert, "utf8") };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
