/** A playbook file read and parsed at once, for tests that need its Playbook synchronously. */
import { readFileSync } from "node:fs";
import { parsePlaybook } from "../../src/playbook/load.js";
import type { Playbook } from "../../src/playbook/types.js";

export function loadPlaybookFile(path: string): Playbook {
  return parsePlaybook(readFileSync(path, "utf8"), path);
}
