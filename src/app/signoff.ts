/**
 * Deciding whether the rollout counts as done from who approved it (the signoff action).
 * Until the decision is built, only the dry run changes nothing and succeeds.
 */
import type { Playbook } from "../playbook/types.js";
import type { AppDeps } from "./deps.js";
import { dryRunReport } from "./dry-run.js";
import { notBuiltYet } from "./not-built.js";
import type { Report } from "./report.js";
import { describeSignoff, planSignoff, type SignoffRequest, signoffDryRun } from "./signoff-plan.js";

export interface SignOffRequest extends SignoffRequest {
  readonly playbook: Playbook;
  readonly dryRun: boolean;
}

/** Decides the sign-off, or shows the plan in a dry run. */
export async function signOff(request: SignOffRequest, deps: Pick<AppDeps, "log">): Promise<Report> {
  const plan = planSignoff(request.playbook, request);
  if (!request.dryRun) throw notBuiltYet("signoff", describeSignoff(plan));
  return dryRunReport(signoffDryRun(plan), deps.log);
}
