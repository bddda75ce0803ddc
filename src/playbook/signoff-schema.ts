/**
 * The schema of the playbook's `signoff` section, part of the playbook schema in
 * `schema.ts`: roles as GitHub users and teams, each approving in its own environment or
 * in the sign-off's, the roles required by change type, and the release tag.
 */
import { z } from "zod";
import { forms, name } from "./fields.js";
import { tagTemplateProblem } from "./tag.js";
import { CHANGE_TYPES, type ChangeType, type Signoff, type SignoffRole } from "./types.js";

const githubLogin = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\[bot\])?$/, { error: (i) => `expected a GitHub login, found ${JSON.stringify(i.input)}` }).register(forms, { expected: "a GitHub login" });
const teamSlug = z.string().regex(/^([A-Za-z0-9-]+\/)?[A-Za-z0-9_.-]+$/, { error: (i) => `expected a team slug (eng-leads or org/eng-leads), found ${JSON.stringify(i.input)}` }).register(forms, { expected: "a team slug (eng-leads or org/eng-leads)" });
const environment = (description: string) =>
  z.string().min(1).meta({ description }).register(forms, { expected: "a GitHub environment name" });
const roleList = (description: string) => z.array(name("role")).min(1).meta({ description });

const role = z
  .strictObject({
    users: z.array(githubLogin).optional().meta({ description: "GitHub logins that fill the role (compared without regard to case)." }),
    teams: z.array(teamSlug).optional().meta({ description: "Teams whose active members fill the role: org/slug, or slug in the repository owner's organization." }),
    environment: environment("The GitHub environment whose required reviewers are this role, like signoff-security. Default: signoff.environment.").optional(),
    count: z.number().int().min(1).optional()
      .meta({ description: "How many different people must approve for the role. Default 1." })
      .register(forms, { expected: "a whole number of at least 1" }),
  })
  .refine((r) => (r.users?.length ?? 0) + (r.teams?.length ?? 0) > 0, { error: "expected at least one of users or teams" })
  .transform((r): SignoffRole => ({
    users: r.users ?? [],
    teams: r.teams ?? [],
    ...(r.environment !== undefined && { environment: r.environment }),
    count: r.count ?? 1,
  }));

const tag = z
  .string()
  .superRefine((t, ctx) => {
    const problem = tagTemplateProblem(t);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: t });
  })
  .meta({ description: "Tag created at the rolled-out commit on approval: a template holding {version} (and optionally {service}), like v{version}." })
  .register(forms, { expected: "a tag template like v{version}" });

/** The `signoff` section, as written. */
export const signoffSchema = z
  .strictObject({
    environment: environment("GitHub environment whose required reviewers approve for every role that names no environment of its own. Optional when each role that can be required names one.").optional(),
    roles: z
      .record(name("role"), role)
      .meta({ description: "Roles (engineering-lead, sre, security) as GitHub users or teams." }),
    require: roleList("Roles that must approve. Default: every role.").optional(),
    "require-by-change-type": z
      .strictObject(Object.fromEntries(CHANGE_TYPES.map((t) => [t, roleList(`Roles that must approve a ${t} change.`).optional()])) as Record<ChangeType, z.ZodOptional<ReturnType<typeof roleList>>>)
      .optional()
      .meta({ description: "Roles that must approve, by change type (configuration, patch, minor, major, hotfix); a change type not listed needs the roles of require." }),
    "one-role-per-person": z.boolean().optional().meta({ description: "May one person fill only one role? Default true." }),
    "self-approval": z.boolean().optional().meta({ description: "May the person who started the run, or pushed its commit, approve it? Default false." }),
    "conditional-acknowledged-by": roleList("Roles whose approval accepts a conditional stage verdict: when all of them approved, a conditional stage does not make the decision conditional.").optional(),
    tag: tag.optional(),
  })
  .transform((s): Signoff => ({
    ...(s.environment !== undefined && { environment: s.environment }),
    roles: s.roles,
    require: s.require ?? Object.keys(s.roles),
    requireByChangeType: Object.fromEntries(Object.entries(s["require-by-change-type"] ?? {}).filter(([, roles]) => roles !== undefined)),
    selfApproval: s["self-approval"] ?? false,
    oneRolePerPerson: s["one-role-per-person"] ?? true,
    conditionalAcknowledgedBy: s["conditional-acknowledged-by"] ?? [],
    ...(s.tag !== undefined && { tag: s.tag }),
  }));
