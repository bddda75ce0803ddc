/**
 * The job summary a reviewer reads in ten seconds: the verdict and why on top, then the
 * reference documents' Canary | Baseline | Delta | Limit | Result table, then a chart of
 * each metric check over the soak.
 */
import { describeLimits, showMeasured } from "../judge/describe.js";
import { metricDimension } from "../judge/metric.js";
import { outcomeRank } from "../judge/outcome.js";
import type { GateResult, Measurement, Outcome, Verdict } from "../judge/types.js";
import { formatSeconds } from "../playbook/quantity.js";
import type { Check, Playbook, Stage } from "../playbook/types.js";
import { metricChart, sequentialChart } from "./chart.js";
import { escapeMarkdown, row } from "./markdown.js";

const WORD: Readonly<Record<Verdict, string>> = {
  go: "GO",
  conditional: "CONDITIONAL",
  "no-go": "NO-GO",
  inconclusive: "INCONCLUSIVE",
};

/** What the verdict means for the rollout, in the runbooks' words. */
const MEANING: Readonly<Record<Verdict, string>> = {
  go: "every check passed; the rollout may proceed",
  conditional: "some checks warned or could not decide; consider rollback before proceeding",
  "no-go": "a check failed; roll back",
  inconclusive: "not enough data to decide; this is not a go",
};

/** One check's story over the soak. */
interface CheckStory {
  readonly name: string;
  readonly check: Check | undefined;
  /** The latest round that counted for it (not an error), else the latest at all. */
  readonly latest?: Measurement;
  readonly latestRound?: number;
  readonly worst?: { readonly m: Measurement; readonly round: number; readonly elapsed: number; readonly count: number };
  /** A sequential check's latest decision, and the round it was first reached in. */
  readonly decided?: { readonly outcome: Outcome; readonly m: Measurement; readonly round: number; readonly elapsed: number };
}

function story(name: string, result: GateResult, playbook: Playbook): CheckStory {
  let latest: Measurement | undefined;
  let latestRound: number | undefined;
  let worst: { m: Measurement; round: number; elapsed: number; count: number } | undefined;
  let decided: CheckStory["decided"];
  for (const round of result.rounds) {
    const m = round.measurements.find((x) => x.check === name);
    if (!m) continue;
    if (m.outcome !== "error" || !latest || latest.outcome === "error") {
      latest = m;
      latestRound = round.index;
    }
    if (!worst || outcomeRank(m.outcome) > outcomeRank(worst.m.outcome)) worst = { m, round: round.index, elapsed: round.elapsed, count: 1 };
    else if (m.outcome === worst.m.outcome) worst.count++;
    const decision = m.sequential?.decision;
    const outcome: Outcome | undefined = decision === "undecided" ? "undecided" : decision;
    // The round a pass or fail was reached; for undecided, the latest round (its interval is the news).
    if (outcome && (outcome !== decided?.outcome || outcome === "undecided")) decided = { outcome, m, round: round.index, elapsed: round.elapsed };
  }
  return {
    name,
    check: playbook.checks[name],
    ...(latest && { latest }),
    ...(latestRound !== undefined && { latestRound }),
    ...(worst && { worst }),
    ...(decided && { decided }),
  };
}

function resultCell(s: CheckStory, rounds: number): string {
  if (!s.latest || !s.worst) return "not measured";
  // A sequential check judges the soak as a whole: its latest decision is its result.
  if (s.check?.kind === "sequential" && s.decided) {
    const d = s.decided;
    return d.outcome === "undecided" ? `${emphasise(d.outcome)} after ${rounds} rounds` : `${emphasise(d.outcome)} (decided in round ${d.round}, ${formatSeconds(d.elapsed)})`;
  }
  const latest = emphasise(s.latest.outcome);
  if (s.worst.m.outcome === s.latest.outcome) {
    return s.worst.count === rounds ? `${latest} (all ${rounds} rounds)` : `${latest} (${s.worst.count} of ${rounds} rounds)`;
  }
  return `${latest}; worst ${emphasise(s.worst.m.outcome)} in ${s.worst.count} of ${rounds} rounds`;
}

const emphasise = (o: Outcome) => (o === "pass" ? o : `**${o}**`);

/** Renders the gate's result as GitHub-flavoured Markdown. */
export function renderSummary(result: GateResult, playbook: Playbook, stage: Stage): string {
  const names = result.rounds[0]?.measurements.map((m) => m.check) ?? stage.checks;
  const stories = names.map((n) => story(n, result, playbook));
  const rounds = result.rounds.length;
  const ran = result.cancelled
    ? `cancelled after ${formatSeconds(result.elapsed)} of ${formatSeconds(result.soak)}`
    : rounds === 0
      ? `ended before the first round (soak ${formatSeconds(result.soak)} not started)`
      : result.endedEarly
        ? `ended after ${formatSeconds(result.elapsed)} of ${formatSeconds(result.soak)}`
        : `soaked ${formatSeconds(result.soak)}`;

  const out: string[] = [
    `## Gate ${WORD[result.verdict]}: ${escapeMarkdown(result.service)}, stage ${escapeMarkdown(result.stage)} (${result.weight}%)`,
    "",
    `**${WORD[result.verdict]}**: ${MEANING[result.verdict]}. ${escapeMarkdown(result.reason)}`,
    "",
    `${ran} · ${rounds} round${rounds === 1 ? "" : "s"} · ${isoSeconds(result.startedAt)} to ${isoSeconds(result.endedAt)}`,
  ];
  if (result.failedChecks.length) out.push("", `Failed: ${result.failedChecks.map(escapeMarkdown).join(", ")}`);
  if (result.conditionalChecks.length) out.push("", `Warned: ${result.conditionalChecks.map(escapeMarkdown).join(", ")}`);

  if (result.preconditions?.length) {
    out.push("", "### Before the soak", "");
    for (const m of result.preconditions) out.push(`- ${escapeMarkdown(m.check)}: ${emphasise(m.outcome)}, ${escapeMarkdown(m.detail)}`);
  }

  if (stories.length > 0 && rounds > 0) {
    out.push("", "### Checks", "", row(["Check", "Canary", "Baseline", "Delta", "Limit", "Result"]), row(["---", "---", "---", "---", "---", "---"]));
    for (const s of stories) {
      const v = s.latest ? showMeasured(s.latest, s.check) : {};
      out.push(
        row([
          escapeMarkdown(s.name),
          escapeMarkdown(v.canary ?? "n/a"),
          escapeMarkdown(v.baseline ?? ""),
          escapeMarkdown(v.delta ?? ""),
          escapeMarkdown(s.check ? describeLimits(s.check) : ""),
          resultCell(s, rounds),
        ]),
      );
    }
    out.push("", `Values from the latest counted round of each check.`);
    // A sequential check that passed in the end is not notable for its undecided rounds.
    const why = (s: CheckStory) => (s.decided && s.worst?.m.outcome === "undecided" ? s.decided : s.worst);
    const notable = stories.filter((s) => why(s) && why(s)!.m.outcome !== "pass");
    if (notable.length) {
      out.push("", "### Why", "");
      for (const s of notable) {
        const w = why(s)!;
        out.push(`- ${escapeMarkdown(s.name)}, round ${w.round} (${formatSeconds(w.elapsed)}): ${emphasise(w.m.outcome)}, ${escapeMarkdown(w.m.detail)}`);
      }
    }
  }

  const charts = stories
    .map((s) => [
      s.name,
      s.check?.kind === "metric"
        ? metricChart(s.check, result.rounds, metricDimension(s.check))
        : s.check?.kind === "sequential"
          ? sequentialChart(s.check, result.rounds)
          : undefined,
    ] as const)
    .filter((c): c is readonly [string, string] => c[1] !== undefined);
  if (charts.length) {
    out.push("", "### Over the soak");
    for (const [name, chart] of charts) out.push("", `#### ${escapeMarkdown(name)}`, "", chart);
  }
  return out.join("\n") + "\n";
}

/** `2026-01-05T10:00:00Z`: ISO time without milliseconds nobody reads. */
function isoSeconds(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, "Z");
}
