/**
 * Everything the operations reach the world through, as one object. The action shells
 * build it in `actions/deps.ts`, the CLI in `cli/deps.ts`, tests from the fakes under
 * `test/`; an operation takes the part it needs (`Pick<AppDeps, …>`).
 */
import type { Clock } from "../clock.js";
import type { Files } from "../files.js";
import type { Logger } from "../log.js";
import type { ClientSettings } from "../metrics/prometheus-options.js";
import type { MetricsSource, Prober } from "../metrics/types.js";
import type { SignalSource } from "./interrupt.js";
import type { Publisher } from "./report.js";

export interface AppDeps {
  readonly clock: Clock;
  readonly log: Logger;
  readonly files: Files;
  /** A Prometheus client for settings validated at the edge. */
  readonly connect: (settings: ClientSettings) => MetricsSource;
  readonly prober: Prober;
  readonly publisher: Publisher;
  /** Where cancellation comes from (SIGINT, SIGTERM). */
  readonly signals: SignalSource;
}
