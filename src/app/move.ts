/**
 * Moving a stage's share of traffic to the new version (the canary action): the target
 * is required, the deployment window obeyed, then the move. Until the move itself is built,
 * only the dry run changes nothing and succeeds.
 */
import { Refusal } from "../errors.js";
import type { Playbook, Stage } from "../playbook/types.js";
import { planStage } from "../playbook/plan.js";
import type { AppDeps } from "./deps.js";
import { dryRunReport, stagesDryRun } from "./dry-run.js";
import type { Report } from "./report.js";
import { requireTarget } from "./target.js";
import { enforceWindow } from "./window.js";

export interface MoveRequest {
  readonly playbook: Playbook;
  /** The playbook file, as problems name it. */
  readonly file: string;
  readonly stage: Stage;
  readonly version: string;
  /** Go on in a closed deployment window. */
  readonly force: boolean;
  readonly dryRun: boolean;
}

/** Moves the stage's weight of traffic to the version, or shows the plan in a dry run. */
export async function move(request: MoveRequest, deps: Pick<AppDeps, "clock" | "log">): Promise<Report> {
  const { playbook } = request;
  requireTarget(playbook, request.file, "canary");
  const plan = planStage(playbook, request.stage);
  enforceWindow(playbook, request.force, deps);
  const what = `move ${plan.weight}% of ${playbook.service}'s traffic to version ${request.version} (stage ${plan.stage})`;
  if (!request.dryRun) throw notBuiltYet("canary", what);
  return dryRunReport(stagesDryRun(`canary would ${what}`, [plan], plan), deps.log);
}

/**
 * The plain refusal of an operation whose real work is not in this version: it never
 * pretends to succeed.
 */
export function notBuiltYet(action: string, wouldDo: string): Refusal {
  return new Refusal(`The ${action} action is not built yet in this version: it would ${wouldDo}. Run with dry-run: true to see the plan.`);
}
