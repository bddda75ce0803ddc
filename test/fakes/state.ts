/** A rollout state for tests, made for a playbook so its digest matches. */
import { playbookDigest } from "../../src/playbook/digest.js";
import { parsePlaybook } from "../../src/playbook/load.js";
import type { Playbook } from "../../src/playbook/types.js";
import type { DeployState } from "../../src/state.js";

/** A state at the playbook's first stage, version v2, nothing judged; `overrides` on top. */
export function deployState(playbook: Playbook | string, overrides: Partial<DeployState> = {}): DeployState {
  const pb = typeof playbook === "string" ? parsePlaybook(playbook, "playbook.yml") : playbook;
  const first = pb.stages[0]!;
  return {
    version: 1,
    service: pb.service,
    stage: first.name,
    weight: first.weight,
    targetVersion: "v2",
    status: "rolling-out",
    digest: playbookDigest(pb),
    startedAt: "2026-01-05T10:00:00.000Z",
    updatedAt: "2026-01-05T10:00:00.000Z",
    verdicts: {},
    ...overrides,
  };
}
