/**
 * The scripts a command target names must exist and be executable before anything moves:
 * a typo or a missing `chmod +x` is a playbook mistake found at the start, not a failed
 * rollback halfway through a rollout.
 */
import { accessSync, constants, statSync } from "node:fs";
import { resolve } from "node:path";
import { describeValue, type Problem } from "../../errors.js";
import type { Locator } from "../../playbook/source-map.js";
import type { CommandTarget } from "../../playbook/types.js";
import type { ScriptKey } from "./error.js";

/** Each script of a command target with its playbook key. */
export function commandScripts(target: CommandTarget): { key: ScriptKey; path: string }[] {
  const all: [ScriptKey, string | undefined][] = [
    ["current", target.current],
    ["set-weight", target.setWeight],
    ["status", target.status],
    ["promote", target.promote],
    ["rollback", target.rollback],
  ];
  return all.filter((e): e is [ScriptKey, string] => e[1] !== undefined).map(([key, path]) => ({ key, path }));
}

/**
 * Checks that every script of `target` is an executable file, its path resolved against
 * `workspace` (the repository). Returns every problem found, each naming
 * `target.command.<key>` in `playbookFile`, at its line when `locate` is given.
 */
export function checkCommandScripts(target: CommandTarget, playbookFile: string, workspace: string, locate?: Locator): Problem[] {
  const problems: Problem[] = [];
  for (const { key, path } of commandScripts(target)) {
    const message = scriptProblem(path, resolve(workspace, path));
    if (message === undefined) continue;
    const docPath = ["target", "command", key];
    problems.push({ file: playbookFile, ...locate?.({ path: docPath }), path: `target.command.${key}`, message });
  }
  return problems;
}

function scriptProblem(path: string, absolute: string): string | undefined {
  const found = describeValue(path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      return `no such file: ${found}; expected an executable script, its path relative to the repository root (such as ./deploy/set-weight.sh)`;
    }
    return `${found} cannot be read (${code ?? String(error)}); expected an executable script in the repository`;
  }
  if (!stats.isFile()) return `${found} is not a file; expected an executable script`;
  try {
    accessSync(absolute, constants.X_OK);
  } catch {
    return `${found} is not executable; run chmod +x ${path} and commit the change (from Windows: git update-index --chmod=+x ${path})`;
  }
  return undefined;
}
