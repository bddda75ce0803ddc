/** A hand-written Prober answering from a function of the request and the call number. */
import type { ProbeRequest, ProbeResult, Prober } from "../../src/metrics/types.js";

export const healthy: ProbeResult = {
  ok: true,
  status: 200,
  fields: { status: "healthy" },
  detail: "status 200, status = \"healthy\"",
  attempts: 1,
  durationMs: 3,
  unreachable: false,
};

/** A probe result with overrides. */
export function probeResult(overrides: Partial<ProbeResult> = {}): ProbeResult {
  return { ...healthy, ...overrides };
}

export function fakeProber(
  answer: (request: ProbeRequest, call: number) => Partial<ProbeResult> | Error = () => ({}),
): Prober & { readonly requests: ProbeRequest[] } {
  const requests: ProbeRequest[] = [];
  return {
    requests,
    async probe(request, signal) {
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      requests.push(request);
      const a = answer(request, requests.length - 1);
      if (a instanceof Error) throw a;
      return probeResult(a);
    },
  };
}
