/**
 * A failure of one of the user's scripts. It is neither a playbook mistake (the playbook
 * was checked before anything moved) nor a bug of the suite: the target itself failed,
 * which stops the rollout and never counts as healthy.
 */

import { TargetError } from "../types.js";

/** The playbook key that names a script: `target.command.<key>`. */
export type ScriptKey = "set-weight" | "rollback" | "status" | "current" | "promote";

/** Why a script failed. */
export type CommandFailure = "exit" | "signal" | "timeout" | "start" | "output";

export class CommandError extends TargetError {
  override readonly name = "CommandError";
  constructor(
    readonly script: ScriptKey,
    readonly failure: CommandFailure,
    message: string,
    /** The script's last lines of output, oldest first. */
    readonly tail: readonly string[] = [],
  ) {
    super(tail.length > 0 ? `${message}\nLast lines of its output:\n${tail.map((l) => `  ${l}`).join("\n")}` : message);
  }
}
