/**
 * The dry run every action offers: resolve the plan, show it in the log, the job summary
 * and the `plan` output, and change nothing.
 */
import { ConfigurationError } from "../errors.js";
import { planStage, type StagePlan } from "../playbook/plan.js";
import { formatPlanMarkdown, formatPlanText } from "../playbook/plan-format.js";
import type { Playbook } from "../playbook/types.js";
import { setOutput, type ShellDeps, writeSummary } from "./shell.js";

/** The plan of the stage an input names; an unknown stage is that input's problem. */
export function stagePlan(playbook: Playbook, stage: string, input = "stage"): StagePlan {
  try {
    return planStage(playbook, stage);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    throw new ConfigurationError(error.problems.map((p) => ({ ...p, path: `input '${input}'` })));
  }
}

/** What a dry run shows: a title, the plan for people (text and Markdown) and for programs. */
export interface DryRun {
  /** One line: what the action would do. */
  readonly title: string;
  readonly text: string;
  readonly markdown: string;
  /** The `plan` output, serialized as JSON. */
  readonly plan: unknown;
}

/** The dry run of stages; `plan` is the output (one stage's plan, or the list). */
export function stagesDryRun(title: string, plans: readonly StagePlan[], plan: unknown): DryRun {
  return {
    title,
    text: plans.map(formatPlanText).join("\n"),
    markdown: plans.map(formatPlanMarkdown).join("\n"),
    plan,
  };
}

/** Logs the plan, writes it to the job summary and the `plan` output. Changes nothing else. */
export async function publishDryRun(dryRun: DryRun, deps: ShellDeps): Promise<void> {
  deps.log.info(`Dry run: ${dryRun.title}. Nothing will be changed.`);
  deps.log.info(dryRun.text);
  await writeSummary(`## Dry run: ${dryRun.title}\n\nNothing was changed.\n\n${dryRun.markdown}\n`, deps.env);
  setOutput("plan", JSON.stringify(dryRun.plan));
}

/** Text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
