/**
 * The dry run every operation offers: resolve the plan, show it in the log, the job
 * summary and the `plan` output, and change nothing.
 */
import type { Logger } from "../log.js";
import type { StagePlan } from "../playbook/plan.js";
import { formatPlanMarkdown, formatPlanText } from "../report/plan-format.js";
import type { Report } from "./report.js";

/** What a dry run shows: a title, the plan for people (text and Markdown) and for programs. */
export interface DryRun {
  /** One line: what the operation would do. */
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

/** Logs the plan and returns the report that puts it in the job summary and the `plan` output. */
export function dryRunReport(dryRun: DryRun, log: Logger): Report {
  log.info(`Dry run: ${dryRun.title}. Nothing will be changed.`);
  log.info(dryRun.text);
  return {
    outputs: { plan: JSON.stringify(dryRun.plan) },
    summary: `## Dry run: ${dryRun.title}\n\nNothing was changed.\n\n${dryRun.markdown}\n`,
    annotations: [],
    files: [],
    accepted: true,
    message: `Dry run: ${dryRun.title}. Nothing was changed.`,
  };
}
