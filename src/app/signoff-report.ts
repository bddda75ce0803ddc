/**
 * What a sign-off leaves behind, computed from its decision without touching the world:
 * the outputs, the record in the job summary (with where the verdicts came from, links to
 * each stage's evidence, and what was done in GitHub), and the step's message.
 */
import type { Playbook } from "../playbook/types.js";
import { code, escapeMarkdown as esc } from "../report/markdown.js";
import { blankStrings, secretBlanker } from "../secrets.js";
import { renderSignoffRecord } from "../signoff/record.js";
import type { SignoffDecision } from "../signoff/types.js";
import { artifactName } from "./gate-report.js";
import type { Report } from "./report.js";
import type { SignedRollout } from "./signoff-rollout.js";

/** What was done, or tried, in GitHub after the decision. */
export interface SignoffActions {
  /** Lines for the record, already Markdown. */
  readonly done: readonly string[];
  /** Why a step after an accepted decision failed; the step then fails. */
  readonly failure?: string;
}

export interface SignoffReportOptions {
  readonly playbook: Playbook;
  readonly rollout: SignedRollout;
  readonly accepted: boolean;
  /** The run the reviews were read from. */
  readonly run: { readonly id: number; readonly url: string };
  /** The run whose artifacts hold the gates' evidence. */
  readonly evidenceRun: { readonly id: string; readonly url: string };
  /** True when GitHub listed no review of the run at all. */
  readonly noReviews: boolean;
  readonly actions: SignoffActions;
  readonly secrets: readonly string[];
}

/** The report of a decided sign-off. */
export function signoffReport(decision: SignoffDecision, options: SignoffReportOptions): Report {
  const { playbook, rollout } = options;
  const blank = secretBlanker(options.secrets);
  // Approval comments are free text; blanked before rendering, so the mask is escaped like any other text.
  const d = blankStrings(decision, blank);
  const approvers = d.roles.flatMap((r) => r.approvers.map((a) => ({ role: r.role, user: a.user, environment: a.environment, comment: a.comment, observedAt: a.observedAt })));
  const missing = d.roles.filter((r) => r.missing > 0).map((r) => r.role);
  const title = `${playbook.service} ${rollout.state.targetVersion}`;
  const hint = options.noReviews
    ? `GitHub lists no review of run ${options.run.id} at all: the job running the sign-off, or each role's approval job, must name an \`environment:\` with required reviewers, or nothing holds it for approval.`
    : undefined;

  const link = safeUrl(options.evidenceRun.url);
  const evidence = (stage: string) =>
    `artifact ${code(artifactName(playbook.service, stage, undefined))} of ${link ? `[run ${esc(options.evidenceRun.id)}](${link})` : `run ${esc(options.evidenceRun.id)}`}`;
  const source = rollout.source === "state"
    ? "Stage verdicts: from the state handed to this step."
    : `Stage verdicts: from the payload of GitHub deployment ${rollout.deployment!.id}, written when the rollout started, so a gate that ran after that is missing from it; pass the last gate's state output as \`state\` to sign off on every verdict.`;
  const summary = [
    `## ${renderSignoffRecord(d, title, { evidence }).replace(/^### /, "")}`,
    source,
    "",
    "GitHub gives no time for a review: *Seen at* is when this sign-off read it.",
    "",
    ...(hint ? [esc(hint), ""] : []),
    ...(options.actions.done.length > 0 ? [...options.actions.done.map((l) => `- ${l}`), ""] : []),
    ...(options.actions.failure ? [`**Not completed:** ${esc(options.actions.failure)}`, ""] : []),
  ].join("\n");

  const who = approvers.map((a) => `@${a.user} (${a.role})`).join(", ");
  const accepted = options.accepted && options.actions.failure === undefined;
  const message = options.actions.failure
    ? `Sign-off of ${title} ${d.decision}, but ${options.actions.failure}`
    : options.accepted
      ? `Sign-off of ${title}: ${d.decision}${who ? `, by ${who}` : ""}.${d.decision === "conditional" ? ` Accepted with conditions: ${d.reasons.join("; ")}.` : ""}`
      : `Sign-off of ${title}: ${d.decision}: ${d.reasons.join("; ")}.${hint ? ` ${hint}` : ""}`;
  return {
    outputs: { decision: d.decision, approvers: JSON.stringify(approvers), "missing-roles": missing.join(",") },
    summary: blank(summary),
    annotations: [],
    files: [],
    accepted,
    message: blank(message),
    ...(!options.accepted && d.decision === "conditional" && { conditional: true }),
  };
}

/** A URL safe to put in a Markdown link: http(s), nothing that could close the link. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s()<>[\]]+$/.test(url) ? url : undefined;
}
