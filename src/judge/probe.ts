/** One round of an HTTP check: the runbooks' `curl /health | jq .status`. */
import type { HttpCheck } from "../playbook/types.js";
import { describeReadError } from "./outcome.js";
import type { JudgeDeps, Measurement } from "./types.js";

/** The URL without user-info, so a password written into it never reaches a report. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = "";
    u.password = "";
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * Probes once (with the check's retries). A probe that is not ok fails the check, and so
 * does one that could not reach the endpoint after its retries: the runbooks roll back at
 * once when a health check fails, and an unreachable canary is not a healthy one.
 */
export async function evaluateHttp(check: HttpCheck, deps: JudgeDeps, signal?: AbortSignal): Promise<Measurement> {
  const base = {
    check: check.name,
    dimension: "number" as const,
    queries: [`${check.method} ${redactUrl(check.url)}`],
    limit: `status ${check.status.join(" or ")}${Object.keys(check.json).length ? ", " + describeJson(check.json) : ""}`,
  };
  try {
    const r = await deps.prober.probe(
      {
        url: check.url,
        method: check.method,
        headers: check.headers,
        status: check.status,
        json: check.json,
        timeout: check.timeout,
        retries: check.retries,
      },
      signal,
    );
    const attempts = r.attempts > 1 ? ` after ${r.attempts} attempts` : "";
    return {
      ...base,
      outcome: r.ok ? "pass" : "fail",
      ...(r.status !== undefined && { canary: r.status }),
      detail: r.ok ? r.detail || `status ${r.status}` : r.unreachable ? `unreachable${attempts}: ${r.detail}` : `${r.detail}${attempts}`,
      warnings: [],
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ...base, outcome: "error", detail: describeReadError(check.name, error), warnings: [] };
  }
}

function describeJson(json: HttpCheck["json"]): string {
  return Object.entries(json)
    .map(([path, v]) => `${path} = ${JSON.stringify(v)}`)
    .join(", ");
}
