/**
 * The commands `deploy-playbook` knows, in the order `--help` lists them. A new command
 * lives in its own file, exports a {@link Command}, and is added to this list.
 */
import type { Command } from "./command.js";
import { gateCommand } from "./gate.js";
import { lintCommand } from "./lint.js";
import { planCommand } from "./plan.js";
import { runCommand } from "./run.js";
import { schemaCommand } from "./schema.js";

export const commands: readonly Command[] = [lintCommand, planCommand, gateCommand, runCommand, schemaCommand];
