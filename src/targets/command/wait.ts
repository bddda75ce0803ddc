/**
 * Waiting for a move to finish: the `status` script is run every few seconds until it
 * exits 0 (done) or the target's timeout runs out. Any other exit means "not yet", the
 * way `kubectl rollout status --timeout=0` or a health probe answers.
 */
import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import { formatSeconds } from "../../playbook/quantity.js";
import { CommandError } from "./error.js";
import type { ScriptResult } from "./run-script.js";

/** How often progress is logged while waiting; every run's own output goes to debug. */
const REPORT_MS = 30_000;

/** A status run gets at least this long, even when the wait is almost over. */
const MIN_RUN_MS = 1000;

export interface StatusWait {
  /** The status script as the playbook writes it. */
  readonly path: string;
  readonly timeoutSeconds: number;
  readonly pollMs: number;
  readonly clock: Clock;
  readonly log: Logger;
  readonly signal?: AbortSignal | undefined;
  /** Runs the status script once, allowed `timeoutMs`. */
  readonly run: (timeoutMs: number) => Promise<ScriptResult>;
}

/** Resolves once status exits 0; throws a {@link CommandError} with its last lines when time runs out. */
export async function waitForStatus(w: StatusWait): Promise<void> {
  const limitMs = w.timeoutSeconds * 1000;
  const start = w.clock.now().getTime();
  const elapsed = () => w.clock.now().getTime() - start;
  // Bounded even if the clock stood still: one run per poll interval of the timeout, and one more.
  const maxRuns = Math.floor(limitMs / Math.max(w.pollMs, 1)) + 1;
  let lastReport = -REPORT_MS;

  for (let runs = 1; ; runs++) {
    const result = await w.run(Math.max(limitMs - elapsed(), MIN_RUN_MS));
    if (result.code === 0) {
      w.log.info(`status: ${w.path} reports done${runs > 1 ? ` after ${took(elapsed())} (${runs} checks)` : ""}`);
      return;
    }
    const exit = result.code === null ? `killed by ${result.signal}` : `exit ${result.code}`;
    if (runs >= maxRuns || elapsed() + w.pollMs > limitMs) {
      throw new CommandError(
        "status",
        "timeout",
        `${w.path} (target.command.status) still reports not done (${exit}) after ${took(elapsed())} and ${runs} checks; the timeout is ${formatSeconds(w.timeoutSeconds)}`,
        result.tail,
      );
    }
    if (elapsed() - lastReport >= REPORT_MS) {
      lastReport = elapsed();
      const said = result.tail.at(-1);
      w.log.info(`status: not done yet (${exit}${said ? `: ${said}` : ""}), ${took(elapsed())} of ${formatSeconds(w.timeoutSeconds)}`);
    }
    await w.clock.sleep(w.pollMs, w.signal);
  }
}

function took(ms: number): string {
  return ms < 1000 ? "0s" : formatSeconds(ms / 1000);
}
