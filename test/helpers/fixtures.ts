/** Shared fixtures for the action bundle tests. */
import { join } from "node:path";
import type { ActionName } from "../../tools/runner.js";
import { ROOT } from "../../tools/runner.js";

/** A workspace with a valid playbook at the default path and others under playbooks/. */
export const WORKSPACE = join(ROOT, "test", "fixtures", "workspace");

/** Inputs each action needs to get past its required ones, in the fixture workspace. */
export const REQUIRED: Record<ActionName, Record<string, string>> = {
  canary: { stage: "canary", version: "v2" },
  gate: { stage: "canary" },
  rollback: {},
  signoff: {},
  playbook: { version: "v2" },
};

export const ACTIONS = Object.keys(REQUIRED) as ActionName[];

/** A stack trace line, which a user mistake must never print. */
export const STACK_LINE = /^\s+at .+/m;
