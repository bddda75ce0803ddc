export const id = 954;
export const ids = [954];
export const modules = {

/***/ 8606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  We: () => (/* binding */ gateReport),
  p0: () => (/* binding */ recordVerdict)
});

// UNUSED EXPORTS: artifactName

// EXTERNAL MODULE: ./src/playbook/quantity.ts
var quantity = __webpack_require__(7802);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * The annotations a gate leaves on the run: one error per failing check, one for a verdict
 * that is not a go for want of data, one warning per check that only warned or was left
 * undecided. Pure: the
 * action shell emits them.
 */

/** The first measurement of a check with one of the outcomes, and where it was taken. */
function find(result, check, outcomes, last = false) {
    const hits = [];
    for (const round of result.rounds) {
        const m = round.measurements.find((x) => x.check === check && outcomes.includes(x.outcome));
        if (m)
            hits.push({ m, where: ` in round ${round.index} (${(0,quantity/* formatSeconds */.Xo)(round.elapsed)})` });
    }
    for (const m of result.preconditions ?? []) {
        if (m.check === check && outcomes.includes(m.outcome))
            hits.push({ m, where: " before the soak" });
    }
    return last ? hits.at(-1) : hits[0];
}
/** Annotation texts for a gate result, errors first. */
function gateAnnotations(result) {
    const stage = `stage ${result.stage}`;
    const out = [];
    for (const check of result.failedChecks) {
        const hit = find(result, check, ["fail", "no-data", "error"], true);
        out.push({
            level: "error",
            title: `${check} failed (${stage}: ${result.verdict})`,
            message: hit ? `${check}: ${hit.m.detail}${hit.where}. Limit: ${hit.m.limit ?? "n/a"}.` : result.reason,
        });
    }
    if (result.verdict === "inconclusive" || (result.verdict === "no-go" && result.failedChecks.length === 0)) {
        out.push({ level: "error", title: `Gate ${result.verdict} (${stage})`, message: result.reason });
    }
    for (const check of result.conditionalChecks) {
        // A sequential check still undecided at the end did not warn: its latest interval says why.
        const warned = find(result, check, ["warn", "fail", "no-data"]);
        const hit = warned ?? find(result, check, ["undecided"], true);
        out.push({
            level: "warning",
            title: `${check} ${warned || !hit ? "warned" : "undecided"} (${stage})`,
            message: hit ? `${check}: ${hit.m.detail}${hit.where}.` : result.reason,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/evidence.ts
var report_evidence = __webpack_require__(3877);
// EXTERNAL MODULE: ./src/judge/describe.ts
var describe = __webpack_require__(3366);
// EXTERNAL MODULE: ./src/judge/metric.ts + 1 modules
var metric = __webpack_require__(1568);
// EXTERNAL MODULE: ./src/judge/outcome.ts
var judge_outcome = __webpack_require__(2139);
// EXTERNAL MODULE: ./src/judge/sequential/words.ts
var words = __webpack_require__(3406);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/chart.ts
/**
 * Mermaid `xychart-beta` line charts of a metric check over the soak, scaled to the values
 * measured, with the limits in reach as flat lines and the others named in the caption. Values are shown in display units (percent for ratios, ms or s, MB), and long
 * soaks are cut down to at most {@link MAX_POINTS} points, keeping the worst of each stretch
 * so a spike is never smoothed away.
 */


const MAX_POINTS = 60;
/** The display unit for values of a dimension, chosen from the largest magnitude shown. */
function displayScale(dimension, largest) {
    switch (dimension) {
        case "ratio":
            return { unit: "%", factor: 100 };
        case "duration":
            return largest < 1 ? { unit: "ms", factor: 1000 } : { unit: "s", factor: 1 };
        case "bytes": {
            const [unit, size] = [["GB", 1e9], ["MB", 1e6], ["KB", 1e3]].find(([, s]) => largest >= s) ?? ["B", 1];
            return { unit, factor: 1 / size };
        }
        case "number":
            return { unit: "", factor: 1 };
    }
}
/** Picks at most `max` points: the worst of each equal stretch, in order. */
function downsample(points, max, worse) {
    if (points.length <= max)
        return [...points];
    const out = [];
    for (let i = 0; i < max; i++) {
        const from = Math.floor((i * points.length) / max);
        const to = Math.floor(((i + 1) * points.length) / max);
        let pick = points[from];
        for (let j = from + 1; j < to; j++)
            if (worse(points[j], pick))
                pick = points[j];
        out.push(pick);
    }
    return out;
}
const num = (v) => String(Number(v.toPrecision(4)));
/**
 * Colours of the lines in the order they are drawn, set through Mermaid's theme (xychart
 * draws no legend of its own, so the caption names each line by its colour).
 */
const COLOURS = { canary: ["#1f77b4", "blue"], baseline: ["#7f7f7f", "grey"], fail: ["#d62728", "red"], warn: ["#ff7f0e", "orange"] };
/**
 * A limit is drawn when it lies within this many times the largest value measured; past
 * that it would squash the data into a flat line at the bottom, so it is named instead.
 */
const LIMIT_REACH = 2;
/** The chart of one metric check, or undefined when no round measured a finite value. */
function metricChart(check, rounds, dimension) {
    const all = [];
    for (const round of rounds) {
        const m = round.measurements.find((x) => x.check === check.name);
        // ±Inf and NaN cannot be drawn; the table and evidence still show them.
        if (!m || m.canary === undefined || !Number.isFinite(m.canary))
            continue;
        all.push({ minutes: round.elapsed / 60, canary: m.canary, ...(m.baseline !== undefined && Number.isFinite(m.baseline) && { baseline: m.baseline }) });
    }
    if (all.length === 0)
        return undefined;
    const higherIsWorse = (check.fail ?? check.warn)?.op.startsWith("<") !== true;
    const points = downsample(all, MAX_POINTS, (a, b) => (higherIsWorse ? a.canary > b.canary : a.canary < b.canary));
    const limits = [
        ["fail", check.fail],
        ["warn", check.warn],
    ].filter((l) => l[1] !== undefined && l[1].quantity.dimension === dimension);
    // The data sets the scale; a limit far above it is named in words, not drawn.
    const withBaseline = points.every((p) => p.baseline !== undefined);
    const data = points.flatMap((p) => (withBaseline ? [p.canary, p.baseline] : [p.canary]));
    const peak = Math.max(...data.map(Math.abs));
    const reach = peak > 0 ? peak * LIMIT_REACH : Math.min(...limits.map(([, l]) => Math.abs(l.quantity.value)), 1) * 1.01;
    const drawn = limits.filter(([, l]) => Math.abs(l.quantity.value) <= reach);
    const offScale = limits.filter(([, l]) => Math.abs(l.quantity.value) > reach);
    const largest = Math.max(peak, ...drawn.map(([, l]) => Math.abs(l.quantity.value)));
    const scale = displayScale(dimension, largest);
    const per = check.per === undefined ? "" : `/${perLabel(check.per)}`;
    const unit = scale.unit + per;
    const show = (v) => num(v * scale.factor);
    const series = [["canary", COLOURS.canary, points.map((p) => p.canary)]];
    if (withBaseline)
        series.push(["baseline", COLOURS.baseline, points.map((p) => p.baseline)]);
    for (const [kind, l] of drawn)
        series.push([`${kind} ${l.text}`, COLOURS[kind], points.map(() => l.quantity.value)]);
    const values = series.flatMap(([, , v]) => v.map((x) => x * scale.factor));
    const [low, high] = axisRange(Math.min(...values), Math.max(...values));
    const axis = timeAxis(all[all.length - 1].minutes * 60);
    const title = `${check.name}${unit ? ` (${unit})` : ""}`.replace(/"/g, "'");
    const theme = { themeVariables: { xyChart: { plotColorPalette: series.map(([, [hex]]) => hex).join(", ") } } };
    const legend = series.map(([name, [, colour]]) => `${name} (${colour})`).join(", ");
    const unshown = offScale.length
        ? ` Off the scale, far beyond the values measured (at most ${show(peak)}${unit}), so not drawn: ${(0,markdown/* escapeMarkdown */.FV)(offScale.map(([kind, l]) => `${kind} ${l.text}`).join(", "))}.`
        : "";
    return [
        "```mermaid",
        `%%{init: ${JSON.stringify(theme)}}%%`,
        "xychart-beta",
        `  title "${title}"`,
        `  x-axis "${axis.unit}" [${points.map((p) => num(Math.round((p.minutes * 60) / axis.seconds * 10) / 10)).join(", ")}]`,
        `  y-axis "${unit.replace(/"/g, "'") || "value"}" ${num(low)} --> ${num(high)}`,
        ...series.map(([, , v]) => `  line [${v.map(show).join(", ")}]`),
        "```",
        "",
        `Lines: ${(0,markdown/* escapeMarkdown */.FV)(legend)}${all.length > points.length ? ` (${all.length} rounds shown as ${points.length} points, the worst of each stretch)` : ""}.${unshown}`,
    ].join("\n");
}
/**
 * A sequential check's confidence sequence over the soak: the estimate, the interval's
 * bounds and max-ratio as lines. Bounds beyond {@link RATIO_CAP} × max-ratio (an upper bound
 * is infinite until the canary has seen events) are drawn at the cap, and said so.
 */
function sequentialChart(check, rounds) {
    const all = [];
    for (const round of rounds) {
        const s = round.measurements.find((x) => x.check === check.name)?.sequential;
        if (!s || s.interval.estimate === undefined)
            continue;
        all.push({ minutes: round.elapsed / 60, estimate: s.interval.estimate, lower: s.interval.lower, upper: s.interval.upper });
    }
    if (all.length === 0)
        return undefined;
    // The widest interval of each stretch: the least the data said.
    const points = downsample(all, MAX_POINTS, (a, b) => a.upper - a.lower > b.upper - b.lower);
    const cap = RATIO_CAP * check.maxRatio;
    const capped = points.some((p) => p.upper > cap || p.estimate > cap);
    const draw = (v) => num(Math.min(v, cap));
    const axis = timeAxis(all[all.length - 1].minutes * 60);
    const series = [
        ["upper bound", points.map((p) => p.upper)],
        ["estimate", points.map((p) => p.estimate)],
        ["lower bound", points.map((p) => p.lower)],
        [`max-ratio ×${check.maxRatio}`, points.map(() => check.maxRatio)],
    ];
    return [
        "```mermaid",
        "xychart-beta",
        `  title "${check.name.replace(/"/g, "'")} (canary/baseline event-rate ratio)"`,
        `  x-axis "${axis.unit}" [${points.map((p) => num(Math.round((p.minutes * 60) / axis.seconds * 10) / 10)).join(", ")}]`,
        `  y-axis "ratio"`,
        ...series.map(([, values]) => `  line [${values.map(draw).join(", ")}]`),
        "```",
        "",
        `Lines: ${(0,markdown/* escapeMarkdown */.FV)(series.map(([name]) => name).join(", "))} (${(0,words/* confidenceText */.S$)(check.alpha)} confidence sequence)` +
            `${capped ? `; values above ×${num(cap)} drawn at ×${num(cap)}` : ""}` +
            `${all.length > points.length ? ` (${all.length} rounds shown as ${points.length} points, the widest interval of each stretch)` : ""}.`,
    ].join("\n");
}
/** How far above max-ratio the chart reaches: an infinite upper bound must be drawn somewhere. */
const RATIO_CAP = 4;
/** A y-axis from zero (or below, for negative values) to a round number above the top value. */
function axisRange(min, max) {
    const low = min >= 0 ? 0 : -niceCeil(-min * 1.1);
    const high = max > 0 ? niceCeil(max * 1.1) : 1;
    return [low, high];
}
/** The smallest round step (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8) times a power of ten at or above `v`. */
function niceCeil(v) {
    const power = 10 ** Math.floor(Math.log10(v));
    const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= v * (1 - 1e-9));
    return Number((step * power).toPrecision(6));
}
/** Seconds for short soaks (the demo's 40s would read 0.1, 0.2, 0.3, 0.3 in minutes), hours for long ones. */
function timeAxis(lastSeconds) {
    if (lastSeconds < 600)
        return { unit: "seconds", seconds: 1 };
    if (lastSeconds <= 6 * 3600)
        return { unit: "minutes", seconds: 60 };
    return { unit: "hours", seconds: 3600 };
}
function perLabel(per) {
    const units = [["d", 86400], ["h", 3600], ["m", 60], ["s", 1]];
    const [u, s] = units.find(([, size]) => per % size === 0) ?? ["s", 1];
    return per / s === 1 ? u : `${per / s}${u}`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary a reviewer reads in ten seconds: the verdict and why on top, then the
 * reference documents' Canary | Baseline | Delta | Limit | Result table, then a chart of
 * each metric check over the soak.
 */






const WORD = {
    go: "GO",
    conditional: "CONDITIONAL",
    "no-go": "NO-GO",
    inconclusive: "INCONCLUSIVE",
};
/** What the verdict means for the rollout, in the runbooks' words. */
const MEANING = {
    go: "every check passed; the rollout may proceed",
    conditional: "some checks warned or could not decide; consider rollback before proceeding",
    "no-go": "a check failed; roll back",
    inconclusive: "not enough data to decide; this is not a go",
};
function story(name, result, playbook) {
    let latest;
    let latestRound;
    let worst;
    let decided;
    for (const round of result.rounds) {
        const m = round.measurements.find((x) => x.check === name);
        if (!m)
            continue;
        if (m.outcome !== "error" || !latest || latest.outcome === "error") {
            latest = m;
            latestRound = round.index;
        }
        if (!worst || (0,judge_outcome/* outcomeRank */.HF)(m.outcome) > (0,judge_outcome/* outcomeRank */.HF)(worst.m.outcome))
            worst = { m, round: round.index, elapsed: round.elapsed, count: 1 };
        else if (m.outcome === worst.m.outcome)
            worst.count++;
        const decision = m.sequential?.decision;
        const outcome = decision === "undecided" ? "undecided" : decision;
        // The round a pass or fail was reached; for undecided, the latest round (its interval is the news).
        if (outcome && (outcome !== decided?.outcome || outcome === "undecided"))
            decided = { outcome, m, round: round.index, elapsed: round.elapsed };
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
function resultCell(s, rounds) {
    if (!s.latest || !s.worst)
        return "not measured";
    // A sequential check judges the soak as a whole: its latest decision is its result.
    if (s.check?.kind === "sequential" && s.decided) {
        const d = s.decided;
        return d.outcome === "undecided" ? `${emphasise(d.outcome)} after ${rounds} rounds` : `${emphasise(d.outcome)} (decided in round ${d.round}, ${(0,quantity/* formatSeconds */.Xo)(d.elapsed)})`;
    }
    const latest = emphasise(s.latest.outcome);
    if (s.worst.m.outcome === s.latest.outcome) {
        return s.worst.count === rounds ? `${latest} (all ${rounds} rounds)` : `${latest} (${s.worst.count} of ${rounds} rounds)`;
    }
    return `${latest}; worst ${emphasise(s.worst.m.outcome)} in ${s.worst.count} of ${rounds} rounds`;
}
const emphasise = (o) => (o === "pass" ? o : `**${o}**`);
/** Renders the gate's result as GitHub-flavoured Markdown. */
function renderSummary(result, playbook, stage) {
    const names = result.rounds[0]?.measurements.map((m) => m.check) ?? stage.checks;
    const stories = names.map((n) => story(n, result, playbook));
    const rounds = result.rounds.length;
    const ran = result.cancelled
        ? `cancelled after ${(0,quantity/* formatSeconds */.Xo)(result.elapsed)} of ${(0,quantity/* formatSeconds */.Xo)(result.soak)}`
        : rounds === 0
            ? `ended before the first round (soak ${(0,quantity/* formatSeconds */.Xo)(result.soak)} not started)`
            : result.endedEarly
                ? `ended after ${(0,quantity/* formatSeconds */.Xo)(result.elapsed)} of ${(0,quantity/* formatSeconds */.Xo)(result.soak)}`
                : `soaked ${(0,quantity/* formatSeconds */.Xo)(result.soak)}`;
    const out = [
        `## Gate ${WORD[result.verdict]}: ${(0,markdown/* escapeMarkdown */.FV)(result.service)}, stage ${(0,markdown/* escapeMarkdown */.FV)(result.stage)} (${result.weight}%)`,
        "",
        `**${WORD[result.verdict]}**: ${MEANING[result.verdict]}. ${(0,markdown/* escapeMarkdown */.FV)(result.reason)}`,
        "",
        `${ran} · ${rounds} round${rounds === 1 ? "" : "s"} · ${isoSeconds(result.startedAt)} to ${isoSeconds(result.endedAt)}`,
    ];
    if (result.failedChecks.length)
        out.push("", `Failed: ${result.failedChecks.map(markdown/* escapeMarkdown */.FV).join(", ")}`);
    if (result.conditionalChecks.length)
        out.push("", `Warned: ${result.conditionalChecks.map(markdown/* escapeMarkdown */.FV).join(", ")}`);
    if (result.preconditions?.length) {
        out.push("", "### Before the soak", "");
        for (const m of result.preconditions)
            out.push(`- ${(0,markdown/* escapeMarkdown */.FV)(m.check)}: ${emphasise(m.outcome)}, ${(0,markdown/* escapeMarkdown */.FV)(m.detail)}`);
    }
    if (stories.length > 0 && rounds > 0) {
        out.push("", "### Checks", "", (0,markdown/* row */.nM)(["Check", "Canary", "Baseline", "Delta", "Limit", "Result"]), (0,markdown/* row */.nM)(["---", "---", "---", "---", "---", "---"]));
        for (const s of stories) {
            const v = s.latest ? (0,describe/* showMeasured */.SM)(s.latest, s.check) : {};
            out.push((0,markdown/* row */.nM)([
                (0,markdown/* escapeMarkdown */.FV)(s.name),
                (0,markdown/* escapeMarkdown */.FV)(v.canary ?? "n/a"),
                (0,markdown/* escapeMarkdown */.FV)(v.baseline ?? ""),
                (0,markdown/* escapeMarkdown */.FV)(v.delta ?? ""),
                (0,markdown/* escapeMarkdown */.FV)(s.check ? (0,describe/* describeLimits */.Wm)(s.check) : ""),
                resultCell(s, rounds),
            ]));
        }
        out.push("", `Values from the latest counted round of each check.`);
        // A sequential check that passed in the end is not notable for its undecided rounds.
        const why = (s) => (s.decided && s.worst?.m.outcome === "undecided" ? s.decided : s.worst);
        const notable = stories.filter((s) => why(s) && why(s).m.outcome !== "pass");
        if (notable.length) {
            out.push("", "### Why", "");
            for (const s of notable) {
                const w = why(s);
                out.push(`- ${(0,markdown/* escapeMarkdown */.FV)(s.name)}, round ${w.round} (${(0,quantity/* formatSeconds */.Xo)(w.elapsed)}): ${emphasise(w.m.outcome)}, ${(0,markdown/* escapeMarkdown */.FV)(w.m.detail)}`);
            }
        }
    }
    const charts = stories
        .map((s) => [
        s.name,
        s.check?.kind === "metric"
            ? metricChart(s.check, result.rounds, (0,metric/* metricDimension */.Du)(s.check))
            : s.check?.kind === "sequential"
                ? sequentialChart(s.check, result.rounds)
                : undefined,
    ])
        .filter((c) => c[1] !== undefined);
    if (charts.length) {
        out.push("", "### Over the soak");
        for (const [name, chart] of charts)
            out.push("", `#### ${(0,markdown/* escapeMarkdown */.FV)(name)}`, "", chart);
    }
    return out.join("\n") + "\n";
}
/** `2026-01-05T10:00:00Z`: ISO time without milliseconds nobody reads. */
function isoSeconds(iso) {
    return iso.replace(/\.\d{3}Z$/, "Z");
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/state.ts + 4 modules
var src_state = __webpack_require__(3287);
;// CONCATENATED MODULE: ./src/app/gate-report.ts





/** Builds the report of a finished (or cancelled) gate of `stage`. */
function gateReport(raw, playbook, stage, options) {
    const blank = (0,secrets/* secretBlanker */.G)(options.secrets);
    // The client already redacts what Prometheus echoes; this is the last line of defence,
    // applied before rendering so the mask is escaped like any other text.
    const result = (0,secrets/* blankStrings */.H)(raw, blank);
    const state = options.state && { ...recordVerdict(options.state, result.stage, result.verdict), updatedAt: result.endedAt };
    const accepted = !result.cancelled && (result.verdict === "go" || (result.verdict === "conditional" && options.acceptConditional));
    const evidence = (0,secrets/* blankStrings */.H)((0,report_evidence/* buildEvidence */.KX)(result, playbook, stage, options.meta), blank);
    return {
        result,
        outputs: {
            verdict: result.verdict,
            "failed-checks": result.failedChecks.join(","),
            "conditional-checks": result.conditionalChecks.join(","),
            evidence: options.evidence.path,
            ...(state && { state: blank((0,src_state/* serializeState */.sU)(state)) }),
            ...(options.plan && { plan: JSON.stringify(options.plan) }),
        },
        summary: blank(renderSummary(result, playbook, stage)),
        annotations: gateAnnotations(result).map((a) => ({ ...a, title: blank(a.title), message: blank(a.message) })),
        files: [
            {
                path: options.evidence.path,
                text: `${JSON.stringify(evidence, null, 2)}\n`,
                title: "Evidence",
                output: "evidence",
                artifact: { name: artifactName(result.service, result.stage, options.meta.runAttempt), upload: options.evidence.upload },
            },
        ],
        evidence,
        ...(state && { state }),
        accepted,
        message: blank(accepted ? `Gate ${result.verdict} for stage ${result.stage}: accepted.` : failureMessage(result, options.evidence.path)),
        ...(!accepted && !result.cancelled && result.verdict === "conditional" && { conditional: true }),
    };
}
/** The state with this stage's verdict recorded; the rest is the previous step's. */
function recordVerdict(state, stage, verdict) {
    return { ...state, verdicts: { ...state.verdicts, [stage]: verdict } };
}
/** Artifact names must be unique in a run and avoid the characters the service rejects. */
function artifactName(service, stage, attempt) {
    const name = `deploy-playbook-evidence-${service}-${stage}${attempt && attempt !== "1" ? `-attempt-${attempt}` : ""}`;
    return name.replace(/["':<>|*?\\/\r\n]/g, "-");
}
function failureMessage(result, evidencePath) {
    const where = `stage ${result.stage}`;
    if (result.cancelled) {
        const n = result.rounds.length;
        return `Gate cancelled after ${n} round${n === 1 ? "" : "s"} of ${where} (${result.verdict}): partial evidence at ${evidencePath}.`;
    }
    return `Gate ${result.verdict} for ${where}: ${result.reason}`;
}


/***/ }),

/***/ 2954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gate: () => (/* binding */ gate)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/playbook/quantity.ts
var quantity = __webpack_require__(7802);
// EXTERNAL MODULE: ./src/judge/evaluate.ts + 1 modules
var evaluate = __webpack_require__(5486);
// EXTERNAL MODULE: ./src/judge/describe.ts
var describe = __webpack_require__(3366);
;// CONCATENATED MODULE: ./src/judge/progress.ts
/** The progress block logged every round, so a two-hour soak is never a silent job. */


/**
 * ```
 * round 3/24 · elapsed 15m · remaining 1h45m
 *   error-rate  canary 0.4%  baseline 0.3%  Δ +0.1%  pass  (fail > 5%, warn > 1%)
 * ```
 */
function formatRound(round, soak, interval, checks) {
    const total = Math.max(1, Math.ceil(soak / interval));
    const remaining = Math.max(0, soak - round.elapsed);
    const head = `round ${round.index}/${total} · elapsed ${(0,quantity/* formatSeconds */.Xo)(round.elapsed)} · remaining ${remaining > 0 ? (0,quantity/* formatSeconds */.Xo)(remaining) : "0s"}`;
    const width = Math.max(0, ...round.measurements.map((m) => m.check.length));
    return [head, ...round.measurements.map((m) => formatMeasurementLine(m, checks[m.check], width))].join("\n");
}
/** One check's line: its values, outcome, limits and, unless it passed, why. */
function formatMeasurementLine(m, check, width = m.check.length) {
    const v = (0,describe/* showMeasured */.SM)(m, check);
    const values = [
        // A probe or alerts read that failed has no value: say it was not read, not "n/a".
        check?.kind === "metric" || check?.kind === "sequential" ? `canary ${v.canary ?? "n/a"}` : (v.canary ?? "not read"),
        v.baseline !== undefined && `baseline ${v.baseline}`,
        v.delta !== undefined && (m.sequential ? `ratio ${v.delta}` : `Δ ${v.delta}`),
    ].filter(Boolean);
    const limits = check ? `  (${(0,describe/* describeLimits */.Wm)(check)})` : "";
    const why = m.outcome === "pass" ? "" : `  ${m.detail}`;
    return `  ${m.check.padEnd(width)}  ${values.join("  ")}  ${m.outcome}${limits}${why}`;
}

;// CONCATENATED MODULE: ./src/judge/tally.ts
/**
 * The running counts of a soak: per check, how many rounds passed, warned, failed, had no
 * data, errored or were undecided, the current run of fails, and the first of each; a
 * sequential check's latest decision; and the run of rounds with errors. Kept between rounds by the soak loop and extended one round at a time, so
 * the verdict never re-reads the history.
 */

/** What no-data counts as under the stage's policy. */
function effectiveOutcome(outcome, policy) {
    if (outcome !== "no-data" || policy === "inconclusive")
        return outcome;
    return policy;
}
/** The counts before the first round. */
function tally_newTally(checks) {
    return { checks, records: new Map(checks.map((c) => [c, { pass: 0, warn: 0, fail: 0, noData: 0, error: 0, undecided: 0, streak: 0 }])), rounds: 0, errorStreak: 0 };
}
/** Counts one more round into the tally. */
function tally_addRound(tally, round, stage) {
    let anyError;
    for (const [name, r] of tally.records) {
        const m = round.measurements.find((x) => x.check === name) ?? missing(name);
        const outcome = effectiveOutcome(m.outcome, stage.noData);
        if (m.outcome === "no-data")
            r.firstNoData ??= { round, m };
        switch (outcome) {
            case "pass":
                r.pass++;
                break;
            case "warn":
                r.warn++;
                r.firstWarn ??= { round, m };
                break;
            case "fail":
                r.fail++;
                r.firstFail ??= { round, m };
                break;
            case "no-data":
                r.noData++;
                break;
            case "error":
                r.error++;
                r.lastError = { round, m };
                anyError ??= m;
                break;
            case "undecided":
                r.undecided++;
                break;
        }
        // Only a round that judged the counts says where the check stands; an error's detail would not.
        if (m.sequential && (m.outcome === "pass" || m.outcome === "fail" || m.outcome === "undecided")) {
            r.sequential = { decision: m.sequential.decision, seen: { round, m } };
        }
        // Errored rounds are not counted, so they neither extend nor break a run of fails.
        if (outcome === "fail")
            r.streak++;
        else if (outcome !== "error")
            r.streak = 0;
        if (r.streak >= stage.failureLimit && !r.failedAt)
            r.failedAt = { round, m, streak: r.streak };
        // A sequential fail already holds every round so far: it ends the stage whatever failure-limit says.
        if (outcome === "fail" && m.sequential?.decision === "fail" && !r.failedAt)
            r.failedAt = { round, m, streak: 1 };
    }
    tally.errorStreak = anyError ? tally.errorStreak + 1 : 0;
    if (anyError && tally.errorStreak >= stage.errorLimit && !tally.errorsHit)
        tally.errorsHit = { round, m: anyError };
    tally.rounds++;
    tally.last = round;
}
/** When: `round 4 (20m)`. */
function when(round, streak = 1) {
    const rounds = streak > 1 ? `rounds ${round.index - streak + 1}-${round.index}` : `round ${round.index}`;
    return `${rounds} (${(0,quantity/* formatSeconds */.Xo)(round.elapsed)})`;
}
function missing(check) {
    return { check, outcome: "no-data", dimension: "number", detail: "no data: not measured in this round", queries: [], warnings: [] };
}

;// CONCATENATED MODULE: ./src/judge/verdict.ts
/**
 * The verdict from the counts so far: pure, so every path is a table test, and the soak
 * loop asks it after each round whether the stage must stop. Counting is `tally.ts`'s.
 *
 * Precedence: no-go (a check failed `failureLimit` rounds in a row) > inconclusive
 * (cancelled, errors hit the limit, no data, a check never measured, no rounds) >
 * conditional (a warn, a fail the failure limit tolerated, or a sequential check still
 * undecided) > go. A fail outranks missing data because it is evidence; missing data
 * outranks a warn because it may hide a fail. A sequential check's fail ends the stage at
 * once; it counts toward a go once it has passed, undecided rounds before that included.
 */



/** Judges the rounds taken so far. `final` when the soak is over (or was cancelled). */
function judgeRounds(rounds, checks, stage, opts) {
    const tally = newTally(checks);
    for (const round of rounds)
        addRound(tally, round, stage);
    return decide(tally, stage, opts);
}
/** Decides from the counts: the verdict, why, and whether the stage ends now. */
function decide(tally, stage, opts) {
    const { checks, rounds: count, last, errorsHit } = tally;
    const all = [...tally.records];
    const failed = all.filter(([, r]) => r.failedAt);
    const conditional = all.filter(([, r]) => !r.failedAt && (r.warn > 0 || r.fail > 0 || undecided(r)));
    const lists = { failedChecks: failed.map(([n]) => n), conditionalChecks: conditional.map(([n]) => n) };
    const judged = (verdict, reason, stop) => ({ verdict, reason, stop, ...lists });
    // The earliest failure past the limit decides.
    const firstFailed = failed.sort(([, a], [, b]) => a.failedAt.round.index - b.failedAt.round.index)[0];
    if (firstFailed) {
        const [name, r] = firstFailed;
        const policy = r.failedAt.m.outcome === "no-data" ? " (no-data counts as fail)" : "";
        return judged("no-go", `${name} ${r.failedAt.m.detail}${policy} in ${when(r.failedAt.round, r.failedAt.streak)}.`, true);
    }
    if (opts.cancelled) {
        const ran = last ? `${count} round${count === 1 ? "" : "s"} (${(0,quantity/* formatSeconds */.Xo)(last.elapsed)} of ${(0,quantity/* formatSeconds */.Xo)(stage.soak)})` : "before the first round";
        return judged("inconclusive", `Cancelled after ${ran}; a partial soak is never a go.`, true);
    }
    if (errorsHit) {
        const rounds = stage.errorLimit === 1
            ? `Round ${when(errorsHit.round).slice("round ".length)} had errors (error-limit 1)`
            : `${stage.errorLimit} consecutive rounds had errors, up to ${when(errorsHit.round)}`;
        return judged("inconclusive", `${rounds}: ${errorsHit.m.detail}.`, true);
    }
    if (checks.length === 0)
        return judged("inconclusive", "The stage has no checks: there is nothing behind a go.", true);
    // A sequential check is clean once it has passed, having been undecided until then;
    // every other check, when it passed in every round.
    const cleanSoFar = count > 0 && all.every(([, r]) => (r.sequential ? r.sequential.decision === "pass" && r.pass + r.undecided === count : r.pass === count));
    if (!opts.final) {
        const elapsed = last?.elapsed ?? 0;
        if (cleanSoFar && stage.minSoak < stage.soak && elapsed >= stage.minSoak) {
            const passed = sequentialPasses(all);
            const others = checks.length - passed.length;
            const reached = `min-soak ${(0,quantity/* formatSeconds */.Xo)(stage.minSoak)} reached at ${(0,quantity/* formatSeconds */.Xo)(elapsed)}.`;
            const rest = others === 0 ? `${count} rounds` : `the other ${others === 1 ? "check" : `${others} checks`} passed in every one of ${count} rounds`;
            const reason = passed.length === 0 ? `All ${checks.length} checks passed in every one of ${count} rounds; ${reached}` : `${passed.join("; ")}; ${rest}; ${reached}`;
            return judged("go", reason, true);
        }
        return judged("inconclusive", "The soak is still running.", false);
    }
    if (!last)
        return judged("inconclusive", "No round was taken: there is no data behind a verdict.", false);
    const noData = all.find(([, r]) => r.noData > 0);
    if (noData) {
        const [name, r] = noData;
        const first = r.firstNoData;
        return judged("inconclusive", `${name} had no data in ${r.noData} of ${count} rounds (first in ${when(first.round)}: ${first.m.detail}).`, false);
    }
    const unmeasured = all.find(([, r]) => r.pass + r.warn + r.fail + r.undecided === 0);
    if (unmeasured) {
        const [name, r] = unmeasured;
        return judged("inconclusive", `${name} was never measured: every round errored (last: ${r.lastError?.m.detail ?? "no measurement"}).`, false);
    }
    if (conditional.length > 0) {
        const [name, r] = conditional[0];
        if (r.warn + r.fail === 0) {
            const seen = r.sequential.seen;
            const others = conditional.length > 1 ? `; ${conditional.length - 1} more check${conditional.length > 2 ? "s" : ""} did not pass either` : "";
            return judged("conditional", `${name} ${seen.m.detail} when the soak ended (${when(seen.round)}): never a go${others}.`, false);
        }
        const first = r.firstWarn ?? r.firstFail;
        const tolerated = first.m.outcome === "no-data" ? ` (no-data counts as ${stage.noData})` : first === r.firstFail ? ` (below failure-limit ${stage.failureLimit})` : "";
        const more = conditional.length > 1 ? `; ${conditional.length - 1} more check${conditional.length > 2 ? "s" : ""} also warned` : "";
        return judged("conditional", `${name} ${first.m.detail}${tolerated} in ${r.warn + r.fail} of ${count} rounds (first in ${when(first.round)})${more}.`, false);
    }
    const errors = all.reduce((n, [, r]) => n + r.error, 0);
    const skipped = errors > 0 ? ` (${errors} errored reading${errors === 1 ? "" : "s"} not counted)` : "";
    const passed = sequentialPasses(all);
    const also = passed.length > 0 ? `; ${passed.join("; ")}` : "";
    return judged("go", `All ${checks.length} checks passed in every counted round: ${count} rounds over ${(0,quantity/* formatSeconds */.Xo)(last.elapsed)}${skipped}${also}.`, false);
}
/** A sequential check still undecided (it has not passed, and has not failed either, or it would have ended the stage). */
function undecided(r) {
    return r.sequential !== undefined && r.sequential.decision !== "pass";
}
/** `errors-vs-baseline passed: ×0.98 (99%: 0.6–1.4) below ×1.5 (...)`, one per sequential check. */
function sequentialPasses(all) {
    return all.filter(([, r]) => r.sequential?.decision === "pass").map(([name, r]) => `${name} passed: ${r.sequential.seen.m.detail}`);
}

// EXTERNAL MODULE: ./src/judge/wait-for.ts
var wait_for = __webpack_require__(7832);
;// CONCATENATED MODULE: ./src/judge/soak.ts
/**
 * The gate: hold a stage for its soak, a round of every check each interval, and decide
 * go, conditional, no-go or inconclusive. Preconditions first (alerts preflight, then
 * wait-for), then the rounds; a fail past the failure limit, or a sequential check's fail,
 * ends the stage at once.
 */







/** Wait-for checks are retried at most this often, so a healthy canary is not kept waiting. */
const WAIT_STEP_SECONDS = 10;
/** Holds the stage to a verdict. Throws only for a stage naming an unknown check. */
async function runSoak(input, deps) {
    const { playbook, stage, signal } = input;
    const checks = resolve(playbook, stage, stage.checks, "checks");
    const waitFor = resolve(playbook, stage, stage.waitFor, "wait-for");
    const gateStart = input.startedAt ?? deps.clock.now();
    let soakStart = gateStart;
    const rounds = [];
    const preconditions = [];
    const seconds = (from) => (deps.clock.now().getTime() - from.getTime()) / 1000;
    const finish = (j, cancelled = false) => {
        const elapsed = Math.max(0, seconds(soakStart));
        deps.log.info(`verdict: ${j.verdict}: ${j.reason}`);
        return {
            service: playbook.service,
            stage: stage.name,
            weight: stage.weight,
            verdict: j.verdict,
            reason: j.reason,
            startedAt: gateStart.toISOString(),
            endedAt: deps.clock.now().toISOString(),
            soak: stage.soak,
            elapsed,
            endedEarly: !cancelled && rounds.length > 0 && elapsed < stage.soak,
            cancelled,
            rounds,
            failedChecks: j.failedChecks,
            conditionalChecks: j.conditionalChecks,
            ...(preconditions.length > 0 && { preconditions }),
        };
    };
    const stopBefore = (verdict, reason, failed = []) => finish({ verdict, reason, failedChecks: failed, conditionalChecks: [] });
    const names = checks.map((c) => c.name);
    // Kept between rounds: the counts the verdict is decided from, and each check's own memory.
    const tally = tally_newTally(names);
    let memory = new Map();
    if (checks.length === 0)
        return stopBefore("inconclusive", "The stage has no checks: there is nothing behind a go.");
    try {
        // Preflight: a firing alert before the stage starts is a no-go without a soak.
        const preflight = [...checks, ...waitFor].filter((c, i, all) => c.kind === "alerts" && c.preflight && all.indexOf(c) === i);
        if (preflight.length > 0) {
            const results = await Promise.all(preflight.map((c) => (0,evaluate/* evaluateCheck */.Y)(c, playbook, deps, signal)));
            preconditions.push(...results);
            for (const m of results)
                deps.log.info(`preflight${formatMeasurementLine(m, playbook.checks[m.check])}`);
            const firing = results.find((m) => m.outcome === "fail");
            if (firing)
                return stopBefore("no-go", `${firing.check} ${firing.detail} before the soak began (preflight).`, [firing.check]);
            const broken = results.find((m) => m.outcome === "error" || m.outcome === "no-data");
            if (broken)
                return stopBefore("inconclusive", `Preflight ${broken.check} could not be read: ${broken.detail}.`);
            for (const m of results.filter((r) => r.outcome === "warn"))
                deps.log.warning(`preflight ${m.check}: ${m.detail}`);
        }
        if (waitFor.length > 0) {
            const waited = await waitUntilHealthy(waitFor, input, deps);
            preconditions.push(...waited.measurements);
            if (waited.failing) {
                return stopBefore("no-go", `wait-for ${waited.failing.check} did not pass within ${(0,quantity/* formatSeconds */.Xo)(stage.waitTimeout)}: ${waited.failing.detail}.`, [waited.failing.check]);
            }
            if (!input.startedAt)
                soakStart = deps.clock.now();
        }
        // Made once the soak's start is known: checks that count increases count from it.
        memory = new Map(names.map((n) => [n, { history: [], since: soakStart }]));
        deps.log.info(`soaking ${stage.name} (${stage.weight}%) for ${(0,quantity/* formatSeconds */.Xo)(stage.soak)}, a round every ${(0,quantity/* formatSeconds */.Xo)(stage.interval)}: ${names.join(", ") || "no checks"}`);
        for (;;) {
            const elapsed = seconds(soakStart);
            if (elapsed >= stage.soak)
                break;
            // The first round comes one interval in, so the metric windows cover the new version.
            const next = Math.min(stage.soak, (Math.floor(elapsed / stage.interval) + 1) * stage.interval);
            await deps.clock.sleep((next - elapsed) * 1000, signal);
            const at = deps.clock.now();
            // All checks of a round at once: a round costs the slowest check, not the sum.
            const measurements = await Promise.all(checks.map((c) => (0,evaluate/* evaluateCheck */.Y)(c, playbook, deps, signal, memory.get(c.name))));
            const round = { index: rounds.length + 1, at: at.toISOString(), elapsed: seconds(soakStart), measurements };
            rounds.push(round);
            for (const m of measurements)
                memory.get(m.check)?.history.push(m);
            tally_addRound(tally, round, stage);
            deps.log.info(formatRound(round, stage.soak, stage.interval, playbook.checks));
            const j = decide(tally, stage, { final: false });
            if (j.stop)
                return finish(j);
        }
        return finish(decide(tally, stage, { final: true }));
    }
    catch (error) {
        if (!signal?.aborted)
            throw error;
        deps.log.warning(`gate cancelled after ${rounds.length} round${rounds.length === 1 ? "" : "s"}`);
        return finish(decide(tally, stage, { final: true, cancelled: true }), true);
    }
}
/** Evaluates the wait-for checks every min(10s, interval) until all pass together, or the timeout. */
function waitUntilHealthy(checks, input, deps) {
    const { stage, playbook, signal } = input;
    const step = Math.min(WAIT_STEP_SECONDS, stage.interval);
    return (0,wait_for/* waitForPassing */.y)(checks, playbook, { timeout: stage.waitTimeout, step, label: "wait-for", ...(signal && { signal }) }, deps);
}
function resolve(playbook, stage, names, field) {
    const index = playbook.stages.indexOf(stage);
    const where = `stages[${index < 0 ? stage.name : index}].${field}`;
    const unknown = names.filter((n) => !playbook.checks[n]);
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(unknown.map((n) => ({
            path: where,
            message: `names check ${JSON.stringify(n)}, which the playbook does not define; expected one of ${Object.keys(playbook.checks).join(", ") || "(no checks defined)"}`,
        })));
    }
    return names.map((n) => playbook.checks[n]);
}

// EXTERNAL MODULE: ./src/playbook/stages.ts
var stages = __webpack_require__(1708);
// EXTERNAL MODULE: ./src/app/gate-report.ts + 3 modules
var gate_report = __webpack_require__(8606);
// EXTERNAL MODULE: ./src/app/rollout-state.ts
var rollout_state = __webpack_require__(2962);
// EXTERNAL MODULE: ./src/playbook/plan.ts
var plan = __webpack_require__(4632);
// EXTERNAL MODULE: ./src/playbook/digest.ts
var digest = __webpack_require__(739);
;// CONCATENATED MODULE: ./src/app/gate.ts
/**
 * The gate as an operation: a resolved stage and a validated connection in, a
 * {@link GateReport} out. Shared by the gate action, the CLI and the whole-playbook run;
 * nothing here knows about GitHub or the caller's input names.
 */








/** Holds the stage to a verdict and builds its report. Aborting `signal` ends the soak with a partial report. */
async function gate(request, deps, signal) {
    const { playbook } = request;
    if (request.state)
        checkGateState(request.state, request, deps.clock.now());
    const stage = request.soak === undefined ? request.stage : (0,stages/* sliceStage */.F6)(request.stage, request.soak);
    if (stage !== request.stage)
        deps.log.info(`Holding stage ${stage.name} for ${(0,quantity/* formatSeconds */.Xo)(stage.soak)} of its ${(0,quantity/* formatSeconds */.Xo)(request.stage.soak)} soak.`);
    const metrics = request.connection ? deps.connect(request.connection) : unreachableMetrics;
    const result = await runSoak({ playbook, stage, ...(signal && { signal }) }, { metrics, prober: deps.prober, clock: deps.clock, log: deps.log });
    return (0,gate_report/* gateReport */.We)(result, playbook, stage, {
        acceptConditional: request.acceptConditional,
        state: request.state ?? ownState(request, deps.clock.now()),
        plan: (0,plan/* planStage */.c)(playbook, request.stage),
        evidence: request.evidence,
        meta: { generatedAt: deps.clock.now().toISOString(), ...request.meta },
        secrets: request.secrets,
    });
}
// A stage without metric or alerts checks never queries; if it did, that is our bug.
const unreachableMetrics = {
    instant: () => Promise.reject(new Error("no Prometheus is configured, yet a check queried it")),
    range: () => Promise.reject(new Error("no Prometheus is configured, yet a check queried it")),
};
/** A state from this rollout, at the stage the gate holds. */
function checkGateState(state, request, now) {
    (0,rollout_state/* checkState */.We)(state, request.playbook, (0,digest/* playbookDigest */.a)(request.playbook), "input 'state'");
    if (state.stage !== request.stage.name) {
        throw new errors/* ConfigurationError */.j1([
            { path: "input 'state'", message: `is at stage ${state.stage}, but the gate holds stage ${request.stage.name}; expected the state output of the step that moved stage ${request.stage.name} (now ${now.toISOString()})` },
        ]);
    }
}
/**
 * The record a gate run on its own starts (a scheduled watch of a deployment made
 * elsewhere): the stage as the playbook sets it, the version from the run's metadata.
 */
function ownState(request, now) {
    const at = now.toISOString();
    return {
        version: 1,
        service: request.playbook.service,
        stage: request.stage.name,
        weight: request.stage.weight,
        targetVersion: request.meta.version ?? request.meta.sha ?? "unrecorded",
        status: "rolling-out",
        digest: (0,digest/* playbookDigest */.a)(request.playbook),
        startedAt: at,
        updatedAt: at,
        verdicts: {},
    };
}


/***/ }),

/***/ 2962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tt: () => (/* binding */ movedState),
/* harmony export */   We: () => (/* binding */ checkState),
/* harmony export */   YG: () => (/* binding */ checkMoveOrder),
/* harmony export */   Yk: () => (/* binding */ stateProblems)
/* harmony export */ });
/* unused harmony export checkPromotion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The rollout's state checked against the playbook it is used with, and moved along: a
 * state from another service, another playbook, or out of stage order is refused before
 * anything changes.
 */

/** Problems with using `state` with this playbook; `where` names the state's source. */
function stateProblems(state, playbook, digest, where) {
    const problems = [];
    if (state.service !== playbook.service) {
        problems.push({ path: where, message: `is for service ${JSON.stringify(state.service)}, but the playbook is for ${JSON.stringify(playbook.service)}; expected the state of this playbook's rollout` });
    }
    if (state.digest !== digest) {
        problems.push({
            path: where,
            message: `was made with another version of the playbook (${state.digest.slice(0, 19)}…, this one is ${digest.slice(0, 19)}…); a rollout runs to its end with the playbook it started with: start a new rollout to use the changed playbook`,
        });
    }
    if (!playbook.stages.some((s) => s.name === state.stage)) {
        problems.push({ path: where, message: `is at stage ${JSON.stringify(state.stage)}, which the playbook does not have; expected one of: ${playbook.stages.map((s) => s.name).join(", ")}` });
    }
    return problems;
}
/** Refuses a state that does not belong to this playbook. */
function checkState(state, playbook, digest, where) {
    const problems = stateProblems(state, playbook, digest, where);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(problems);
}
/**
 * Refuses a move out of stage order: back to an earlier stage, past the next one, on from
 * a stage whose gate did not pass, or on a rollout that has ended. Moving to the same stage
 * again is a re-run and is allowed.
 */
function checkMoveOrder(state, playbook, stage, where) {
    const index = playbook.stages.indexOf(stage);
    const refuse = (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1([{ path: where, message }]);
    };
    if (!state) {
        if (index > 0)
            refuse(`is missing, but stage ${stage.name} is not the first; expected the state output of stage ${playbook.stages[index - 1].name}'s steps`);
        return;
    }
    if (state.status !== "rolling-out")
        refuse(`says the rollout of ${state.targetVersion} was ${state.status}; start a new rollout (no state) to move traffic again`);
    const at = playbook.stages.findIndex((s) => s.name === state.stage);
    if (index === at)
        return;
    if (index < at)
        refuse(`is at stage ${state.stage}, past ${stage.name}; stages move forward only (roll back to undo)`);
    if (index > at + 1)
        refuse(`is at stage ${state.stage}; the next stage is ${playbook.stages[at + 1].name}, not ${stage.name}`);
    const verdict = state.verdicts[state.stage];
    if (verdict === undefined)
        refuse(`has no verdict for stage ${state.stage}; gate it before moving on (pass the gate step's state output)`);
    if (verdict === "no-go" || verdict === "inconclusive")
        refuse(`has stage ${state.stage} judged ${verdict}; roll back instead of moving on`);
}
/**
 * Refuses a promotion anywhere but after the last stage's gate passed: promoting at an
 * earlier stage, or before the last stage was judged, would make an unjudged version the
 * stable one.
 */
function checkPromotion(state, playbook, stage) {
    const last = playbook.stages.at(-1);
    const refuse = (message) => {
        throw new ConfigurationError([{ path: "input 'promote'", message }]);
    };
    if (stage !== last)
        refuse(`is true at stage ${stage.name}, but only the last stage (${last?.name ?? "none"}) is promoted; expected false, or stage ${last?.name ?? "none"}`);
    const verdict = state?.stage === stage.name ? state.verdicts[stage.name] : undefined;
    if (verdict !== "go" && verdict !== "conditional") {
        refuse(`is true, but the state has ${verdict ? `stage ${stage.name} judged ${verdict}` : `no passing verdict for stage ${stage.name}`}; move to it, gate it, then promote with the gate step's state output`);
    }
}
/** The state after a move to `stage`, at `now`. */
function movedState(state, stage, now) {
    return { ...state, stage: stage.name, weight: stage.weight, updatedAt: now.toISOString() };
}


/***/ }),

/***/ 3366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SM: () => (/* binding */ showMeasured),
/* harmony export */   Wm: () => (/* binding */ describeLimits),
/* harmony export */   p0: () => (/* binding */ alertsLimit)
/* harmony export */ });
/* harmony import */ var _playbook_quantity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7802);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7432);
/* harmony import */ var _metric_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1568);
/* harmony import */ var _sequential_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7186);
/* harmony import */ var _sequential_words_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3406);
/** Words and numbers for people: a check's limits and a measurement's values, as logs and reports show them. */





/** `fail > 5%, warn > 1%, max-increase 1%`: every limit the check holds, as written. */
function describeLimits(check) {
    switch (check.kind) {
        case "metric": {
            const parts = [
                check.fail && `fail ${check.fail.text}`,
                check.warn && `warn ${check.warn.text}`,
                check.baseline && (0,_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBaseline */ .FT)(check.baseline, (0,_metric_js__WEBPACK_IMPORTED_MODULE_2__/* .metricDimension */ .Du)(check)),
                check.spread && [check.spread.fail && `spread fail ${check.spread.fail.text}`, check.spread.warn && `spread warn ${check.spread.warn.text}`].filter(Boolean).join(", "),
            ].filter((p) => !!p);
            const per = check.per === undefined ? "" : ` (per ${(0,_playbook_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(check.per)})`;
            return (parts.length ? parts.join(", ") : "no limits") + per;
        }
        case "http": {
            const json = Object.entries(check.json).map(([path, v]) => `${path} = ${JSON.stringify(v)}`);
            return [`status ${check.status.join(" or ")}`, ...json].join(", ");
        }
        case "alerts":
            return alertsLimit(check);
        case "sequential":
            return (0,_sequential_check_js__WEBPACK_IMPORTED_MODULE_3__/* .describeMaxRatio */ .Ni)(check);
    }
}
/**
 * An alerts check's limit, worded as a rule: "none firing" beside an `error` outcome read
 * as if the alerts had been read and found quiet.
 */
function alertsLimit(check) {
    return `${check.severity} if a matching alert fires`;
}
/** `/h` for a trend per hour, `/30m` for other periods. */
function perSuffix(per) {
    if (per === undefined)
        return "";
    const text = (0,_playbook_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSeconds */ .Xo)(per);
    return `/${text.replace(/^1(?=[a-z]+$)/, "")}`;
}
/** Formats a measurement's values in the check's units (`0.4%`, `12MB/h`, `status 200`). */
function showMeasured(m, check) {
    if (check?.kind === "http")
        return m.canary === undefined ? {} : { canary: `status ${m.canary}` };
    if (check?.kind === "alerts")
        return m.canary === undefined ? {} : { canary: `${m.canary} firing` };
    if (m.sequential) {
        // Event rates over the soak's informative rounds, and the ratio with its interval.
        const s = m.sequential;
        const rate = (events, total) => (total > 0 ? `${(0,_playbook_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(events / total, "ratio")} (${events}/${total})` : undefined);
        const canary = rate(s.canaryEvents, s.canaryTotal);
        const baseline = rate(s.baselineEvents, s.baselineTotal);
        return { ...(canary && { canary }), ...(baseline && { baseline }), delta: (0,_sequential_words_js__WEBPACK_IMPORTED_MODULE_4__/* .formatInterval */ .vy)(s.interval, s.alpha, s.maxRatio) };
    }
    const suffix = check?.kind === "metric" ? perSuffix(check.per) : "";
    const show = (v) => (0,_playbook_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(v, m.dimension) + suffix;
    return {
        ...(m.canary !== undefined && { canary: show(m.canary) }),
        ...(m.baseline !== undefined && { baseline: show(m.baseline) }),
        ...(m.delta !== undefined && { delta: (0,_baseline_js__WEBPACK_IMPORTED_MODULE_1__/* .signed */ .x8)(m.delta, m.dimension) + suffix }),
    };
}


/***/ }),

/***/ 5486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ evaluateCheck)
});

// EXTERNAL MODULE: ./src/playbook/promql.ts
var promql = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/judge/describe.ts
var describe = __webpack_require__(3366);
// EXTERNAL MODULE: ./src/judge/outcome.ts
var outcome = __webpack_require__(2139);
;// CONCATENATED MODULE: ./src/judge/alerts.ts
/** One round of an alerts check: no alert matching the labels may be firing. */



/** Reads the firing alerts; any match gives the check's severity, and names the alerts. */
async function evaluateAlerts(check, deps, signal) {
    const query = (0,promql/* alertsQuery */.kY)(check.match);
    const base = { check: check.name, dimension: "number", queries: [query], limit: (0,describe/* alertsLimit */.p0)(check) };
    try {
        const result = await deps.metrics.instant(query, deps.clock.now(), signal);
        const names = [...new Set(result.samples.map((s) => s.labels.alertname ?? "(unnamed)"))].sort();
        const firing = result.samples.length;
        return {
            ...base,
            outcome: firing === 0 ? "pass" : check.severity,
            canary: firing,
            detail: firing === 0 ? "no matching alert firing" : `firing: ${names.join(", ")}`,
            warnings: result.warnings,
        };
    }
    catch (error) {
        if (signal?.aborted)
            throw error;
        return { ...base, outcome: "error", detail: (0,outcome/* describeReadError */.U)(check.name, error), warnings: [] };
    }
}

// EXTERNAL MODULE: ./src/judge/metric.ts + 1 modules
var metric = __webpack_require__(1568);
// EXTERNAL MODULE: ./src/judge/probe.ts
var probe = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/judge/sequential-check.ts + 2 modules
var sequential_check = __webpack_require__(7186);
;// CONCATENATED MODULE: ./src/judge/evaluate.ts




/**
 * Evaluates a check once, at `deps.clock.now()`, and never throws for a failed read:
 * Prometheus and probe errors become an `error` outcome naming the check. Only an abort
 * (the signal) rejects. `memory` is what the check kept from the earlier rounds of this
 * soak, for checks that judge the soak as a whole.
 */
function evaluateCheck(check, ctx, deps, signal, memory = { history: [] }) {
    switch (check.kind) {
        case "metric":
            return (0,metric/* evaluateMetric */.Qi)(check, ctx, deps, signal);
        case "http":
            return (0,probe/* evaluateHttp */.c)(check, deps, signal);
        case "alerts":
            return evaluateAlerts(check, deps, signal);
        case "sequential":
            return (0,sequential_check/* evaluateSequential */.Fy)(check, ctx, deps, signal, memory);
    }
}


/***/ }),

/***/ 7832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ waitForPassing)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5486);

/** Evaluates `checks` every `step` seconds until all pass together, or `timeout`. */
async function waitForPassing(checks, ctx, options, deps) {
    const deadline = deps.clock.now().getTime() + options.timeout * 1000;
    for (let attempt = 1;; attempt++) {
        const measurements = await Promise.all(checks.map((c) => (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateCheck */ .Y)(c, ctx, deps, options.signal)));
        const failing = measurements.find((m) => m.outcome !== "pass");
        if (!failing) {
            deps.log.info(`${options.label} passed: ${checks.map((c) => c.name).join(", ")} (attempt ${attempt})`);
            return { measurements };
        }
        const left = deadline - deps.clock.now().getTime();
        if (left <= 0)
            return { measurements, failing };
        deps.log.info(`${options.label}: waiting for ${failing.check}: ${failing.outcome}: ${failing.detail} (attempt ${attempt})`);
        await deps.clock.sleep(Math.min(options.step * 1000, left), options.signal);
    }
}


/***/ }),

/***/ 739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ playbookDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A digest of the playbook as loaded (its meaning, not its formatting): a state records the
 * digest of the playbook its rollout started with, so a later step run with a different
 * playbook is caught before it acts on a rollout it does not describe.
 */

/** `sha256:` and the hex digest of the playbook's canonical JSON. Comments and layout do not change it. */
function playbookDigest(playbook) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(canonical(playbook)).digest("hex")}`;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(",")}]`;
    if (value !== null && typeof value === "object") {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
    }
    return JSON.stringify(value) ?? "null";
}


/***/ }),

/***/ 3287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sU: () => (/* binding */ serializeState),
  mh: () => (/* binding */ stateFrom)
});

// UNUSED EXPORTS: parseState

// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/targets/command/record.ts
/** What the command target records before the first move: the weight, and the user's `current` output. */

const commandRecordSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz("command"),
    /** The canary weight before the rollout (0 unless a rollout was already under way). */
    weight: schemas/* number */.aig().min(0).max(100),
    /** The JSON the playbook's `current` script printed, when it has one. */
    current: schemas/* unknown */.L5J().optional(),
});

;// CONCATENATED MODULE: ./src/targets/kubernetes/record.ts
/**
 * What the Kubernetes target records before the first move: everything rollback needs to put
 * the stable Deployment, the canary and the route back. Pod templates may hold literal
 * environment values (sometimes secrets), so the state carries only their digests and the
 * images; the templates themselves are kept on the stable Deployment, in the
 * {@link RECORD_ANNOTATION} annotation, where anyone who could read them could already.
 */

/** Annotation on the stable Deployment holding the recorded templates (JSON). */
const RECORD_ANNOTATION = "deploy-playbook/recorded";
const weight = schemas/* number */.aig().int().min(0).max(1_000_000);
/** The record as it travels in the state (`DeployState.previous`). */
const kubernetesRecordSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz("kubernetes"),
    /** The new version's share of traffic before the rollout (0 unless one was under way). */
    weight: schemas/* number */.aig().min(0).max(100),
    namespace: schemas/* string */.YjP(),
    deployment: schemas/* string */.YjP(),
    traffic: schemas/* enum */.k5n(["replicas", "gateway"]),
    /** The container whose image the rollout sets. */
    container: schemas/* string */.YjP(),
    stable: schemas/* strictObject */.rej({
        /** The container's image before the rollout. */
        image: schemas/* string */.YjP(),
        /** `sha256:` digest the stable's ready pods ran that image at, when their status shows one (for the incident report). */
        imageDigest: schemas/* string */.YjP().optional(),
        /** `sha256:` of the pod template before the rollout (canonical JSON). */
        templateDigest: schemas/* string */.YjP(),
        /** `spec.replicas` before the rollout. */
        replicas: schemas/* number */.aig().int().min(0),
        /** The autoscaling/v2 HPA that owns the replicas, if one targets the Deployment. */
        hpa: schemas/* string */.YjP().optional(),
        resourceVersion: schemas/* string */.YjP(),
    }),
    canary: schemas/* strictObject */.rej({
        name: schemas/* string */.YjP(),
        /** Whether a canary Deployment existed before the rollout (then rollback puts it back, not away). */
        existed: schemas/* boolean */.zMY(),
        replicas: schemas/* number */.aig().int().min(0).optional(),
        templateDigest: schemas/* string */.YjP().optional(),
    }),
    route: schemas/* strictObject */.rej({
        name: schemas/* string */.YjP(),
        resourceVersion: schemas/* string */.YjP(),
        /** `sha256:` of the spec without the two backends' weights: any other change is drift. */
        shapeDigest: schemas/* string */.YjP(),
        /** The weights of the stable and canary backendRefs in each rule holding both (absent: the default). */
        rules: schemas/* array */.YOg(schemas/* strictObject */.rej({ rule: schemas/* number */.aig().int().min(0), stable: weight.optional(), canary: weight.optional() })),
    })
        .optional(),
});

;// CONCATENATED MODULE: ./src/targets/record.ts
/**
 * What a target records before the first move, as it travels in the rollout's state and in
 * the GitHub deployment's payload. Each target owns its record's shape; this file only
 * joins them, so the state can validate `previous` without knowing any target.
 */



const targetRecordSchema = schemas/* discriminatedUnion */.gMt("kind", [commandRecordSchema, kubernetesRecordSchema]);

;// CONCATENATED MODULE: ./src/state.ts
/**
 * The small JSON document one action hands the next through a job output (`state`): what
 * was deployed, where the rollout stands, and what rollback must restore. It travels
 * through workflow logs and outputs, so it never holds a secret: only names, numbers,
 * versions and verdicts.
 */



const VERDICTS = ["go", "conditional", "no-go", "inconclusive"];
const STATUSES = ["rolling-out", "promoted", "rolled-back"];
const state_time = datetime({ offset: true, error: "expected an ISO 8601 time" });
/** A non-empty string; `error` says what it should hold, whatever is wrong with it. */
const state_text = (error) => schemas/* string */.YjP({ error }).min(1, { error });
const stateSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: "expected 1" }),
    service: state_text("expected the service's name"),
    stage: state_text("expected a stage name"),
    weight: schemas/* number */.aig({ error: "expected a number from 0 to 100" }).min(0).max(100),
    targetVersion: state_text("expected the version being rolled out"),
    status: schemas/* enum */.k5n(STATUSES, { error: `expected one of ${STATUSES.join(", ")}` }),
    digest: schemas/* string */.YjP({ error: "expected sha256: and 64 hex digits" }).regex(/^sha256:[0-9a-f]{64}$/, { error: "expected sha256: and 64 hex digits" }),
    previous: targetRecordSchema.optional(),
    startedAt: state_time,
    updatedAt: state_time,
    verdicts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(VERDICTS, { error: `expected one of ${VERDICTS.join(", ")}` }), { error: "expected a mapping of stage names to verdicts" }),
    deployment: schemas/* strictObject */.rej({ id: schemas/* number */.aig().int().positive(), environment: schemas/* string */.YjP().min(1) }).optional(),
    run: schemas/* strictObject */.rej({ id: schemas/* string */.YjP().min(1), url: schemas/* string */.YjP().min(1), actor: schemas/* string */.YjP().optional() }).optional(),
});
/**
 * Parses the `state` input. Bad JSON or a wrong shape is a {@link ConfigurationError}
 * naming the input, since the usual cause is a wrong `${{ … }}` expression in the workflow.
 */
function parseState(text, inputName) {
    const where = `input '${inputName}'`;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ConfigurationError([
            {
                path: where,
                message: `found ${describeValue(text)}, which is not JSON (${reason}); expected the state output of a previous deploy-playbook step, like \${{ steps.canary.outputs.state }}`,
            },
        ]);
    }
    return stateFrom(data, where);
}
/**
 * Validates a state already parsed from JSON (a deployment's payload, say); `where` names
 * its source in problems.
 */
function stateFrom(data, where) {
    const parsed = stateSchema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.map((issue) => ({
        path: issue.path.length > 0 ? `${where}: ${issue.path.map(String).join(".")}` : where,
        message: issue.code === "unrecognized_keys"
            ? `unknown key(s) ${issue.keys.join(", ")}; expected the state output of a previous deploy-playbook step`
            : issue.path.length === 0
                ? `found ${(0,errors/* describeValue */.bp)(data)}; expected the state output of a previous deploy-playbook step (a JSON object)`
                : missingAt(data, issue.path)
                    ? `missing; ${issue.message}`
                    : `found ${(0,errors/* describeValue */.bp)(valueAt(data, issue.path))}; ${issue.message}`,
    }));
    throw new errors/* ConfigurationError */.j1(problems);
}
/** The state as one line of JSON, stable key order, ready for a step output. */
function serializeState(state) {
    const { version, service, stage, weight, targetVersion, status, digest, previous, startedAt, updatedAt, verdicts, deployment, run } = state;
    return JSON.stringify({ version, service, stage, weight, targetVersion, status, digest, previous, startedAt, updatedAt, verdicts, deployment, run });
}
/** Whether the key at the end of `path` is absent from its object (rather than present and wrong). */
function missingAt(data, path) {
    const parent = valueAt(data, path.slice(0, -1));
    return parent !== null && typeof parent === "object" && !Object.hasOwn(parent, path[path.length - 1]);
}
function valueAt(data, path) {
    let node = data;
    for (const key of path) {
        if (node === null || typeof node !== "object")
            return undefined;
        node = node[key];
    }
    return node;
}


/***/ })

};
