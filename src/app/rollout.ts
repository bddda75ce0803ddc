/**
 * A whole playbook in one run (the top-level action, and the CLI's `run`): for each stage in
 * order, move, then gate; on a verdict listed in `rollback.on`, roll back at once and fail
 * with the incident report; after the playbook's last stage, promote. The same operations
 * as the separate actions, in a loop: there is no second copy of the flow.
 */
import type { GitHubPort } from "../github/types.js";
import type { GateResult } from "../judge/types.js";
import type { ClientSettings } from "../metrics/prometheus-options.js";
import { playbookDigest } from "../playbook/digest.js";
import { planStage } from "../playbook/plan.js";
import type { Playbook, Stage } from "../playbook/types.js";
import type { EvidenceMeta } from "../report/evidence.js";
import { type DeployState, serializeState } from "../state.js";
import { type Target, TargetError } from "../targets/types.js";
import { escapeMarkdown } from "../report/markdown.js";
import type { AppDeps } from "./deps.js";
import type { DeploymentTarget } from "./deployments.js";
import { dryRunReport, stagesDryRun } from "./dry-run.js";
import { gate } from "./gate.js";
import { recordVerdict } from "./gate-report.js";
import { MoveFailed, moveStage, newState, promoteRollout } from "./move.js";
import type { Report, ReportFile } from "./report.js";
import { restore } from "./restore.js";
import { checkMoveOrder, checkState } from "./rollout-state.js";
import { requireTarget } from "./target.js";
import { enforceWindow } from "./window.js";

export interface RolloutRequest {
  readonly playbook: Playbook;
  /** The playbook file, as problems name it. */
  readonly file: string;
  /** The stages to run, in playbook order. */
  readonly stages: readonly Stage[];
  readonly version: string;
  /** The state of a rollout to go on with; absent to start one. */
  readonly state?: DeployState;
  readonly force: boolean;
  readonly dryRun: boolean;
  readonly acceptConditional: boolean;
  readonly deployment?: DeploymentTarget;
  readonly run?: DeployState["run"];
  /** Prometheus, for the gates and the rollback's verify checks; absent when no check reads it. */
  readonly connection?: ClientSettings;
  readonly secrets: readonly string[];
  /** Where each stage's evidence goes: `<dir>/deploy-playbook-evidence-<stage>.json`. */
  readonly evidence: { readonly dir: string; readonly upload: boolean };
  readonly meta: Omit<EvidenceMeta, "generatedAt">;
  readonly openIssue: boolean;
}

export interface RolloutDeps extends Pick<AppDeps, "clock" | "log" | "connect" | "prober"> {
  readonly target: Target;
  readonly github?: GitHubPort;
}

/** Runs the stages, rolling back on a failed gate, or shows their plans in a dry run. */
export async function rollout(request: RolloutRequest, deps: RolloutDeps, signal?: AbortSignal): Promise<Report> {
  const { playbook } = request;
  requireTarget(playbook, request.file, "deploy-playbook");
  const first = request.stages[0];
  if (request.state) checkState(request.state, playbook, playbookDigest(playbook), "input 'state'");
  if (first) checkMoveOrder(request.state, playbook, first, "input 'state'");
  const plans = request.stages.map((s) => planStage(playbook, s));
  enforceWindow(playbook, request.force, deps);
  const what = `roll ${playbook.service} out to version ${request.version} through ${plans.map((p) => `${p.stage} (${p.weight}%)`).join(", ")}`;
  if (request.dryRun || !first) return dryRunReport(stagesDryRun(`deploy-playbook would ${what}`, plans, plans), deps.log);

  let state = request.state ?? newState({ ...request, stage: first }, deps.clock.now());
  const summaries: string[] = [];
  const files: ReportFile[] = [];
  const end = (accepted: boolean, message: string, extra: { verdict?: string; report?: string } = {}): Report => ({
    outputs: { ...(extra.verdict && { verdict: extra.verdict }), state: serializeState(state), plan: JSON.stringify(plans), ...(extra.report !== undefined && { report: extra.report }) },
    summary: summaries.join("\n"),
    annotations: [],
    files,
    accepted,
    message,
  });
  const undo = async (reason: string, trigger: { stage: string; verdict: GateResult["verdict"] }, gateResult?: GateResult): Promise<{ done: boolean; message: string; report?: string }> => {
    try {
      return { done: true, ...(await restoreNow(reason, trigger, gateResult)) };
    } catch (error) {
      // The run still says what failed first, and hands out the state to roll back by hand.
      if (!(error instanceof TargetError)) throw error;
      const first = error.message.split("\n")[0]!;
      summaries.push(`## Automatic rollback of ${escapeMarkdown(playbook.service)} failed\n\n${escapeMarkdown(error.message)}\n`);
      return { done: false, message: `The automatic rollback failed: ${first.replace(/\.$/, "")}. Traffic may still be on ${state.targetVersion}: roll back by hand with this step's state output.`, report: "" };
    }
  };
  const restoreNow = async (reason: string, trigger: { stage: string; verdict: GateResult["verdict"] }, gateResult?: GateResult) => {
    const rolledBack = await restore(
      {
        playbook,
        file: request.file,
        reason,
        state,
        dryRun: false,
        trigger: { kind: "automatic", ...trigger },
        ...(request.deployment && { deployment: request.deployment }),
        openIssue: request.openIssue,
        ...(gateResult && { gate: gateResult }),
        ...(request.connection && { connection: request.connection }),
        secrets: request.secrets,
        ...(request.run && { run: request.run }),
      },
      deps,
      signal,
    );
    summaries.push(rolledBack.summary);
    if (rolledBack.state) state = rolledBack.state;
    return rolledBack;
  };

  let verdict: GateResult["verdict"] | undefined;
  for (const stage of request.stages) {
    try {
      state = await moveStage(state, { ...request, stage, promote: false }, deps);
    } catch (error) {
      if (!(error instanceof MoveFailed)) throw error;
      state = error.state;
      const undone = await undo(`stage ${stage.name}: the move failed: ${error.message.split("\n")[0]}`, { stage: stage.name, verdict: "no-go" });
      return end(false, `The move to stage ${stage.name} failed${undone.done ? " and was rolled back" : ""}: ${error.message.split("\n")[0]} ${undone.message}`, { report: undone.report ?? "" });
    }
    const judged = await gate(
      {
        playbook,
        stage,
        ...(request.connection && { connection: request.connection }),
        secrets: request.secrets,
        acceptConditional: request.acceptConditional,
        state,
        evidence: { path: `${request.evidence.dir}/deploy-playbook-evidence-${stage.name}.json`, upload: request.evidence.upload },
        meta: { ...request.meta, version: state.targetVersion },
      },
      deps,
      signal,
    );
    verdict = judged.result.verdict;
    state = { ...recordVerdict(state, stage.name, verdict), updatedAt: deps.clock.now().toISOString() };
    summaries.push(judged.summary);
    files.push(...judged.files);
    if (judged.result.cancelled) return end(false, judged.message, { verdict });
    const rollBackOn: readonly string[] = playbook.rollback.on;
    if (rollBackOn.includes(verdict)) {
      const undone = await undo(`stage ${stage.name} judged ${verdict}: ${judged.result.reason}`, { stage: stage.name, verdict }, judged.result);
      const how = undone.done ? "Rolled back automatically" : "Rolling back automatically";
      return end(false, `${judged.message} ${how} (rollback.on: ${rollBackOn.join(", ")}). ${undone.message}`, { verdict, report: undone.report ?? "" });
    }
    if (!judged.accepted) {
      return end(false, `${judged.message} Traffic stays at ${stage.weight}% on ${state.targetVersion} (${verdict} is not in rollback.on): roll back or go on by hand.`, { verdict });
    }
  }
  const last = playbook.stages.at(-1);
  if (last && request.stages.at(-1) === last) {
    try {
      state = await promoteRollout(state, request, deps);
    } catch (error) {
      if (!(error instanceof MoveFailed)) throw error;
      if (!error.undo) {
        state = error.state;
        return end(false, `${playbook.service} ${state.targetVersion} was promoted, but GitHub could not record it: ${error.message}`, { ...(verdict && { verdict }) });
      }
      const undone = await undo(`the promotion failed: ${error.message.split("\n")[0]}`, { stage: last.name, verdict: "no-go" });
      return end(false, `Promoting ${state.targetVersion} failed${undone.done ? " and the rollout was rolled back" : ""}. ${undone.message}`, { ...(verdict && { verdict }), report: undone.report ?? "" });
    }
    summaries.push(`## Promoted: ${playbook.service} ${state.targetVersion} is the stable version\n`);
    return end(true, `${playbook.service} ${state.targetVersion} went through ${request.stages.map((s) => s.name).join(", ")} and was promoted.`, { ...(verdict && { verdict }) });
  }
  return end(true, `${playbook.service} ${state.targetVersion} went through ${request.stages.map((s) => s.name).join(", ")}; the playbook's last stage was not run, so it is not promoted.`, {
    ...(verdict && { verdict }),
  });
}
