/**
 * The playbook's zod schema: the single source of truth for the file format. The JSON
 * Schema in `schema/playbook.schema.json` is generated from it, and `loadPlaybook` turns
 * its issues into located problems.
 */
import { z } from "zod";
import { describeValue } from "../errors.js";
import { check, headerName } from "./check-schema.js";
import { duration, forms, labelSet, name } from "./fields.js";
import { signoffSchema } from "./signoff-schema.js";
import type { Check, Playbook, Stage, Target, WeekWindow, Weekday } from "./types.js";

const prometheus = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).meta({
      description: "Base URL of the Prometheus HTTP API (also Thanos, Mimir, VictoriaMetrics).",
    }).register(forms, { expected: "an http(s) URL" }),
    headers: z
      .record(headerName, z.string())
      .optional()
      .meta({ description: "Extra headers that are not secrets, such as X-Scope-OrgID for Mimir. Credentials come from action inputs, never the file." }),
    timeout: duration("Timeout of one query. Default 30s.").optional(),
  })
  .transform((p) => ({ url: p.url, headers: p.headers ?? {}, timeout: p.timeout ?? 30 }))
  .meta({ description: "Where metrics are read." });

const weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: (i) => `expected a time of day HH:MM, found ${describeValue(i.input)}` })
  .register(forms, { expected: 'a time of day HH:MM, quoted ("18:00")' });

const weekWindow = z
  .strictObject({
    days: z.array(weekday).min(1).optional().meta({ description: "Days of the week. Default every day." }),
    from: clock.optional().meta({ description: "Start, HH:MM. Default 00:00." }),
    to: clock.optional().meta({ description: "End, HH:MM, exclusive. Default 24:00." }),
  })
  .transform((w): WeekWindow => {
    const days = (w.days ?? ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]) as Weekday[];
    return {
      days,
      from: minutes(w.from ?? "00:00"),
      to: minutes(w.to ?? "24:00"),
      text: `${w.days ? w.days.join(",") : "every day"} ${w.from ?? "00:00"}-${w.to ?? "24:00"}`,
    };
  });

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => `expected a date YYYY-MM-DD, found ${describeValue(i.input)}` })
  .register(forms, { expected: "a date YYYY-MM-DD" });

const windows = z
  .strictObject({
    timezone: z.string().refine(isTimeZone, { error: (i) => `expected an IANA time zone like America/Sao_Paulo or UTC, found ${describeValue(i.input)}` }).optional(),
    allow: z.array(weekWindow).optional().meta({ description: "When given, deployments happen only inside one of these (business hours)." }),
    deny: z.array(weekWindow).optional().meta({ description: "No deployment inside any of these (no Friday afternoons)." }),
    freeze: z
      .array(z.strictObject({ from: isoDate, to: isoDate, reason: z.string().optional() }))
      .optional()
      .meta({ description: "Date ranges, inclusive, with no deployment at all." }),
  })
  .transform((w) => ({
    timezone: w.timezone ?? "UTC",
    allow: w.allow ?? [],
    deny: w.deny ?? [],
    freeze: (w.freeze ?? []).map((f) => ({ from: f.from, to: f.to, ...(f.reason !== undefined && { reason: f.reason }) })),
  }))
  .meta({ description: "Deployment windows: when a stage may move traffic." });

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const stage = z
  .strictObject({
    name: name("stage"),
    weight: z
      .number()
      .min(0)
      .max(100)
      .meta({ description: "Percentage of traffic on the new version, 0-100." })
      .register(forms, { expected: "a number from 0 to 100" }),
    soak: duration("How long the stage is held and watched."),
    interval: duration("Time between rounds of checks. Default 1m.").optional(),
    "min-soak": duration("A go may end the soak early only after this long. Default: the whole soak.").optional(),
    checks: z.array(name("check")).optional().meta({ description: "Checks held during the soak, by name." }),
    "wait-for": z.array(name("check")).optional().meta({ description: "Checks that must pass before the soak starts (wait until healthy)." }),
    "wait-timeout": duration("How long wait-for may take. Default 5m.").optional(),
    "failure-limit": z.number().int().min(1).optional().meta({ description: "Consecutive failing rounds of one check that end the stage. Default 1: at once." }),
    "error-limit": z.number().int().min(1).optional().meta({ description: "Consecutive rounds with errors that end the stage as inconclusive. Default 3." }),
    "no-data": z.enum(["inconclusive", "fail", "warn"]).optional().meta({ description: "What a check with no data counts as. Default inconclusive; never a pass." }),
  })
  .transform((s): Stage => ({
    name: s.name,
    weight: s.weight,
    soak: s.soak,
    interval: s.interval ?? 60,
    minSoak: s["min-soak"] ?? s.soak,
    checks: s.checks ?? [],
    waitFor: s["wait-for"] ?? [],
    waitTimeout: s["wait-timeout"] ?? 300,
    failureLimit: s["failure-limit"] ?? 1,
    errorLimit: s["error-limit"] ?? 3,
    noData: s["no-data"] ?? "inconclusive",
  }));

const k8sName = z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, {
  error: (i) => `expected a Kubernetes name (lower-case letters, digits, '-', '.'), found ${describeValue(i.input)}`,
}).register(forms, { expected: "a Kubernetes name" });

const kubernetesTarget = z.strictObject({
  namespace: k8sName,
  deployment: k8sName.meta({ description: "The stable Deployment." }).register(forms, { expected: "a Deployment name" }),
  container: z.string().optional().meta({ description: "Container whose image is set. Default: the only one." }),
  traffic: z.enum(["replicas", "gateway"]).optional().meta({ description: "replicas: weight as the canary Deployment's share of replicas; gateway: weights of a Gateway API HTTPRoute. Default replicas." }),
  "canary-deployment": k8sName.optional().meta({ description: "The canary Deployment. Default <deployment>-canary." }),
  route: k8sName.optional().meta({ description: "The HTTPRoute, for traffic: gateway." }),
  "rollout-timeout": duration("How long to wait for a rollout to finish. Default 10m.").optional(),
});

const commandTarget = z.strictObject({
  "set-weight": z.string().min(1).meta({ description: "Executable called with DEPLOY_WEIGHT, DEPLOY_VERSION, DEPLOY_STAGE in its environment." }),
  rollback: z.string().min(1).meta({ description: "Executable that restores the recorded state, from DEPLOY_STATE in its environment." }),
  status: z.string().min(1).optional().meta({ description: "Executable that exits 0 once the rollout is done; polled until the timeout." }),
  current: z.string().min(1).optional().meta({ description: "Executable that prints what is live now as JSON; recorded before the first move and given back to rollback." }),
  promote: z.string().min(1).optional().meta({ description: "Executable run once after the last stage reaches 100%. Without it, reaching 100% is the promotion." }),
  timeout: duration("Timeout of one command, and of waiting for status. Default 10m.").optional(),
});

const target = z
  .strictObject({ kubernetes: kubernetesTarget.optional(), command: commandTarget.optional() })
  .superRefine((t, ctx) => {
    if (!!t.kubernetes === !!t.command) {
      ctx.addIssue({ code: "custom", message: "expected exactly one of kubernetes or command", input: t });
    }
    if (t.kubernetes?.traffic === "gateway" && !t.kubernetes.route) {
      ctx.addIssue({ code: "custom", path: ["kubernetes", "route"], message: "traffic: gateway needs the HTTPRoute's name in route", input: undefined });
    }
  })
  .transform((t): Target => {
    if (t.kubernetes) {
      const k = t.kubernetes;
      return {
        kind: "kubernetes",
        namespace: k.namespace,
        deployment: k.deployment,
        ...(k.container !== undefined && { container: k.container }),
        traffic: k.traffic ?? "replicas",
        canaryDeployment: k["canary-deployment"] ?? `${k.deployment}-canary`,
        ...(k.route !== undefined && { route: k.route }),
        rolloutTimeout: k["rollout-timeout"] ?? 600,
      };
    }
    const c = t.command!;
    return {
      kind: "command",
      setWeight: c["set-weight"],
      rollback: c.rollback,
      ...(c.status !== undefined && { status: c.status }),
      ...(c.current !== undefined && { current: c.current }),
      ...(c.promote !== undefined && { promote: c.promote }),
      timeout: c.timeout ?? 600,
    };
  })
  .meta({ description: "What moves traffic: a Kubernetes Deployment pair, or your own scripts." });

const rollback = z
  .strictObject({
    on: z.array(z.enum(["no-go", "inconclusive", "conditional"])).optional().meta({ description: "Verdicts that roll back on their own. Default [no-go, inconclusive]." }),
    verify: z.array(name("check")).optional().meta({ description: "Checks that must pass after rolling back." }),
    timeout: duration("How long the rollback may take. Default 10m.").optional(),
  })
  .transform((r) => ({ on: r.on ?? ["no-go", "inconclusive"], verify: r.verify ?? [], timeout: r.timeout ?? 600 }));

/** The playbook file, as written. */
export const playbookSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z
      .literal(1, { error: (i) => `expected version: 1, found ${describeValue(i.input)}` })
      .register(forms, { expected: "1, the version of the playbook format" }),
    service: z.string().min(1).meta({ description: "The service this playbook deploys." }).register(forms, { expected: "the service's name" }),
    prometheus: prometheus.optional(),
    selectors: z
      .strictObject({
        canary: labelSet("Label matchers that select the canary's series, e.g. { version: canary }."),
        baseline: labelSet("Label matchers that select the baseline's series, e.g. { version: stable }."),
      })
      .meta({ description: "How canary and baseline series are told apart; put in queries where $selector stands." })
      .register(forms, { expected: "a mapping with canary and baseline label matchers" }),
    checks: z.record(name("check"), check).meta({ description: "Named checks that stages refer to." }).register(forms, { expected: "a mapping of named checks" }),
    stages: z.array(stage).min(1).meta({ description: "Stages in order; weights increase." }).register(forms, { expected: "a list of stages" }),
    target: target.optional(),
    signoff: signoffSchema.optional(),
    windows: windows.optional(),
    rollback: rollback.optional(),
  })
  .meta({ title: "Deploy Playbook", description: "A deployment playbook: stages, checks, target, sign-off." });

export type PlaybookInput = z.input<typeof playbookSchema>;
type Parsed = z.output<typeof playbookSchema>;

/** Turns the parsed file into the readonly {@link Playbook}. */
export function toPlaybook(p: Parsed): Playbook {
  const checks: Record<string, Check> = {};
  for (const [checkName, c] of Object.entries(p.checks)) checks[checkName] = { name: checkName, ...c } as Check;
  return {
    version: 1,
    service: p.service,
    ...(p.prometheus && { prometheus: p.prometheus }),
    selectors: p.selectors,
    checks,
    stages: p.stages,
    ...(p.target && { target: p.target }),
    ...(p.signoff && { signoff: p.signoff }),
    ...(p.windows && { windows: p.windows }),
    rollback: p.rollback ?? { on: ["no-go", "inconclusive"], verify: [], timeout: 600 },
  };
}
