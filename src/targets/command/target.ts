/**
 * The `command` target: traffic moved by the user's own scripts (docker compose, kubectl,
 * ssh, a load balancer's CLI). The suite decides when and to what weight; the scripts
 * know how. Each script gets the values of the move in DEPLOY_* environment variables.
 */
import { isDeepStrictEqual } from "node:util";
import type { CommandTarget } from "../../playbook/types.js";
import type { RestoreResult, Target, TargetDeps, TrafficStep } from "../types.js";
import { scriptEnvironment, type DeployVariables } from "./environment.js";
import { CommandError, type ScriptKey } from "./error.js";
import type { CommandRecord } from "./record.js";
import { runScript, type ScriptResult } from "./run-script.js";
import { waitForStatus } from "./wait.js";

export interface CommandTargetOptions {
  /** The repository checkout: scripts resolve against it and run in it. */
  readonly workspace: string;
  /**
   * The runner's environment, passed on to the scripts minus its secrets. Absent, the
   * scripts inherit nothing but the DEPLOY_* variables.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Between SIGTERM and SIGKILL when a script is stopped. Default 5 s. */
  readonly graceMs?: number;
  /** Between two runs of `status`. Default 5 s. */
  readonly pollMs?: number;
}

/** Creates the target for a playbook's `target.command`. */
export function createCommandTarget(target: CommandTarget, options: CommandTargetOptions, deps: TargetDeps): Target<CommandRecord> {
  const graceMs = options.graceMs ?? 5000;
  const pollMs = options.pollMs ?? 5000;

  const execute = (key: ScriptKey, path: string, vars: DeployVariables, extra: { capture?: boolean; level?: "debug"; timeoutMs?: number } = {}) => {
    const env = scriptEnvironment(options.env ?? {}, key, vars);
    return runScript({
      key,
      path,
      workspace: options.workspace,
      env,
      timeoutMs: extra.timeoutMs ?? target.timeout * 1000,
      graceMs,
      log: deps.log,
      ...(extra.capture && { capture: true }),
      ...(extra.level && { level: extra.level }),
      ...(deps.signal && { signal: deps.signal }),
    });
  };

  /** Runs a script that must succeed. */
  const succeed = async (key: ScriptKey, path: string, vars: DeployVariables): Promise<void> => {
    deps.log.info(`${key}: running ${path} (${describe(vars)})`);
    ensureSuccess(key, path, await execute(key, path, vars));
  };

  const readCurrent = async (path: string, vars: DeployVariables): Promise<unknown> => {
    deps.log.info(`current: running ${path} to read what is live`);
    const result = await execute("current", path, vars, { capture: true });
    ensureSuccess("current", path, result);
    return parseCurrent(path, result.stdout ?? "", result.tail);
  };

  const wait = async (vars: DeployVariables): Promise<void> => {
    const status = target.status;
    if (status === undefined) {
      deps.log.info("status: no status script; the move counts as done when its script exits 0");
      return;
    }
    await waitForStatus({
      path: status,
      timeoutSeconds: target.timeout,
      pollMs,
      clock: deps.clock,
      log: deps.log,
      signal: deps.signal,
      run: (timeoutMs) => execute("status", status, vars, { level: "debug", timeoutMs }),
    });
  };

  return {
    description: `command ${target.setWeight}`,

    async record(step) {
      const record: CommandRecord = { kind: "command", weight: step.previousWeight };
      if (target.current === undefined) return record;
      return { ...record, current: await readCurrent(target.current, stepVariables(step)) };
    },

    async move(step, recorded) {
      await succeed("set-weight", target.setWeight, stepVariables(step, recorded));
    },

    async wait(step, recorded) {
      await wait(stepVariables(step, recorded));
    },

    async promote(step, recorded) {
      if (target.promote === undefined) {
        deps.log.info(`promote: no promote script; ${step.version} at ${step.weight}% is the promotion`);
        return;
      }
      await succeed("promote", target.promote, stepVariables(step, recorded));
    },

    async restore(recorded, from) {
      const vars: DeployVariables = {
        service: from.service,
        stage: from.stage,
        weight: recorded.weight,
        previousWeight: from.weight,
        version: from.version,
        state: JSON.stringify(recorded),
      };
      // Nothing to undo only when both what we moved and what the user's `current` sees
      // are as recorded; without a `current` script we cannot tell, so the rollback runs.
      if (from.weight === recorded.weight && target.current !== undefined && recorded.current !== undefined) {
        const now = await readCurrent(target.current, vars);
        if (isDeepStrictEqual(now, recorded.current)) {
          const line = `nothing to undo: the weight is ${recorded.weight}% as recorded and ${target.current} prints what was recorded`;
          deps.log.info(`rollback: ${line}`);
          return { changed: false, actions: [line], drift: [] } satisfies RestoreResult;
        }
      }
      await succeed("rollback", target.rollback, vars);
      await wait(vars);
      const actions = [`ran ${target.rollback}: weight ${from.weight}% back to ${recorded.weight}% (leaving ${from.version})`];
      if (target.status !== undefined) actions.push(`${target.status} reported the rollback done`);
      return { changed: true, actions, drift: [] } satisfies RestoreResult;
    },
  };
}

function stepVariables(step: TrafficStep, recorded?: CommandRecord): DeployVariables {
  return {
    service: step.service,
    stage: step.stage,
    weight: step.weight,
    previousWeight: step.previousWeight,
    version: step.version,
    ...(recorded && { state: JSON.stringify(recorded) }),
  };
}

function describe(vars: DeployVariables): string {
  return `stage ${vars.stage}, weight ${vars.previousWeight}% to ${vars.weight}%, version ${JSON.stringify(vars.version)}`;
}

function ensureSuccess(key: ScriptKey, path: string, result: ScriptResult): void {
  if (result.code === 0) return;
  const how = result.code === null ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
  throw new CommandError(key, result.code === null ? "signal" : "exit", `${path} (target.command.${key}) ${how}`, result.tail);
}

const EXCERPT = 60;

function parseCurrent(path: string, stdout: string, tail: readonly string[]): unknown {
  const where = `${path} (target.command.current)`;
  if (stdout.trim() === "") {
    throw new CommandError("current", "output", `${where} printed nothing on stdout; expected one JSON value describing what is live (logs go to stderr)`, tail);
  }
  try {
    return JSON.parse(stdout);
  } catch (error) {
    const excerpt = JSON.stringify(stdout.slice(0, EXCERPT)) + (stdout.length > EXCERPT ? "..." : "");
    // The parser's message quotes the input raw; keep the error on one line.
    const why = (error instanceof Error ? error.message : String(error)).replace(/[\u0000-\u001f]/g, (c) => JSON.stringify(c).slice(1, -1));
    throw new CommandError("current", "output", `${where} printed ${excerpt}, which is not JSON (${why}); expected one JSON value on stdout (logs go to stderr)`, tail);
  }
}
