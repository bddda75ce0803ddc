/**
 * A stage plan as people read it: plain text for terminals and logs, Markdown for job
 * summaries. Queries are shown exactly as they would be sent.
 */
import type { CheckPlan, StagePlan } from "../playbook/plan.js";
import { code, escapeMarkdown, longestRun } from "./markdown.js";

/** The plan as indented plain text. */
export function formatPlanText(plan: StagePlan): string {
  const out = [
    `${plan.service}: stage ${plan.stage} (${plan.index + 1} of ${plan.of})`,
    `  weight ${plan.weight}%, soak ${plan.soak}, a round every ${plan.interval}, go allowed after ${plan.minSoak}`,
    `  stops after ${rounds(plan.failureLimit)} failing in a row for one check, or ${rounds(plan.errorLimit)} with errors; no data counts as ${plan.noData}`,
  ];
  if (plan.waitFor.length > 0) {
    out.push(`  before the soak, wait up to ${plan.waitTimeout} for:`);
    for (const c of plan.waitFor) out.push(...checkText(c));
  }
  out.push(plan.checks.length > 0 ? "  checks:" : "  checks: none");
  for (const c of plan.checks) out.push(...checkText(c));
  return `${out.join("\n")}\n`;
}

function checkText(c: CheckPlan): string[] {
  const head = `    ${c.name} (${c.kind}): ${limits(c)}`;
  const indent = (label: string, text: string) =>
    text.split("\n").map((line, i) => (i === 0 ? `      ${label.padEnd(9)} ${line}` : `      ${" ".repeat(9)} ${line}`));
  switch (c.kind) {
    case "metric":
      return [head, ...indent("canary:", c.canaryQuery), ...(c.baselineQuery ? indent("baseline:", c.baselineQuery) : [])];
    case "http":
      return [head, ...indent("request:", `${c.method} ${c.url} (timeout ${c.timeout}, ${c.retries} retries)`)];
    case "alerts":
      return [head, ...indent("query:", c.query)];
    case "sequential":
      return [head, ...sequentialQueries(c).map(([label, q]) => indent(label, q)).flat()];
  }
}

/** What a check holds the stage to, in one line. */
export function limits(c: CheckPlan): string {
  switch (c.kind) {
    case "metric": {
      const parts: string[] = [];
      if (c.fail) parts.push(`fail ${c.fail}`);
      if (c.warn) parts.push(`warn ${c.warn}`);
      if (c.per) parts.push(`per ${c.per}`);
      if (c.baseline) parts.push(`baseline (${c.baselineSeverity}): ${c.baseline.join(", ")}`);
      if (c.spread) {
        const s = [c.spread.fail && `fail ${c.spread.fail}`, c.spread.warn && `warn ${c.spread.warn}`].filter(Boolean).join(", ");
        parts.push(`spread by ${c.spread.by.join(", ")}: ${s}`);
      }
      return parts.join("; ");
    }
    case "http": {
      const json = Object.entries(c.json).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
      return [`status ${c.status.join(" or ")}`, ...json].join(", ");
    }
    case "alerts":
      return `no matching alert firing (${c.severity}${c.preflight ? ", also before traffic moves" : ""})`;
    case "sequential":
      return `canary ${c.counts === "good" ? "events (total - good)" : "events"} per request at most ×${c.maxRatio} the baseline's, decided at ${c.confidence} confidence as soon as the counts allow`;
  }
}

/** Each counter of a sequential check on each side, labelled, as sent. */
function sequentialQueries(c: Extract<CheckPlan, { kind: "sequential" }>): [string, string][] {
  const name = c.counts === "good" ? "good" : "events";
  return [
    [`canary ${name}:`, c.canaryQueries.events],
    ["canary total:", c.canaryQueries.total],
    [`baseline ${name}:`, c.baselineQueries.events],
    ["baseline total:", c.baselineQueries.total],
  ];
}

/** The plan as Markdown, for a job summary. */
export function formatPlanMarkdown(plan: StagePlan): string {
  const out = [
    `### Stage ${code(plan.stage)} of ${escapeMarkdown(plan.service)} (${plan.index + 1} of ${plan.of})`,
    "",
    "| Weight | Soak | Interval | Go allowed after | Failure limit | Error limit | No data |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    `| ${plan.weight}% | ${plan.soak} | ${plan.interval} | ${plan.minSoak} | ${plan.failureLimit} | ${plan.errorLimit} | ${plan.noData} |`,
    "",
  ];
  const table = (title: string, checks: readonly CheckPlan[]) => {
    if (checks.length === 0) return;
    out.push(`**${title}**`, "", "| Check | Kind | Limits |", "| --- | --- | --- |");
    for (const c of checks) out.push(`| ${code(c.name)} | ${c.kind} | ${escapeMarkdown(limits(c))} |`);
    out.push("");
  };
  table(`Wait for (up to ${plan.waitTimeout})`, plan.waitFor);
  table("Checks", plan.checks);
  const queried = [...plan.waitFor, ...plan.checks].filter((c) => c.kind !== "http");
  if (queried.length > 0) {
    out.push("<details><summary>Queries</summary>", "");
    for (const c of queried) {
      const body =
        c.kind === "metric"
          ? ["# canary", c.canaryQuery, ...(c.baselineQuery ? ["# baseline", c.baselineQuery] : [])]
          : c.kind === "sequential"
            ? sequentialQueries(c).flatMap(([label, q]) => [`# ${label.slice(0, -1)}`, q])
            : [c.query];
      // PromQL may hold backtick strings: the fence must be longer than any run inside.
      const fence = "`".repeat(Math.max(3, ...body.map((b) => longestRun(b, "`") + 1)));
      out.push(`**${escapeMarkdown(c.name)}**`, "", `${fence}promql`, ...body, fence, "");
    }
    out.push("</details>", "");
  }
  return out.join("\n");
}

function rounds(n: number): string {
  return n === 1 ? "1 round" : `${n} rounds`;
}
