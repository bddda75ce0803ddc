/**
 * Checks of the `signoff` section that need more than one field: role references (read
 * from the raw document, so they are reported alongside schema mistakes), where each
 * role approves, and counts a role's people can fill.
 */
import type { Finding } from "./finding.js";
import type { Playbook } from "./types.js";

/**
 * Role references in `require`, `require-by-change-type` and `conditional-acknowledged-by`,
 * and the environment every role that can be required approves in, from the raw document.
 */
export function signoffReferenceFindings(raw: unknown): Finding[] {
  const signoff = isMapping(raw) ? raw["signoff"] : undefined;
  if (!isMapping(signoff) || !isMapping(signoff["roles"])) return [];
  const roles = signoff["roles"];
  const known = Object.keys(roles);
  const out: Finding[] = [];
  const required = new Set<string>();
  const list = (value: unknown, path: (string | number)[]) => {
    if (!Array.isArray(value)) return;
    value.forEach((r: unknown, j) => {
      if (typeof r !== "string") return;
      if (!known.includes(r)) out.push({ path: [...path, j], message: `no role named '${r}'; expected one of: ${known.join(", ") || "(no roles defined)"}` });
      else if (value.indexOf(r) !== j) out.push({ path: [...path, j], message: `role '${r}' is listed twice` });
      else required.add(r);
    });
  };
  if (signoff["require"] === undefined) known.forEach((r) => required.add(r));
  list(signoff["require"], ["signoff", "require"]);
  const byType = signoff["require-by-change-type"];
  if (isMapping(byType)) Object.entries(byType).forEach(([type, roleNames]) => list(roleNames, ["signoff", "require-by-change-type", type]));
  list(signoff["conditional-acknowledged-by"], ["signoff", "conditional-acknowledged-by"]);

  // A role with no environment of its own approves in the sign-off's; with neither, no
  // reviewer could ever approve for it and the sign-off could only reject.
  if (signoff["environment"] === undefined) {
    for (const r of required) {
      const role = roles[r];
      if (isMapping(role) && role["environment"] === undefined) {
        out.push({
          path: ["signoff", "roles", r, "environment"],
          at: "parent",
          message: `role '${r}' can be required but names no environment, and signoff names none for it; expected environment: signoff-${r} on the role (its required reviewers are the role), or signoff.environment for the roles that name none`,
        });
      }
    }
  }
  return out;
}

/** Problems of a schema-valid `signoff` section. */
export function signoffFindings(pb: Playbook): Finding[] {
  const s = pb.signoff;
  if (!s) return [];
  if (Object.keys(s.roles).length === 0) {
    return [{ path: ["signoff", "roles"], message: "expected at least one role, like engineering-lead: { teams: [eng-leads] }" }];
  }
  return Object.entries(s.roles).flatMap(([name, role]): Finding[] =>
    // Only a team can grow; a list of users caps how many people can ever approve.
    role.teams.length === 0 && role.count > role.users.length
      ? [{
          path: ["signoff", "roles", name, "count"],
          message: `role '${name}' asks for ${role.count} approvers but names only ${role.users.length} user${role.users.length === 1 ? "" : "s"} and no team; expected count at most ${role.users.length}, or more users or a team`,
        }]
      : [],
  );
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
