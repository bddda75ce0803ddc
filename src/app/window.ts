/**
 * Deployment windows, as the operations that move traffic forward obey them: refused in a
 * closed window unless forced, the override logged for the audit trail. The CLI and the
 * actions ask here alike.
 */
import type { Clock } from "../clock.js";
import { Refusal } from "../errors.js";
import type { Logger } from "../log.js";
import type { Playbook } from "../playbook/types.js";
import { checkWindow } from "../playbook/window.js";

/** Throws a {@link Refusal} in a closed window unless `force`; logs the window either way. */
export function enforceWindow(playbook: Playbook, force: boolean, deps: { readonly clock: Clock; readonly log: Logger }): void {
  const window = checkWindow(playbook.windows, deps.clock.now());
  if (window.open) {
    deps.log.info(`Deployment window: open (${window.reason}).`);
    return;
  }
  if (!force) {
    throw new Refusal(`The deployment window is closed: ${window.reason}. Nothing was changed. Set force: true to go on anyway.`);
  }
  deps.log.warning(`The deployment window is closed (${window.reason}); going on because force is true.`);
}
