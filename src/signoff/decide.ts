/**
 * The sign-off decision (the runbooks' final decision: APPROVED, CONDITIONAL or REJECTED)
 * from the approvals GitHub lists, the playbook's roles and every stage's verdict. It
 * fails closed: a rejection, a required role not covered, a role whose environment was
 * never reviewed, or a stage that is not a go (or was never judged) each rejects.
 */
import { requiredRoles } from "./change-type.js";
import { assign } from "./matching.js";
import { fillsRole, notInRole, reviewIn, roleEnvironment, same } from "./people.js";
import type { Condition, NotCounted, ObservedApproval, RoleRecord, SignoffDecision, SignoffInput } from "./types.js";

/** An approval comment starting with this (any case) makes the decision conditional; the rest is its condition. */
export const CONDITIONAL_PREFIX = "conditional:";

interface Person {
  readonly user: string;
  readonly reviews: ObservedApproval[];
}

/** Decides the sign-off. Pure: everything it reads is in `input`. */
export function decide(input: SignoffInput): SignoffDecision {
  const { signoff } = input;
  const rejections: string[] = [];
  const required = unique(requiredRoles(signoff, input.changeType));
  const acknowledging = unique(signoff.conditionalAcknowledgedBy);
  const matter = unique([...required, ...acknowledging]);
  for (const role of matter) if (!signoff.roles[role]) rejections.push(`role ${role} is required but the playbook does not define it`);
  // Only the roles this change needs (and those acknowledging) take approvers; the rest are listed empty.
  const roles = matter.filter((r) => signoff.roles[r]);
  const others = Object.keys(signoff.roles).filter((r) => !matter.includes(r));
  const environments = roles.map((r) => roleEnvironment(signoff, r)).filter((e): e is string => e !== undefined);
  const covers = (a: ObservedApproval, env: string) => a.environments.some((e) => same(e, env));
  // Reviews of other environments of the run (staging, say) play no part.
  const reviews = sortByUser(input.approvals.filter((a) => environments.some((env) => covers(a, env))));

  for (const r of reviews.filter((a) => a.state === "rejected")) {
    rejections.push(`@${r.user} rejected the deployment in ${r.environments.join(", ")}${r.comment.trim() ? `: ${quote(r.comment)}` : " (no comment)"}`);
  }

  // People who approved, by login; self-approvers set aside unless the playbook allows them.
  const refused = new Map<string, NotCounted>();
  const people = new Map<string, Person>();
  for (const a of reviews.filter((r) => r.state === "approved")) {
    const key = a.user.toLowerCase();
    const self = selfReason(input, a.user);
    if (self && !signoff.selfApproval) refused.set(key, { user: a.user, why: self });
    else people.set(key, { user: people.get(key)?.user ?? a.user, reviews: [...(people.get(key)?.reviews ?? []), a] });
  }
  const fills = (role: string, p: Person) =>
    reviewIn(p.reviews, roleEnvironment(signoff, role)) !== undefined && fillsRole(signoff.roles[role]!, p.user, input.membership, input.owner);
  const assigned = assign(
    roles.map((role) => ({ role, count: signoff.roles[role]!.count, candidates: [...people].filter(([, p]) => fills(role, p)).map(([k]) => k) })),
    signoff.oneRolePerPerson,
  );

  const records = [...roles, ...others].map((role): RoleRecord => {
    const environment = roleEnvironment(signoff, role);
    const count = signoff.roles[role]!.count;
    const approvers = (assigned.get(role) ?? []).map((key) => {
      const review = reviewIn(people.get(key)!.reviews, environment)!;
      return { user: review.user, comment: review.comment, environment: environment!, observedAt: review.observedAt };
    });
    const isRequired = required.includes(role);
    return { role, ...(environment !== undefined && { environment }), required: isRequired, count, approvers, missing: isRequired ? count - approvers.length : 0 };
  });
  const holds = (key: string) => records.filter((r) => r.approvers.some((a) => a.user.toLowerCase() === key)).map((r) => r.role);

  // Why each person who approved a role's environment does not count for it.
  const whyNot = (role: string, key: string, user: string): string | undefined => {
    if (refused.has(key)) return refused.get(key)!.why;
    if (!fillsRole(signoff.roles[role]!, user, input.membership, input.owner)) return notInRole(role, signoff.roles[role]!);
    const elsewhere = holds(key).filter((r) => r !== role);
    return elsewhere.length > 0 ? `is counted for ${elsewhere.join(", ")}, and one person fills one role (one-role-per-person)` : undefined;
  };

  const silent = new Set<string>();
  for (const r of records.filter((x) => x.missing > 0)) {
    const env = r.environment;
    if (env === undefined) {
      rejections.push(`role ${r.role} has no environment to approve in`);
    } else if (!input.approvals.some((a) => covers(a, env))) {
      if (!silent.has(env.toLowerCase())) {
        const waiting = records.filter((x) => x.missing > 0 && x.environment !== undefined && same(x.environment, env)).map((x) => x.role);
        rejections.push(`no review in environment ${env}: the job waiting there for ${waiting.join(", ")} never ran or is still waiting`);
      }
      silent.add(env.toLowerCase());
    } else {
      const counted = r.approvers.length > 0 ? r.approvers.map((a) => `@${a.user}`).join(", ") : "nobody";
      const others = unique(reviews.filter((a) => a.state === "approved" && covers(a, env)).map((a) => a.user.toLowerCase()))
        .filter((key) => !r.approvers.some((a) => a.user.toLowerCase() === key))
        .flatMap((key) => {
          const user = (people.get(key) ?? refused.get(key))!.user;
          const why = whyNot(r.role, key, user);
          return why ? [`@${user} ${why}`] : [];
        });
      rejections.push(`role ${r.role} needs ${r.count} approver${r.count === 1 ? "" : "s"} in ${env}, counted ${counted}${others.length > 0 ? `; not counted: ${others.join("; ")}` : ""}`);
    }
  }

  const notCounted: NotCounted[] = [...refused.values()];
  for (const [key, p] of people) {
    if (holds(key).length > 0) continue;
    const could = roles.filter((role) => fills(role, p));
    const where = unique(p.reviews.flatMap((a) => a.environments));
    notCounted.push({
      user: p.user,
      why: could.length > 0 ? `could fill ${could.join(", ")}, already filled by others` : `approved in ${where.join(", ")} but fills no role that approves there`,
    });
  }

  // Stages: every stage must have been judged, and a go is the only clean verdict.
  const stages = input.stages.map((name) => ({ name, ...(input.verdicts[name] !== undefined && { verdict: input.verdicts[name] }) }));
  const conditionalStages: string[] = [];
  for (const s of stages) {
    if (s.verdict === undefined) rejections.push(`stage ${s.name} has not been judged yet; every stage needs a verdict before the sign-off`);
    else if (s.verdict === "no-go" || s.verdict === "inconclusive") rejections.push(`stage ${s.name} ended ${s.verdict}`);
    else if (s.verdict === "conditional") conditionalStages.push(s.name);
  }
  const isAcknowledged = acknowledging.length > 0 && acknowledging.every((role) => {
    const r = records.find((x) => x.role === role);
    return r !== undefined && r.approvers.length >= r.count;
  });
  const conditions: Condition[] = isAcknowledged ? [] : conditionalStages.map((stage) => ({ stage, text: `stage ${stage} ended conditional: a check warned` }));
  for (const a of reviews.filter((r) => r.state === "approved")) {
    const comment = a.comment.trim();
    if (comment.toLowerCase().startsWith(CONDITIONAL_PREFIX)) {
      conditions.push({ by: a.user, text: comment.slice(CONDITIONAL_PREFIX.length).trim() || "(no condition written)" });
    }
  }
  const unacknowledged = acknowledging.length > 0 ? ` (not acknowledged: ${acknowledging.join(", ")} did not all approve)` : "";

  return {
    decision: rejections.length > 0 ? "rejected" : conditions.length > 0 ? "conditional" : "approved",
    reasons: [...rejections, ...conditions.map((c) => (c.by !== undefined ? `@${c.by} approved on a condition: ${quote(c.text)}` : `${c.text}${unacknowledged}`))],
    ...(input.changeType !== undefined && { changeType: input.changeType }),
    roles: records,
    conditions,
    acknowledged: isAcknowledged ? conditionalStages : [],
    stages,
    notCounted: sortByUser(notCounted.map((n) => ({ ...n, comment: "" }))).map(({ user, why }) => ({ user, why })),
  };
}

function selfReason(input: SignoffInput, user: string): string | undefined {
  if (same(user, input.actor)) return "started the run, and self-approval is refused";
  if (input.pusher !== undefined && same(user, input.pusher)) return "pushed the commit being rolled out, and self-approval is refused";
  if (input.author !== undefined && same(user, input.author)) return "wrote the commit being rolled out, and self-approval is refused";
  return undefined;
}

function sortByUser<T extends { readonly user: string; readonly comment: string }>(list: readonly T[]): T[] {
  const key = (a: T) => `${a.user.toLowerCase()}\u0000${a.comment}\u0000${"environments" in a ? String(a.environments) : ""}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function quote(text: string): string {
  return JSON.stringify(text.trim());
}
