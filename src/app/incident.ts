/**
 * The incident report a rollback leaves: what triggered it and who, when, the rollout
 * before and the target after, what was restored and what had drifted, whether the
 * service recovered, and the evidence of the gate that failed. Markdown for the job
 * summary, the `report` output and, when asked, an issue.
 */
import type { GateResult, Measurement, Verdict } from "../judge/types.js";
import { formatSeconds } from "../playbook/quantity.js";
import { code, escapeMarkdown, row } from "../report/markdown.js";
import type { DeployState } from "../state.js";
import type { RestoreResult } from "../targets/types.js";

/** What set the rollback off. */
export type Trigger =
  | { readonly kind: "manual" }
  | { readonly kind: "automatic"; readonly stage: string; readonly verdict: Verdict };

export interface Incident {
  readonly service: string;
  readonly reason: string;
  readonly trigger: Trigger;
  /** Who started the rollback, and in which run. */
  readonly by?: DeployState["run"];
  readonly before: DeployState;
  readonly after: DeployState;
  /** Where the record of what to restore came from. */
  readonly source: string;
  readonly startedAt: Date;
  readonly endedAt: Date;
  readonly restore: RestoreResult;
  /** The rollback's verify checks: their last measurements, and the first that did not pass. */
  readonly verify?: { readonly measurements: readonly Measurement[]; readonly failing?: Measurement };
  readonly gate?: GateResult;
  /** What was recorded in GitHub, one line each. */
  readonly github: readonly string[];
}

/** Whether the service came back: no verify checks is "not checked", never "recovered". */
export function recovery(incident: Pick<Incident, "verify">): "recovered" | "not recovered" | "not checked" {
  if (!incident.verify) return "not checked";
  return incident.verify.failing ? "not recovered" : "recovered";
}

/** The report as Markdown. */
export function renderIncident(incident: Incident): string {
  const { before, after } = incident;
  const health = recovery(incident);
  const trigger =
    incident.trigger.kind === "manual"
      ? "manual"
      : `automatic: stage ${escapeMarkdown(incident.trigger.stage)} judged **${incident.trigger.verdict}**`;
  const by = incident.by ? `${incident.by.actor ? `@${escapeMarkdown(incident.by.actor)}, ` : ""}[run ${escapeMarkdown(incident.by.id)}](${incident.by.url})` : "not recorded";
  const seconds = Math.round((incident.endedAt.getTime() - incident.startedAt.getTime()) / 1000);
  const out = [
    `## Rollback of ${escapeMarkdown(incident.service)}: ${escapeMarkdown(incident.reason)}`,
    "",
    `**${health === "recovered" ? "Recovered" : health === "not recovered" ? "NOT RECOVERED" : "Rolled back"}**: ${summaryLine(incident, health)}`,
    "",
    "| | |",
    "| --- | --- |",
    row(["Trigger", trigger]),
    row(["Started by", by]),
    row(["Reason", escapeMarkdown(incident.reason)]),
    row(["Rollout undone", `${code(before.targetVersion)} at ${before.weight}% (stage ${escapeMarkdown(before.stage)}), started ${before.startedAt}`]),
    row(["State from", escapeMarkdown(incident.source)]),
    row(["Rolled back", `${iso(incident.startedAt)} → ${iso(incident.endedAt)} (${formatSeconds(seconds)})`]),
    row(["After", `${after.weight}% on ${code(before.targetVersion)}: the target as recorded before the rollout`]),
    "",
    "### What was restored",
    "",
    ...incident.restore.actions.map((a) => `- ${escapeMarkdown(a)}`),
  ];
  if (incident.restore.drift.length > 0) {
    out.push("", "### Drift since the record was taken", "", ...incident.restore.drift.map((d) => `- ${escapeMarkdown(d)}`));
  }
  if (incident.verify) {
    out.push("", "### Verify after the rollback", "", "| Check | Result | Detail |", "| --- | --- | --- |");
    for (const m of incident.verify.measurements) out.push(row([escapeMarkdown(m.check), m.outcome === "pass" ? "pass" : `**${m.outcome}**`, escapeMarkdown(m.detail)]));
  }
  if (incident.gate) {
    const g = incident.gate;
    out.push("", `### The gate that failed: stage ${escapeMarkdown(g.stage)} (${g.weight}%)`, "", `**${g.verdict}**: ${escapeMarkdown(g.reason)}`, "");
    const last = g.rounds.at(-1);
    if (last) {
      out.push(`Round ${last.index} (${formatSeconds(last.elapsed)}):`, "", "| Check | Result | Canary | Baseline | Detail |", "| --- | --- | --- | --- | --- |");
      for (const m of last.measurements) {
        out.push(row([escapeMarkdown(m.check), m.outcome, value(m.canary), value(m.baseline), escapeMarkdown(m.detail)]));
      }
    }
  }
  if (incident.github.length > 0) out.push("", "### GitHub", "", ...incident.github.map((l) => `- ${escapeMarkdown(l)}`));
  return `${out.join("\n")}\n`;
}

function summaryLine(incident: Incident, health: string): string {
  const verify = incident.verify;
  if (!verify) return "the target is back as recorded; the playbook has no rollback.verify checks, so recovery was not checked.";
  if (verify.failing) return `the target is back as recorded, but ${escapeMarkdown(verify.failing.check)} still does not pass: ${escapeMarkdown(verify.failing.detail)}.`;
  return `the target is back as recorded and ${verify.measurements.map((m) => escapeMarkdown(m.check)).join(", ")} ${verify.measurements.length === 1 ? "passes" : "pass"} (${health}).`;
}

function value(v: number | undefined): string {
  return v === undefined ? "" : String(Number(v.toPrecision(4)));
}

function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
