/** What a sign-off would decide from, resolved from the playbook and the state, for the dry run. */
import { ConfigurationError } from "../errors.js";
import type { Verdict } from "../judge/types.js";
import type { Playbook, SignoffRole } from "../playbook/types.js";
import { code, escapeMarkdown } from "../report/markdown.js";
import type { DeployState } from "../state.js";
import type { DryRun } from "./dry-run.js";

export interface SignoffPlan {
  readonly service: string;
  /** The environment of the roles that name none; absent when each role names its own. */
  readonly environment?: string;
  readonly roles: Readonly<Record<string, SignoffRole>>;
  readonly require: readonly string[];
  readonly selfApproval: boolean;
  /** Every stage of the playbook and its verdict so far (absent: not judged yet). */
  readonly stages: readonly { readonly name: string; readonly verdict?: Verdict }[];
}

/** The sign-off plan; a playbook without a signoff section has nothing to decide from. */
/** What a sign-off is asked to decide. */
export interface SignoffRequest {
  /** The playbook file, as problems name it. */
  readonly file: string;
  /** Overrides the playbook's environment. */
  readonly environment?: string;
  readonly state?: DeployState;
}

export function planSignoff(playbook: Playbook, inputs: SignoffRequest): SignoffPlan {
  if (!playbook.signoff) {
    throw new ConfigurationError([
      { file: inputs.file, path: "signoff", message: "is missing; the signoff action needs the roles whose approval counts (signoff.roles and signoff.require)" },
    ]);
  }
  const verdicts = inputs.state?.verdicts ?? {};
  const environment = inputs.environment ?? playbook.signoff.environment;
  return {
    service: playbook.service,
    ...(environment !== undefined && { environment }),
    roles: playbook.signoff.roles,
    require: playbook.signoff.require,
    selfApproval: playbook.signoff.selfApproval,
    stages: playbook.stages.map((s) => ({ name: s.name, ...(verdicts[s.name] && { verdict: verdicts[s.name] }) })),
  };
}

/** What the sign-off would do, in one phrase. */
export function describeSignoff(plan: SignoffPlan): string {
  return `decide from the approvals of ${where(plan)}, requiring ${plan.require.join(", ")}`;
}

/** The dry run of a sign-off plan. */
export function signoffDryRun(plan: SignoffPlan): DryRun {
  const who = (r: SignoffRole) =>
    [...r.users.map((u) => `@${u}`), ...r.teams.map((t) => `team ${t}`)].join(", ") + (r.environment !== undefined ? ` in ${r.environment}` : "");
  const verdict = (v: Verdict | undefined) => v ?? "not judged yet";
  const text = [
    `${plan.service}: sign-off in ${where(plan)}${plan.selfApproval ? "" : " (no self-approval)"}`,
    ...Object.entries(plan.roles).map(([name, r]) => `  ${plan.require.includes(name) ? "required" : "optional"} ${name}: ${who(r)}`),
    ...plan.stages.map((s) => `  stage ${s.name}: ${verdict(s.verdict)}`),
  ].join("\n");
  const markdown = [
    `### Sign-off of ${escapeMarkdown(plan.service)} in ${plan.environment !== undefined ? code(plan.environment) : "each role's environment"}`,
    "",
    `Self-approval: ${plan.selfApproval ? "allowed" : "refused"}.`,
    "",
    "| Role | Required | Approvers |",
    "| --- | --- | --- |",
    ...Object.entries(plan.roles).map(([name, r]) => `| ${escapeMarkdown(name)} | ${plan.require.includes(name) ? "yes" : "no"} | ${escapeMarkdown(who(r))} |`),
    "",
    "| Stage | Verdict so far |",
    "| --- | --- |",
    ...plan.stages.map((s) => `| ${escapeMarkdown(s.name)} | ${verdict(s.verdict)} |`),
    "",
  ].join("\n");
  return { title: `signoff would ${describeSignoff(plan)}`, text: `${text}\n`, markdown, plan };
}

function where(plan: SignoffPlan): string {
  return plan.environment !== undefined ? `environment ${plan.environment}` : "each role's environment";
}
