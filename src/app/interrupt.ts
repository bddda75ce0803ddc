/**
 * Cancellation of a running operation. The GitHub runner cancels a job by sending SIGINT,
 * then SIGTERM some seconds later, then killing it; a terminal sends SIGINT on Ctrl-C.
 * Either aborts the operation so its partial report is still published before exit.
 */
import type { Logger } from "../log.js";

/** What signals are heard on; the process in production, an EventEmitter under test. */
export interface SignalSource {
  on(event: "SIGINT" | "SIGTERM", listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: "SIGINT" | "SIGTERM", listener: (signal: NodeJS.Signals) => void): unknown;
}

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * Aborts `controller` on the first SIGINT or SIGTERM. Installing a listener also stops
 * Node's default of exiting at once, which would lose the evidence. Returns the undo.
 */
export function abortOnSignals(controller: AbortController, what: string, log: Logger, source: SignalSource): () => void {
  const listener = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      log.warning(`${signal} received again: still writing the partial evidence`);
      return;
    }
    log.warning(`${signal} received: cancelling ${what} and writing the partial evidence`);
    controller.abort(new CancelledError(signal));
  };
  for (const s of SIGNALS) source.on(s, listener);
  return () => {
    for (const s of SIGNALS) source.off(s, listener);
  };
}

/** The abort reason of a cancelled operation. */
export class CancelledError extends Error {
  constructor(readonly signal: string) {
    super(`cancelled by ${signal}`);
    this.name = "CancelledError";
  }
}
