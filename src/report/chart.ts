/**
 * Mermaid `xychart-beta` line charts of a metric check over the soak, scaled to the values
 * measured, with the limits in reach as flat lines and the others named in the caption. Values are shown in display units (percent for ratios, ms or s, MB), and long
 * soaks are cut down to at most {@link MAX_POINTS} points, keeping the worst of each stretch
 * so a spike is never smoothed away.
 */
import { confidenceText } from "../judge/sequential/words.js";
import type { Round } from "../judge/types.js";
import type { Dimension, Limit } from "../playbook/quantity.js";
import type { MetricCheck, SequentialCheck } from "../playbook/types.js";
import { escapeMarkdown } from "./markdown.js";

export const MAX_POINTS = 60;

interface Point {
  readonly minutes: number;
  readonly canary: number;
  readonly baseline?: number;
}

interface Scale {
  readonly unit: string;
  readonly factor: number;
}

/** The display unit for values of a dimension, chosen from the largest magnitude shown. */
export function displayScale(dimension: Dimension, largest: number): Scale {
  switch (dimension) {
    case "ratio":
      return { unit: "%", factor: 100 };
    case "duration":
      return largest < 1 ? { unit: "ms", factor: 1000 } : { unit: "s", factor: 1 };
    case "bytes": {
      const [unit, size] = ([["GB", 1e9], ["MB", 1e6], ["KB", 1e3]] as const).find(([, s]) => largest >= s) ?? ["B", 1];
      return { unit, factor: 1 / size };
    }
    case "number":
      return { unit: "", factor: 1 };
  }
}

/** Picks at most `max` points: the worst of each equal stretch, in order. */
export function downsample<T>(points: readonly T[], max: number, worse: (a: T, b: T) => boolean): T[] {
  if (points.length <= max) return [...points];
  const out: T[] = [];
  for (let i = 0; i < max; i++) {
    const from = Math.floor((i * points.length) / max);
    const to = Math.floor(((i + 1) * points.length) / max);
    let pick = points[from]!;
    for (let j = from + 1; j < to; j++) if (worse(points[j]!, pick)) pick = points[j]!;
    out.push(pick);
  }
  return out;
}

const num = (v: number) => String(Number(v.toPrecision(4)));

/**
 * Colours of the lines in the order they are drawn, set through Mermaid's theme (xychart
 * draws no legend of its own, so the caption names each line by its colour).
 */
const COLOURS = { canary: ["#1f77b4", "blue"], baseline: ["#7f7f7f", "grey"], fail: ["#d62728", "red"], warn: ["#ff7f0e", "orange"] } as const;

/**
 * A limit is drawn when it lies within this many times the largest value measured; past
 * that it would squash the data into a flat line at the bottom, so it is named instead.
 */
const LIMIT_REACH = 2;

/** The chart of one metric check, or undefined when no round measured a finite value. */
export function metricChart(check: MetricCheck, rounds: readonly Round[], dimension: Dimension): string | undefined {
  const all: Point[] = [];
  for (const round of rounds) {
    const m = round.measurements.find((x) => x.check === check.name);
    // ±Inf and NaN cannot be drawn; the table and evidence still show them.
    if (!m || m.canary === undefined || !Number.isFinite(m.canary)) continue;
    all.push({ minutes: round.elapsed / 60, canary: m.canary, ...(m.baseline !== undefined && Number.isFinite(m.baseline) && { baseline: m.baseline }) });
  }
  if (all.length === 0) return undefined;
  const higherIsWorse = (check.fail ?? check.warn)?.op.startsWith("<") !== true;
  const points = downsample(all, MAX_POINTS, (a, b) => (higherIsWorse ? a.canary > b.canary : a.canary < b.canary));
  const limits = (
    [
      ["fail", check.fail],
      ["warn", check.warn],
    ] as ["fail" | "warn", Limit | undefined][]
  ).filter((l): l is ["fail" | "warn", Limit] => l[1] !== undefined && l[1].quantity.dimension === dimension);

  // The data sets the scale; a limit far above it is named in words, not drawn.
  const withBaseline = points.every((p) => p.baseline !== undefined);
  const data = points.flatMap((p) => (withBaseline ? [p.canary, p.baseline!] : [p.canary]));
  const peak = Math.max(...data.map(Math.abs));
  const reach = peak > 0 ? peak * LIMIT_REACH : Math.min(...limits.map(([, l]) => Math.abs(l.quantity.value)), 1) * 1.01;
  const drawn = limits.filter(([, l]) => Math.abs(l.quantity.value) <= reach);
  const offScale = limits.filter(([, l]) => Math.abs(l.quantity.value) > reach);

  const largest = Math.max(peak, ...drawn.map(([, l]) => Math.abs(l.quantity.value)));
  const scale = displayScale(dimension, largest);
  const per = check.per === undefined ? "" : `/${perLabel(check.per)}`;
  const unit = scale.unit + per;
  const show = (v: number) => num(v * scale.factor);
  const series: [string, readonly [string, string], number[]][] = [["canary", COLOURS.canary, points.map((p) => p.canary)]];
  if (withBaseline) series.push(["baseline", COLOURS.baseline, points.map((p) => p.baseline!)]);
  for (const [kind, l] of drawn) series.push([`${kind} ${l.text}`, COLOURS[kind], points.map(() => l.quantity.value)]);
  const values = series.flatMap(([, , v]) => v.map((x) => x * scale.factor));
  const [low, high] = axisRange(Math.min(...values), Math.max(...values));
  const axis = timeAxis(all[all.length - 1]!.minutes * 60);
  const title = `${check.name}${unit ? ` (${unit})` : ""}`.replace(/"/g, "'");
  const theme = { themeVariables: { xyChart: { plotColorPalette: series.map(([, [hex]]) => hex).join(", ") } } };
  const legend = series.map(([name, [, colour]]) => `${name} (${colour})`).join(", ");
  const unshown = offScale.length
    ? ` Off the scale, far beyond the values measured (at most ${show(peak)}${unit}), so not drawn: ${escapeMarkdown(offScale.map(([kind, l]) => `${kind} ${l.text}`).join(", "))}.`
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
    `Lines: ${escapeMarkdown(legend)}${all.length > points.length ? ` (${all.length} rounds shown as ${points.length} points, the worst of each stretch)` : ""}.${unshown}`,
  ].join("\n");
}

/**
 * A sequential check's confidence sequence over the soak: the estimate, the interval's
 * bounds and max-ratio as lines. Bounds beyond {@link RATIO_CAP} × max-ratio (an upper bound
 * is infinite until the canary has seen events) are drawn at the cap, and said so.
 */
export function sequentialChart(check: SequentialCheck, rounds: readonly Round[]): string | undefined {
  const all: { minutes: number; estimate: number; lower: number; upper: number }[] = [];
  for (const round of rounds) {
    const s = round.measurements.find((x) => x.check === check.name)?.sequential;
    if (!s || s.interval.estimate === undefined) continue;
    all.push({ minutes: round.elapsed / 60, estimate: s.interval.estimate, lower: s.interval.lower, upper: s.interval.upper });
  }
  if (all.length === 0) return undefined;
  // The widest interval of each stretch: the least the data said.
  const points = downsample(all, MAX_POINTS, (a, b) => a.upper - a.lower > b.upper - b.lower);
  const cap = RATIO_CAP * check.maxRatio;
  const capped = points.some((p) => p.upper > cap || p.estimate > cap);
  const draw = (v: number) => num(Math.min(v, cap));
  const axis = timeAxis(all[all.length - 1]!.minutes * 60);
  const series: [string, number[]][] = [
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
    `Lines: ${escapeMarkdown(series.map(([name]) => name).join(", "))} (${confidenceText(check.alpha)} confidence sequence)` +
      `${capped ? `; values above ×${num(cap)} drawn at ×${num(cap)}` : ""}` +
      `${all.length > points.length ? ` (${all.length} rounds shown as ${points.length} points, the widest interval of each stretch)` : ""}.`,
  ].join("\n");
}

/** How far above max-ratio the chart reaches: an infinite upper bound must be drawn somewhere. */
export const RATIO_CAP = 4;

/** A y-axis from zero (or below, for negative values) to a round number above the top value. */
export function axisRange(min: number, max: number): [number, number] {
  const low = min >= 0 ? 0 : -niceCeil(-min * 1.1);
  const high = max > 0 ? niceCeil(max * 1.1) : 1;
  return [low, high];
}

/** The smallest round step (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8) times a power of ten at or above `v`. */
function niceCeil(v: number): number {
  const power = 10 ** Math.floor(Math.log10(v));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= v * (1 - 1e-9))!;
  return Number((step * power).toPrecision(6));
}

/** Seconds for short soaks (the demo's 40s would read 0.1, 0.2, 0.3, 0.3 in minutes), hours for long ones. */
function timeAxis(lastSeconds: number): { unit: string; seconds: number } {
  if (lastSeconds < 600) return { unit: "seconds", seconds: 1 };
  if (lastSeconds <= 6 * 3600) return { unit: "minutes", seconds: 60 };
  return { unit: "hours", seconds: 3600 };
}

function perLabel(per: number): string {
  const units: [string, number][] = [["d", 86400], ["h", 3600], ["m", 60], ["s", 1]];
  const [u, s] = units.find(([, size]) => per % size === 0) ?? ["s", 1];
  return per / s === 1 ? u : `${per / s}${u}`;
}
