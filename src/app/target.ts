/** The playbook's target, required by the operations that move or restore traffic. */
import { ConfigurationError } from "../errors.js";
import type { Playbook, Target } from "../playbook/types.js";

/** The target, or a problem on the playbook naming the operation that needs it. */
export function requireTarget(playbook: Playbook, file: string, operation: string): Target {
  if (!playbook.target) {
    throw new ConfigurationError([
      { file, path: "target", message: `is missing; the ${operation} action moves traffic through the target, expected target.kubernetes or target.command` },
    ]);
  }
  return playbook.target;
}
