/**
 * Checks that need the whole playbook. References between sections, the order of stages
 * and PromQL are checked on the raw document, so they are reported alongside schema
 * mistakes (a user fixing two typos should not then meet a third); checks that need
 * parsed values (units, limits, windows) run once the schema has passed.
 */
import { describeName, describeValue } from "../errors.js";
import type { Finding } from "./finding.js";
import { formatSeconds, type Limit } from "./quantity.js";
import { selectorProblem, usesSelector, validateQuery } from "./promql.js";
import { check } from "./check-schema.js";
import { readsPrometheus } from "./stages.js";
import { LIMITS } from "./guard.js";
import { playbookSchema } from "./schema.js";
import { signoffFindings, signoffReferenceFindings } from "./signoff-semantics.js";
import type { Check, MetricCheck, Playbook, SequentialCheck, Stage, WeekWindow } from "./types.js";

/** Every semantic problem of a schema-valid playbook. */
export function semanticFindings(pb: Playbook): Finding[] {
  const sequential = Object.values(pb.checks).flatMap((c) => (c.kind === "sequential" ? sequentialFindings(c, pb) : []));
  return [...partsFindings({ ...pb, checks: Object.values(pb.checks), stages: pb.stages.map((s, i) => [i, s] as const) }), ...sequential, ...signoffFindings(pb)];
}

/**
 * The semantic problems of the parts of an invalid playbook that are valid on their own:
 * a check whose warn lies past its fail is reported even when a stage elsewhere has a bad
 * weight. Parts that fail the schema are left to the schema's messages.
 */
export function partialFindings(raw: unknown): Finding[] {
  if (!isMapping(raw)) return [];
  const shape = playbookSchema.shape;
  const part = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, value: unknown): T | undefined => {
    if (value === undefined) return undefined;
    const r = schema.safeParse(value);
    return r.success ? r.data : undefined;
  };
  const checks = isMapping(raw["checks"])
    ? Object.entries(raw["checks"]).flatMap(([name, c]) => {
        const parsed = part(check, c);
        return parsed ? [{ name, ...parsed } as Check] : [];
      })
    : [];
  const stages = Array.isArray(raw["stages"])
    ? raw["stages"].flatMap((s: unknown, i) => {
        const parsed = part(shape.stages.element, s);
        return parsed ? [[i, parsed] as const] : [];
      })
    : [];
  const selectors = part(shape.selectors, raw["selectors"]);
  const signoff = part(shape.signoff, raw["signoff"]);
  const windows = part(shape.windows, raw["windows"]);
  const target = part(shape.target, raw["target"]);
  // Whether the queries use $selector is read from the raw text, valid checks or not.
  const queried =
    isMapping(raw["checks"]) && Object.values(raw["checks"]).some((c) => isMapping(c) && ((typeof c["query"] === "string" && usesSelector(c["query"])) || isMapping(c["sequential"])));
  return partsFindings({ checks, stages, ...(selectors && { selectors }), ...(signoff && { signoff }), ...(windows && { windows }), ...(target && { target }) }, queried);
}

/** The parts of a playbook the semantic checks read; a part may be missing when it is invalid. */
interface Parts {
  readonly checks: readonly Check[];
  readonly stages: readonly (readonly [number, Stage])[];
  readonly selectors?: Playbook["selectors"];
  readonly signoff?: Playbook["signoff"];
  readonly windows?: Playbook["windows"];
  readonly target?: Playbook["target"];
}

function partsFindings(p: Parts, queried = p.checks.some((c) => (c.kind === "metric" && usesSelector(c.query)) || c.kind === "sequential")): Finding[] {
  return [
    ...stageFindings(p.stages),
    ...p.checks.flatMap((c) => (c.kind === "metric" ? metricFindings(c) : [])),
    ...(p.selectors ? selectorFindings(p.selectors, queried) : []),
    ...windowFindings(p.windows),
    ...otherFindings(p.target),
  ];
}

/** The counters of a sequential check, by key. */
const COUNTER_KEYS = ["events", "good", "total"] as const;

/**
 * PromQL errors of every `checks.*.query` and `checks.*.sequential.{events,good,total}`
 * that is a string, whatever else is wrong; and a sequential check's counters: events or
 * good, each a plain selector with `$selector`. A query longer than `maxLength` is reported
 * as such and not parsed.
 */
export function queryFindings(raw: unknown, maxLength = LIMITS.queryLength): Finding[] {
  const checks = isMapping(raw) ? raw["checks"] : undefined;
  if (!isMapping(checks)) return [];
  return Object.entries(checks).flatMap(([name, check]): Finding[] => {
    if (!isMapping(check)) return [];
    const sequential = check["sequential"];
    const queries: [(string | number)[], unknown][] = isMapping(sequential)
      ? COUNTER_KEYS.map((key) => [["checks", name, "sequential", key], sequential[key]])
      : [[["checks", name, "query"], check["query"]]];
    const counters = isMapping(sequential) ? counterFindings(sequential, ["checks", name, "sequential"]) : [];
    return [...counters, ...queries.flatMap(([path, query]): Finding[] => {
      if (typeof query !== "string" || query.length === 0) return [];
      if (query.length > maxLength) return [{ path, message: `the query is ${query.length} characters long; expected at most ${maxLength}` }];
      const error = validateQuery(query);
      if (error) return [{ path, offset: error.offset, message: `PromQL does not parse at column ${error.offset + 1} of the query: ${error.message}` }];
      if (!isMapping(sequential)) return [];
      const problem = selectorProblem(query);
      if (problem) return [{ path, message: problem }];
      if (usesSelector(query)) return [];
      const example = query.includes("{") ? query.replace("}", ", $selector}") : `${query}{$selector}`;
      return [{ path, message: `expected $selector in the braces, where the canary and baseline matchers go, like ${example}` }];
    })];
  });
}

/** A sequential check counts its events one way: `events`, or `good` (events = total - good). */
function counterFindings(sequential: Record<string, unknown>, path: (string | number)[]): Finding[] {
  const has = (key: string) => sequential[key] !== undefined;
  if (has("events") && has("good")) {
    return [{ path: [...path, "good"], message: "expected events or good, found both; give events for errors, or good for requests within a limit (events = total - good)" }];
  }
  if (!has("events") && !has("good")) {
    return [{ path, at: "parent", message: "expected events (a counter of errors) or good (a counter of requests that are not events, like a histogram bucket); found neither" }];
  }
  return [];
}

/** True when a check reads Prometheus, so a Prometheus URL must come from the file or the inputs. */
export function needsPrometheus(pb: Playbook): boolean {
  return Object.values(pb.checks).some(readsPrometheus);
}

function stageFindings(stages: Parts["stages"]): Finding[] {
  const out: Finding[] = [];
  stages.forEach(([i, stage]) => {
    const at = (...rest: (string | number)[]) => ["stages", i, ...rest];
    if (stage.interval > stage.soak) {
      out.push({ path: at("interval"), message: `interval ${formatSeconds(stage.interval)} is longer than the soak ${formatSeconds(stage.soak)}; expected at most the soak` });
    }
    if (stage.minSoak > stage.soak) {
      out.push({ path: at("min-soak"), message: `min-soak ${formatSeconds(stage.minSoak)} is longer than the soak ${formatSeconds(stage.soak)}; expected at most the soak` });
    }
    // A soak with nothing to watch would end in a go with no data behind it.
    if (stage.soak > 0 && stage.checks.length === 0) {
      out.push({ path: at("checks"), at: "parent", message: `stage '${stage.name}' soaks for ${formatSeconds(stage.soak)} but holds no checks; expected checks: [...] naming at least one check` });
    }
  });
  return out;
}

/**
 * References and order, read from the raw document whatever else is wrong with it: a stage
 * naming a check that does not exist, a check listed twice, duplicate stage names, weights
 * that do not increase, rollback.verify naming what is not there, and the sign-off's roles
 * (`signoff-semantics.ts`).
 * Values of the wrong type are left to the schema's own messages.
 */
export function referenceFindings(raw: unknown): Finding[] {
  if (!isMapping(raw)) return [];
  const out: Finding[] = [];
  const known = isMapping(raw["checks"]) ? new Set(Object.keys(raw["checks"])) : undefined;
  const names = (list: unknown, path: (string | number)[]) => {
    if (!Array.isArray(list)) return;
    const listed = new Set<string>();
    list.forEach((n, j) => {
      if (typeof n !== "string") return;
      if (known && !known.has(n)) out.push({ path: [...path, j], message: unknownCheck(n, [...known]) });
      if (listed.has(n)) out.push({ path: [...path, j], message: `check ${describeName(n)} is listed twice` });
      listed.add(n);
    });
  };
  const seen = new Map<string, number>();
  let previous: { weight: number; index: number } | undefined;
  (Array.isArray(raw["stages"]) ? raw["stages"] : []).forEach((stage: unknown, i) => {
    if (!isMapping(stage)) return;
    const { name, weight } = stage;
    if (typeof name === "string") {
      const first = seen.get(name);
      if (first !== undefined) out.push({ path: ["stages", i, "name"], message: `duplicate stage name ${describeName(name)} (also stages[${first}])` });
      else seen.set(name, i);
    }
    if (typeof weight === "number") {
      if (previous && weight <= previous.weight) {
        out.push({ path: ["stages", i, "weight"], message: `weight ${weight} is not above the previous stage's ${previous.weight} (stages[${previous.index}]); weights must increase` });
      }
      previous = { weight, index: i };
    }
    names(stage["checks"], ["stages", i, "checks"]);
    names(stage["wait-for"], ["stages", i, "wait-for"]);
  });
  if (isMapping(raw["rollback"])) names(raw["rollback"]["verify"], ["rollback", "verify"]);
  out.push(...signoffReferenceFindings(raw));
  return out;
}

function unknownCheck(name: string, known: readonly string[]): string {
  const shown = known.length > 20 ? `${known.slice(0, 20).join(", ")} and ${known.length - 20} more` : known.join(", ");
  return `no check named ${describeName(name)}; expected one of: ${shown || "(no checks defined)"}`;
}

/** A sequential check judges a whole soak: it cannot be waited for or verified after a rollback, which are single looks. */
function sequentialFindings(c: SequentialCheck, pb: Playbook): Finding[] {
  const out: Finding[] = [];
  const single = (list: readonly string[], path: (string | number)[], what: string) =>
    list.forEach((name, j) => {
      if (name === c.name) out.push({ path: [...path, j], message: `${describeName(name)} is a sequential check, which judges a whole soak; ${what} takes a single look, expected a check with query, http or alerts` });
    });
  pb.stages.forEach((stage, i) => single(stage.waitFor, ["stages", i, "wait-for"], "wait-for"));
  single(pb.rollback.verify, ["rollback", "verify"], "rollback.verify");
  return out;
}

function metricFindings(c: MetricCheck): Finding[] {
  const out: Finding[] = [];
  const at = (...rest: string[]) => ["checks", c.name, ...rest];
  if (!c.fail && !c.warn && !c.baseline && !c.spread) {
    out.push({ path: at(), message: "the check judges nothing; expected at least one of fail, warn, baseline or spread" });
  }
  out.push(...limitPair(c.fail, c.warn, at("warn")));
  if (c.spread) out.push(...limitPair(c.spread.fail, c.spread.warn, at("spread", "warn")));
  const dimension = (c.fail ?? c.warn)?.quantity.dimension;
  if (c.baseline && dimension) {
    for (const [key, q] of [["max-increase", c.baseline.maxIncrease], ["max-decrease", c.baseline.maxDecrease]] as const) {
      if (q && q.dimension !== dimension && q.dimension !== "number") {
        out.push({ path: at("baseline", key), message: `${q.text} is ${article(q.dimension)} but the check's fail and warn are ${article(dimension)}; expected the same unit` });
      }
    }
  }
  if (c.baseline && !usesSelector(c.query)) {
    out.push({ path: at("query"), message: "a baseline comparison needs $selector in the query, where the canary and baseline matchers go" });
  }
  return out;
}

/** fail and warn of one check must measure the same thing, and warn must come first. */
function limitPair(fail: Limit | undefined, warn: Limit | undefined, path: (string | number)[]): Finding[] {
  if (!fail || !warn) return [];
  if (fail.quantity.dimension !== warn.quantity.dimension) {
    return [{ path, message: `warn "${warn.text}" is ${article(warn.quantity.dimension)} but fail "${fail.text}" is ${article(fail.quantity.dimension)}; expected the same unit` }];
  }
  const upward = (op: string) => op.startsWith(">");
  if (upward(fail.op) !== upward(warn.op)) {
    return [{ path, message: `warn "${warn.text}" and fail "${fail.text}" point in opposite directions; expected both with > or both with <` }];
  }
  const [w, f] = [warn.quantity.value, fail.quantity.value];
  if (upward(fail.op) ? w > f : w < f) {
    return [{ path, message: `warn "${warn.text}" is past fail "${fail.text}", so it could never apply; expected warn ${upward(fail.op) ? "at or below" : "at or above"} fail` }];
  }
  return [];
}

function article(d: string): string {
  return { ratio: "a percentage", duration: "a duration", bytes: "a size", number: "a plain number" }[d] ?? d;
}

function selectorFindings(selectors: Playbook["selectors"], queried: boolean): Finding[] {
  const { canary, baseline } = selectors;
  const out: Finding[] = [];
  if (queried && Object.keys(canary).length === 0) {
    out.push({ path: ["selectors", "canary"], message: "expected at least one label matcher, like { version: canary }; queries use $selector" });
  }
  if (queried && Object.keys(baseline).length === 0) {
    out.push({ path: ["selectors", "baseline"], message: "expected at least one label matcher, like { version: stable }; queries use $selector" });
  }
  const same = (a: Record<string, string>, b: Record<string, string>) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
  if (Object.keys(canary).length > 0 && same(canary, baseline)) {
    out.push({ path: ["selectors", "baseline"], message: "the baseline selector is the same as the canary's; expected labels that tell them apart" });
  }
  return out;
}

function windowFindings(w: Playbook["windows"]): Finding[] {
  if (!w) return [];
  const out: Finding[] = [];
  const spans = (key: "allow" | "deny", list: readonly WeekWindow[]) =>
    list.forEach((span, i) => {
      if (span.from >= span.to) {
        out.push({ path: ["windows", key, i, "to"], message: `the window ${span.text} ends before it starts; expected to after from (split a window crossing midnight in two)` });
      }
    });
  spans("allow", w.allow);
  spans("deny", w.deny);
  w.freeze.forEach((f, i) => {
    for (const key of ["from", "to"] as const) {
      if (!isCalendarDate(f[key])) out.push({ path: ["windows", "freeze", i, key], message: `expected a calendar date YYYY-MM-DD, found ${describeValue(f[key])}` });
    }
    if (f.from > f.to) out.push({ path: ["windows", "freeze", i, "to"], message: `the freeze ends (${f.to}) before it starts (${f.from}); expected to on or after from` });
  });
  return out;
}

function otherFindings(t: Playbook["target"]): Finding[] {
  if (t?.kind === "kubernetes" && t.canaryDeployment === t.deployment) {
    return [{ path: ["target", "kubernetes", "canary-deployment"], message: `the canary Deployment is the stable one ('${t.deployment}'); expected a different Deployment` }];
  }
  return [];
}

function isCalendarDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
