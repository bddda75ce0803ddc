/**
 * The playbook as the rest of the suite sees it: readonly, typed, in base units
 * (seconds, bytes, ratios). Produced only by `loadPlaybook`; nothing below the loader reads
 * the YAML.
 */
import type { Limit, Quantity } from "./quantity.js";

export type LabelSet = Readonly<Record<string, string>>;

export interface PrometheusSettings {
  readonly url: string;
  /** Extra headers that are not secrets (X-Scope-OrgID). Auth comes from action inputs. */
  readonly headers: LabelSet;
  /** Per-query timeout, seconds. */
  readonly timeout: number;
}

/** Canary against baseline: how far the canary may move from the baseline. */
export interface BaselineComparison {
  /** Absolute tolerances, in the check's units (`1%` means one point of error rate). */
  readonly maxIncrease?: Quantity;
  readonly maxDecrease?: Quantity;
  /** Relative tolerances, as a ratio of the baseline value (`10%` is 0.1). */
  readonly maxIncreaseRatio?: Quantity;
  readonly maxDecreaseRatio?: Quantity;
  /** Outcome when the canary is out of tolerance. */
  readonly severity: "fail" | "warn";
}

/** Instances compared with each other: each within `fail`/`warn` of the median. */
export interface SpreadComparison {
  /** Labels that tell instances apart. */
  readonly by: readonly string[];
  /** Limits on the largest relative deviation from the median (`"> 10%"`). */
  readonly fail?: Limit;
  readonly warn?: Limit;
}

interface CheckBase {
  readonly name: string;
  readonly description?: string;
}

/** A PromQL check: threshold, baseline, trend (`per`) and spread can be combined. */
export interface MetricCheck extends CheckBase {
  readonly kind: "metric";
  /** The query as written, with `$selector` where the canary/baseline matchers go. */
  readonly query: string;
  readonly fail?: Limit;
  readonly warn?: Limit;
  /** Trend: the query gives a per-second slope; it is multiplied by `per` seconds. */
  readonly per?: number;
  readonly baseline?: BaselineComparison;
  readonly spread?: SpreadComparison;
}

export interface HttpCheck extends CheckBase {
  readonly kind: "http";
  readonly url: string;
  readonly method: "GET" | "HEAD" | "POST";
  readonly headers: LabelSet;
  /** Expected status code(s). */
  readonly status: readonly number[];
  /** JSON fields by dotted path (`checks.memory.status`) and the value each must equal. */
  readonly json: Readonly<Record<string, string | number | boolean | null>>;
  readonly timeout: number;
  readonly retries: number;
}

export interface AlertsCheck extends CheckBase {
  readonly kind: "alerts";
  /** Labels an alert must carry to count; none matching may be firing. */
  readonly match: LabelSet;
  /** Outcome while one fires. */
  readonly severity: "fail" | "warn";
  /** Also checked once before the stage moves traffic. */
  readonly preflight: boolean;
}

/** The counters a sequential check reads on each side: `$selector` selectors, never functions. */
export interface SequentialCounters {
  /** Counts the events (errors); absent when `good` is given. */
  readonly events?: string;
  /** Counts the requests that are not events (a histogram bucket: requests within 500ms); events = total - good. */
  readonly good?: string;
  /** Counts every request. */
  readonly total: string;
}

/**
 * Canary against baseline on counts, anytime-valid: fails once the canary's event rate is
 * surely above `maxRatio` times the baseline's, passes once surely below
 * (`judge/sequential/`, docs/sequential-check.md).
 */
export interface SequentialCheck extends CheckBase, SequentialCounters {
  readonly kind: "sequential";
  /** The largest canary/baseline event-rate ratio tolerated, above 1. */
  readonly maxRatio: number;
  /** 1 - confidence: the chance of a wrong decision, however often the gate looks. */
  readonly alpha: number;
}

export type Check = MetricCheck | HttpCheck | AlertsCheck | SequentialCheck;

export type NoDataPolicy = "inconclusive" | "fail" | "warn";

export interface Stage {
  readonly name: string;
  /** Percentage of traffic, 0-100. */
  readonly weight: number;
  /** Seconds the stage is held. */
  readonly soak: number;
  /** Seconds between rounds. */
  readonly interval: number;
  /** Seconds before a `go` may end the soak early. Defaults to the whole soak. */
  readonly minSoak: number;
  readonly checks: readonly string[];
  /** Checks that must pass before the soak starts (the runbooks' "wait for healthy"). */
  readonly waitFor: readonly string[];
  readonly waitTimeout: number;
  /** Consecutive failing rounds of one check that end the stage (1: at once). */
  readonly failureLimit: number;
  /** Consecutive rounds with errors that end the stage as inconclusive. */
  readonly errorLimit: number;
  readonly noData: NoDataPolicy;
}

export interface KubernetesTarget {
  readonly kind: "kubernetes";
  readonly namespace: string;
  readonly deployment: string;
  readonly container?: string;
  /** How the weight is applied: replica counts of a canary deployment, or a Gateway API route. */
  readonly traffic: "replicas" | "gateway";
  readonly canaryDeployment: string;
  readonly route?: string;
  readonly rolloutTimeout: number;
}

export interface CommandTarget {
  readonly kind: "command";
  /** Executables run with values in the environment, never spliced into a command line. */
  readonly setWeight: string;
  readonly rollback: string;
  /** Exits 0 once the rollout is done; any other exit means not yet. */
  readonly status?: string;
  /** Prints what is live now as JSON, recorded before the first move for rollback. */
  readonly current?: string;
  /** Run once after the last stage at 100%; absent, reaching 100% is the promotion. */
  readonly promote?: string;
  /** Seconds one command may run, and the longest wait for `status`. */
  readonly timeout: number;
}

export type Target = KubernetesTarget | CommandTarget;

export interface SignoffRole {
  readonly users: readonly string[];
  readonly teams: readonly string[];
  /**
   * The GitHub environment whose required reviewers are this role (`signoff-security`).
   * Absent: the sign-off's own environment.
   */
  readonly environment?: string;
  /** Distinct people the role needs (two from Security). */
  readonly count: number;
}

/** The kinds of change a release can be, as the change table of the runbooks names them. */
export type ChangeType = "configuration" | "patch" | "minor" | "major" | "hotfix";

export const CHANGE_TYPES = ["configuration", "patch", "minor", "major", "hotfix"] as const satisfies readonly ChangeType[];

export interface Signoff {
  /** The environment of every role that names none; absent only when each role that can be required names its own. */
  readonly environment?: string;
  readonly roles: Readonly<Record<string, SignoffRole>>;
  /** Roles that must approve when the change type names no set of its own. */
  readonly require: readonly string[];
  /** Roles that must approve, by change type; a change type not listed falls back to {@link require}. */
  readonly requireByChangeType: Readonly<Partial<Record<ChangeType, readonly string[]>>>;
  readonly selfApproval: boolean;
  /** One person fills at most one role. */
  readonly oneRolePerPerson: boolean;
  /**
   * Roles whose approval accepts a `conditional` stage: when each of them is covered, a
   * conditional stage no longer makes the decision conditional.
   */
  readonly conditionalAcknowledgedBy: readonly string[];
  /** Release tag template created on approval, like `v{version}`. */
  readonly tag?: string;
}

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** A span of the week; `from`/`to` are minutes after midnight, `to` exclusive. */
export interface WeekWindow {
  readonly days: readonly Weekday[];
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export interface Freeze {
  /** ISO dates, inclusive, in the window's timezone. */
  readonly from: string;
  readonly to: string;
  readonly reason?: string;
}

export interface Windows {
  readonly timezone: string;
  /** When set, deployments happen only inside one of these. */
  readonly allow: readonly WeekWindow[];
  readonly deny: readonly WeekWindow[];
  readonly freeze: readonly Freeze[];
}

export interface RollbackOptions {
  /** Verdicts that trigger an automatic rollback. */
  readonly on: readonly ("no-go" | "inconclusive" | "conditional")[];
  /** Checks run after rolling back to confirm health. */
  readonly verify: readonly string[];
  readonly timeout: number;
}

export interface Selectors {
  readonly canary: LabelSet;
  readonly baseline: LabelSet;
}

export interface Playbook {
  readonly version: 1;
  readonly service: string;
  readonly prometheus?: PrometheusSettings;
  readonly selectors: Selectors;
  readonly checks: Readonly<Record<string, Check>>;
  readonly stages: readonly Stage[];
  readonly target?: Target;
  readonly signoff?: Signoff;
  readonly windows?: Windows;
  readonly rollback: RollbackOptions;
}
