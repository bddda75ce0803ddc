/**
 * The release tag template of `signoff.tag` (`v{version}`): which placeholders it may hold,
 * and whether the name it yields is one git accepts as a tag.
 */

/** Placeholders a tag template may hold, and what each stands for. */
export const TAG_PLACEHOLDERS = {
  version: "the version rolled out",
  service: "the playbook's service",
} as const;

export type TagValues = Readonly<Record<keyof typeof TAG_PLACEHOLDERS, string>>;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Why a template cannot make a tag, or undefined when it can. */
export function tagTemplateProblem(template: string): string | undefined {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const unknown = names.filter((n) => !(n in TAG_PLACEHOLDERS));
  if (unknown.length > 0) {
    return `unknown placeholder ${unknown.map((n) => `{${n}}`).join(", ")}; expected ${Object.keys(TAG_PLACEHOLDERS).map((n) => `{${n}}`).join(" or ")}`;
  }
  // Without the version every release would ask for the same tag.
  if (!names.includes("version")) return `expected a template holding {version}, like v{version}, found ${JSON.stringify(template)}`;
  // Placeholders stand in as plain letters, so only the literal text is judged here.
  const problem = refNameProblem(template.replace(PLACEHOLDER, "x"));
  return problem && `${problem}, found ${JSON.stringify(template)}`;
}

/** The tag a template yields for these values. */
export function renderTag(template: string, values: TagValues): string {
  return template.replace(PLACEHOLDER, (_, n: string) => values[n as keyof TagValues] ?? `{${n}}`);
}

/** Why git would refuse `name` as a tag (the rules of `git check-ref-format`), or undefined. */
export function refNameProblem(name: string): string | undefined {
  if (name.length === 0) return "a tag name cannot be empty";
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return "a tag name cannot hold spaces, control characters or any of ~ ^ : ? * [ \\";
  if (name.includes("..")) return "a tag name cannot hold '..'";
  if (name.includes("@{") || name === "@") return "a tag name cannot hold '@{' or be '@'";
  if (name.startsWith("/") || name.endsWith("/") || name.includes("//")) return "a tag name cannot start or end with '/' or hold '//'";
  if (name.endsWith(".")) return "a tag name cannot end with '.'";
  if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock"))) return "no part of a tag name may start with '.' or end with '.lock'";
  return undefined;
}
