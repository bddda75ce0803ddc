/**
 * A traffic target in memory: it keeps a live weight and version, records every call, and
 * can be told to fail a step (once or always) with a {@link TargetError}, as a script that
 * exits non-zero or pods that never come up would.
 */
import type { CommandRecord } from "../../src/targets/command/record.js";
import type { TargetRecord } from "../../src/targets/record.js";
import { type RestoreResult, type Target, TargetError, type TrafficStep } from "../../src/targets/types.js";

export type TargetCall = "record" | "move" | "wait" | "promote" | "restore";

/** What is live on the fake target. */
export interface Live {
  weight: number;
  /** The version the canary share runs. */
  canary?: string;
  /** The stable version. */
  stable: string;
}

export function fakeTarget(start: Partial<Live> = {}) {
  const live: Live = { weight: 0, stable: "v1", ...start };
  const calls: { call: TargetCall; step?: TrafficStep; recorded?: TargetRecord }[] = [];
  const failing = new Map<TargetCall, { message: string; times: number }>();
  const fail = (call: TargetCall) => {
    const f = failing.get(call);
    if (!f || f.times === 0) return;
    f.times -= 1;
    throw new TargetError(f.message);
  };
  const target: Target = {
    description: "fake target",
    async record(step) {
      calls.push({ call: "record", step });
      fail("record");
      return { kind: "command", weight: live.weight, current: { stable: live.stable } } satisfies CommandRecord;
    },
    async move(step, recorded) {
      calls.push({ call: "move", step, recorded });
      fail("move");
      live.weight = step.weight;
      live.canary = step.version;
    },
    async wait(step, recorded) {
      calls.push({ call: "wait", step, recorded });
      fail("wait");
    },
    async promote(step, recorded) {
      calls.push({ call: "promote", step, recorded });
      fail("promote");
      live.stable = step.version;
      live.weight = 0;
      delete live.canary;
    },
    async restore(recorded, from): Promise<RestoreResult> {
      calls.push({ call: "restore", step: from, recorded });
      fail("restore");
      const before = live.weight;
      live.weight = recorded.weight;
      if (live.weight === 0) delete live.canary;
      return { changed: before !== recorded.weight, actions: [`weight ${before}% back to ${recorded.weight}%`], drift: [] };
    },
  };
  return {
    target,
    live,
    calls,
    /** The names of the calls so far, in order. */
    names: () => calls.map((c) => c.call),
    /** Makes the next `times` calls of `call` fail with `message`. */
    failOn(call: TargetCall, message: string, times = Infinity) {
      failing.set(call, { message, times });
    },
  };
}
