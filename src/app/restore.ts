/**
 * Putting the target back as it was recorded (the rollback action). Deployment windows
 * never apply: an undo must always be possible. Until the restore itself is built, only
 * the dry run changes nothing and succeeds.
 */
import type { Playbook } from "../playbook/types.js";
import type { AppDeps } from "./deps.js";
import { dryRunReport } from "./dry-run.js";
import { notBuiltYet } from "./not-built.js";
import type { Report } from "./report.js";
import { describeRollback, planRollback, type RollbackRequest, rollbackDryRun } from "./rollback-plan.js";

export interface RestoreRequest extends RollbackRequest {
  readonly playbook: Playbook;
  readonly dryRun: boolean;
}

/** Restores the recorded state, or shows the plan in a dry run. */
export async function restore(request: RestoreRequest, deps: Pick<AppDeps, "log">): Promise<Report> {
  const plan = planRollback(request.playbook, request);
  if (!request.dryRun) throw notBuiltYet("rollback", describeRollback(plan));
  return dryRunReport(rollbackDryRun(plan), deps.log);
}
