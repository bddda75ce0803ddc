/**
 * The sign-off record in Markdown, for the job summary and the deployment's description:
 * the decision and why, who approved for each role with their comment and environment,
 * and each stage's verdict. Everything GitHub or the playbook supplied goes through the
 * one escaper, since approval comments are free text.
 */
import { escapeMarkdown as esc, row } from "../report/markdown.js";
import type { SignoffDecision } from "./types.js";

const HEADLINE = { approved: "APPROVED", conditional: "CONDITIONAL", rejected: "REJECTED" } as const;

/** What the record may add to the decision: a link to each stage's evidence. */
export interface RecordExtras {
  /** Markdown (already escaped) pointing at a stage's evidence; a column is added when given. */
  readonly evidence?: (stage: string) => string | undefined;
}

/** The record of a decision; `title` names what was signed off (service and version). */
export function renderSignoffRecord(d: SignoffDecision, title?: string, extras: RecordExtras = {}): string {
  const lines = [`### Sign-off${title ? ` of ${esc(title)}` : ""}: ${HEADLINE[d.decision]}`, ""];
  if (d.changeType) lines.push(`Change type: ${esc(d.changeType)}.`, "");
  if (d.reasons.length > 0) lines.push(...d.reasons.map((r) => `- ${esc(r)}`), "");
  lines.push(row(["Role", "Required", "Approver", "Comment", "Environment", "Seen at"]), row(["---", "---", "---", "---", "---", "---"]));
  for (const r of d.roles) {
    const required = r.required ? (r.count > 1 ? `yes (${r.count})` : "yes") : "no";
    const env = r.environment !== undefined ? `\`${esc(r.environment)}\`` : "none";
    for (const a of r.approvers) lines.push(row([esc(r.role), required, `@${esc(a.user)}`, esc(a.comment), `\`${esc(a.environment)}\``, esc(a.observedAt)]));
    if (r.missing > 0) lines.push(row([esc(r.role), required, `**missing ${r.missing}**`, "", env, ""]));
    if (r.approvers.length === 0 && r.missing === 0) lines.push(row([esc(r.role), required, "", "", env, ""]));
  }
  lines.push("");
  if (d.conditions.length > 0) {
    lines.push("Conditions:", "", ...d.conditions.map((c) => `- ${c.by !== undefined ? `@${esc(c.by)}: ` : ""}${esc(c.text)}`), "");
  }
  if (d.acknowledged.length > 0) lines.push(`Conditional stages acknowledged: ${d.acknowledged.map(esc).join(", ")}.`, "");
  if (d.notCounted.length > 0) lines.push("Not counted:", "", ...d.notCounted.map((n) => `- @${esc(n.user)} ${esc(n.why)}`), "");
  const { evidence } = extras;
  if (evidence) {
    lines.push(row(["Stage", "Verdict", "Evidence"]), row(["---", "---", "---"]), ...d.stages.map((s) => row([esc(s.name), s.verdict ?? "**not judged**", (s.verdict && evidence(s.name)) ?? ""])), "");
  } else {
    lines.push(row(["Stage", "Verdict"]), row(["---", "---"]), ...d.stages.map((s) => row([esc(s.name), s.verdict ?? "**not judged**"])), "");
  }
  return lines.join("\n");
}
