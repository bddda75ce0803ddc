/** What a rollback would do, resolved from the playbook and the state, for the dry run. */
import { formatSeconds } from "../playbook/quantity.js";
import type { Playbook, Target } from "../playbook/types.js";
import { escapeMarkdown } from "../report/markdown.js";
import type { DeployState } from "../state.js";
import type { DryRun } from "./dry-run.js";
import { requireTarget } from "./target.js";

export interface RollbackPlan {
  readonly service: string;
  readonly reason: string;
  /** Where the record of what to restore comes from. */
  readonly source: "state" | "latest-deployment";
  /** The rollout being undone, when the state names it. */
  readonly rollout?: { readonly stage: string; readonly weight: number; readonly version: string; readonly startedAt: string };
  /** Whether the state carries the target's previous settings. */
  readonly recorded: boolean;
  readonly target: string;
  readonly verify: readonly string[];
  readonly timeout: string;
}

/** What a rollback is asked to undo. */
export interface RollbackRequest {
  /** The playbook file, as problems name it. */
  readonly file: string;
  readonly reason: string;
  readonly state?: DeployState;
}

/** The rollback plan; a playbook without a target cannot be rolled back. */
export function planRollback(playbook: Playbook, request: RollbackRequest): RollbackPlan {
  const target = requireTarget(playbook, request.file, "rollback");
  const state = request.state;
  return {
    service: playbook.service,
    reason: request.reason,
    source: state ? "state" : "latest-deployment",
    ...(state && { rollout: { stage: state.stage, weight: state.weight, version: state.targetVersion, startedAt: state.startedAt } }),
    recorded: state?.previous !== undefined,
    target: describeTarget(target),
    verify: playbook.rollback.verify,
    timeout: formatSeconds(playbook.rollback.timeout),
  };
}

/** The target in a few words, for plans and logs. */
export function describeTarget(target: Target): string {
  return target.kind === "kubernetes"
    ? `Kubernetes Deployment ${target.namespace}/${target.deployment} (traffic by ${target.traffic})`
    : `command ${target.rollback}`;
}

/** What the rollback would do, in one phrase: "undo stage canary at 10% of version v2, …". */
export function describeRollback(plan: RollbackPlan): string {
  return `undo ${undone(plan)} on ${plan.target}`;
}

function undone(plan: RollbackPlan): string {
  return plan.rollout
    ? `stage ${plan.rollout.stage} at ${plan.rollout.weight}% of version ${plan.rollout.version}, started ${plan.rollout.startedAt}`
    : `the latest deployment of ${plan.service} recorded in GitHub`;
}

/** The dry run of a rollback plan. */
export function rollbackDryRun(plan: RollbackPlan): DryRun {
  const from = undone(plan);
  const restore = plan.recorded ? "the settings the state recorded" : "the settings recorded with the deployment";
  const verify = plan.verify.length > 0 ? plan.verify.join(", ") : "none";
  const title = `rollback would ${describeRollback(plan)}`;
  const text = [
    `${plan.service}: rollback (${plan.reason})`,
    `  undo:    ${from}`,
    `  target:  ${plan.target}, restored to ${restore}`,
    `  verify:  ${verify} (within ${plan.timeout})`,
  ].join("\n");
  const markdown = [
    `### Rollback of ${escapeMarkdown(plan.service)}`,
    "",
    "| Reason | Undo | Target | Restore | Verify after | Timeout |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${escapeMarkdown(plan.reason)} | ${escapeMarkdown(from)} | ${escapeMarkdown(plan.target)} | ${restore} | ${escapeMarkdown(verify)} | ${plan.timeout} |`,
    "",
  ].join("\n");
  return { title, text: `${text}\n`, markdown, plan };
}
