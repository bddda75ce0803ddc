/**
 * HTTP probes of health and stats endpoints, the playbooks' `curl /health | jq .status`:
 * the status code must be one of those expected, and each JSON field, found by a dotted
 * path (`checks.memory.status`, `items.0.ok`), must equal its expected value exactly.
 * A probe that fails is tried again after a short backoff, up to `retries` more times.
 */
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import { formatDelay } from "./backoff.js";
import { sendHttp } from "./http-request.js";
import type { Prober, ProbeRequest, ProbeResult } from "./types.js";

export interface HttpProberDeps {
  readonly clock: Clock;
  readonly log: Logger;
}

/** Backoff between probe attempts: 0.5 s, 1 s, then 2 s at most. A health check should settle fast. */
export function probeBackoffMs(attempt: number): number {
  return Math.min(500 * 2 ** (attempt - 1), 2000);
}

/** A prober over real HTTP. Only the caller's cancellation is thrown; every other failure is a result. */
export function createHttpProber(deps: HttpProberDeps): Prober {
  return {
    async probe(request, signal) {
      const started = deps.clock.now().getTime();
      const attempts = 1 + Math.max(0, Math.floor(request.retries));
      for (let attempt = 1; ; attempt++) {
        const result = await probeOnce(request, signal);
        if (result.ok || attempt >= attempts) {
          return { ...result, attempts: attempt, durationMs: deps.clock.now().getTime() - started };
        }
        const delay = probeBackoffMs(attempt);
        deps.log.info(`probe ${displayUrl(request.url)} attempt ${attempt} of ${attempts}: ${result.detail}; retrying in ${formatDelay(delay)}`);
        await deps.clock.sleep(delay, signal);
      }
    },
  };
}

type AttemptResult = Omit<ProbeResult, "attempts" | "durationMs">;

async function probeOnce(request: ProbeRequest, signal?: AbortSignal): Promise<AttemptResult> {
  const outcome = await sendHttp({
    url: request.url,
    method: request.method,
    headers: request.headers,
    timeoutMs: Math.round(request.timeout * 1000),
    ...(signal ? { signal } : {}),
  });
  if (outcome.kind === "timeout") return unreachable(`no answer within ${formatDelay(Math.round(request.timeout * 1000))}`);
  if (outcome.kind === "network") return unreachable(`cannot connect: ${outcome.cause}`);

  const problems: string[] = [];
  const expected = request.status.length > 0 ? request.status : undefined;
  const statusOk = expected ? expected.includes(outcome.status) : outcome.status >= 200 && outcome.status < 300;
  if (!statusOk) problems.push(`status ${outcome.status}, expected ${expected ? expected.join(" or ") : "2xx"}`);

  const fields: Record<string, unknown> = {};
  const wanted = Object.entries(request.json);
  if (wanted.length > 0) {
    const body = parseJson(outcome.body);
    if (body === NOT_JSON) problems.push("body is not JSON");
    else {
      for (const [path, want] of wanted) {
        const found = lookup(body, path);
        if (found === MISSING) {
          problems.push(`${path} is missing`);
          continue;
        }
        fields[path] = found;
        if (found !== want) problems.push(`${path} is ${show(found)}, expected ${show(want)}`);
      }
    }
  }
  return { ok: problems.length === 0, status: outcome.status, fields, detail: problems.join("; ") || `status ${outcome.status}`, unreachable: false };
}

function unreachable(detail: string): AttemptResult {
  return { ok: false, fields: {}, detail, unreachable: true };
}

const NOT_JSON = Symbol("not JSON");
const MISSING = Symbol("missing");

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return NOT_JSON;
  }
}

/** Follows `a.b.0.c`: object keys, and list indexes written as numbers. */
export function lookup(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(key) || Number(key) >= current.length) return MISSING;
      current = current[Number(key)];
    } else if (typeof current === "object" && current !== null && Object.hasOwn(current, key)) {
      current = (current as Record<string, unknown>)[key];
    } else return MISSING;
  }
  return current;
}

function show(value: unknown): string {
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "a list" : "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// Query strings can carry tokens: log the endpoint, never its query.
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return "the endpoint";
  }
}
