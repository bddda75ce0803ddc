/**
 * Runs one operation the same way for every entry point: cancellable by SIGINT/SIGTERM,
 * its report published through the caller's publisher, still listening while it writes
 * (a second signal must not kill the process mid-file).
 */
import type { AppDeps } from "./deps.js";
import { abortOnSignals } from "./interrupt.js";
import { publish, type Report } from "./report.js";

/** Runs `operation` with an abort signal wired to the process signals, publishes its report and returns it. */
export async function perform<R extends Report>(
  what: string,
  deps: Pick<AppDeps, "log" | "signals" | "publisher">,
  operation: (signal: AbortSignal) => Promise<R>,
): Promise<R> {
  const controller = new AbortController();
  const stopListening = abortOnSignals(controller, what, deps.log, deps.signals);
  try {
    const report = await operation(controller.signal);
    await publish(report, deps.publisher);
    return report;
  } finally {
    stopListening();
  }
}
