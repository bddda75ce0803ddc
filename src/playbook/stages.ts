/**
 * Stages named by the caller (an input, a flag), resolved once against the playbook so
 * everything after works on the {@link Stage} itself.
 */
import { ConfigurationError, describeValue, type Problem } from "../errors.js";
import { formatSeconds } from "./quantity.js";
import type { Check, Playbook, Stage } from "./types.js";

function unknownStage(playbook: Playbook, name: string, path: string, file?: string): Problem {
  return { ...(file !== undefined && { file }), path, message: `no stage named ${describeValue(name)}; expected one of: ${playbook.stages.map((s) => s.name).join(", ")}` };
}

/**
 * The stage called `name`; `path` names where the name came from (`input 'stage'`,
 * `--stage`), and `file` the playbook when the problem is best shown against it.
 */
export function findStage(playbook: Playbook, name: string, path: string, file?: string): Stage {
  const stage = playbook.stages.find((s) => s.name === name);
  if (!stage) throw new ConfigurationError([unknownStage(playbook, name, path, file)]);
  return stage;
}

/** The stages named, in playbook order whatever order they were listed in; all of them when `names` is absent. */
export function selectStages(playbook: Playbook, names: readonly string[] | undefined, path: string): Stage[] {
  if (!names) return [...playbook.stages];
  const unknown = names.filter((n) => !playbook.stages.some((s) => s.name === n));
  if (unknown.length > 0) throw new ConfigurationError(unknown.map((n) => unknownStage(playbook, n, path)));
  return playbook.stages.filter((s) => names.includes(s.name));
}

/** Checks a soak slice (`path` names where it came from): at least one interval, or no round could be taken. */
export function checkSlice(stage: Stage, soak: number, path: string): void {
  if (soak < stage.interval) {
    throw new ConfigurationError([
      { path, message: `found ${formatSeconds(soak)}; expected at least the stage's interval of ${formatSeconds(stage.interval)}, or one round could not be taken` },
    ]);
  }
}

/**
 * The stage held for `soak` seconds instead of its own soak (checked by {@link checkSlice}):
 * a 24-hour watch runs as hourly slices, each a gate of its own. A go may still not come
 * before min-soak.
 */
export function sliceStage(stage: Stage, soak: number): Stage {
  return { ...stage, soak, minSoak: Math.min(stage.minSoak, soak) };
}

/**
 * The rollback's verify checks as a stage of their own, waited for until they pass or
 * `rollback.timeout`: what a connection is resolved for before a rollback.
 */
export function verifyStage(playbook: Playbook): Stage {
  const { verify, timeout } = playbook.rollback;
  return { name: "rollback.verify", weight: 0, soak: 0, interval: 10, minSoak: 0, checks: [], waitFor: verify, waitTimeout: timeout, failureLimit: 1, errorLimit: 1, noData: "inconclusive" };
}

/**
 * Everything a whole rollout reads, as one stage: every check of `stages` (held or waited
 * for) and the rollback's verify checks, so one connection is resolved and checked before
 * anything moves.
 */
export function rolloutReading(playbook: Playbook, stages: readonly Stage[]): Stage {
  return { ...verifyStage(playbook), checks: [...new Set(stages.flatMap((s) => [...s.checks, ...s.waitFor]))] };
}

/** True when the check reads Prometheus: every kind but an HTTP probe. */
export function readsPrometheus(check: Check): boolean {
  return check.kind !== "http";
}
