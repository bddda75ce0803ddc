/**
 * A whole playbook in one run (the top-level action): for each stage in order, move, gate,
 * and roll back on a verdict in `rollback.on`. Until moving is built, only the dry run
 * changes nothing and succeeds.
 */
import { planStage } from "../playbook/plan.js";
import type { Playbook, Stage } from "../playbook/types.js";
import type { AppDeps } from "./deps.js";
import { dryRunReport, stagesDryRun } from "./dry-run.js";
import { notBuiltYet } from "./not-built.js";
import type { Report } from "./report.js";
import { requireTarget } from "./target.js";
import { enforceWindow } from "./window.js";

export interface RolloutRequest {
  readonly playbook: Playbook;
  /** The playbook file, as problems name it. */
  readonly file: string;
  /** The stages to run, in playbook order. */
  readonly stages: readonly Stage[];
  readonly version: string;
  readonly force: boolean;
  readonly dryRun: boolean;
}

/** Runs the stages, or shows their plans in a dry run. */
export async function rollout(request: RolloutRequest, deps: Pick<AppDeps, "clock" | "log">): Promise<Report> {
  const { playbook } = request;
  requireTarget(playbook, request.file, "deploy-playbook");
  const plans = request.stages.map((s) => planStage(playbook, s));
  enforceWindow(playbook, request.force, deps);
  const what = `roll ${playbook.service} out to version ${request.version} through ${plans.map((p) => `${p.stage} (${p.weight}%)`).join(", ")}`;
  if (!request.dryRun) throw notBuiltYet("deploy-playbook", what);
  return dryRunReport(stagesDryRun(`deploy-playbook would ${what}`, plans, plans), deps.log);
}
