/**
 * The kind of change a release is, which picks the roles that must approve it (the change
 * table of the runbooks: configuration and patch need a team lead, minor the product
 * owner, major the engineering manager, a hotfix the on-call engineer).
 */
import { ConfigurationError } from "../errors.js";
import { CHANGE_TYPES, type ChangeType, type Signoff } from "../playbook/types.js";

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * The change from one semantic version to the next: the highest of major, minor and patch
 * that differs, whichever way (a downgrade is a change too). A different pre-release of
 * the same version is a patch. Versions may carry a `v` or be image references
 * (`ghcr.io/acme/api:v1.4.0`). Undefined when either is not a semantic version, there is
 * no previous version, or nothing changed: the caller must then be told the change type.
 * Versions below 1.0.0 are compared the same way: 0.3.0 to 0.4.0 is minor.
 */
export function changeTypeOf(previous: string | undefined, next: string): "major" | "minor" | "patch" | undefined {
  if (previous === undefined) return undefined;
  const [a, b] = [SEMVER.exec(versionPart(previous)), SEMVER.exec(versionPart(next))];
  if (!a || !b) return undefined;
  if (a[1] !== b[1]) return "major";
  if (a[2] !== b[2]) return "minor";
  if (a[3] !== b[3] || a[4] !== b[4]) return "patch";
  return undefined;
}

/** The version in an image reference (`repo/app:1.2.3` → `1.2.3`); other text as it is. */
function versionPart(version: string): string {
  const colon = version.lastIndexOf(":");
  return colon >= 0 && !version.slice(colon + 1).includes("/") ? version.slice(colon + 1) : version;
}

/** What the change type is resolved from: the input, else the versions. */
export interface ChangeTypeSources {
  /** The change type the caller was given (`configuration` and `hotfix` can only be given). */
  readonly given?: ChangeType;
  readonly previous?: string;
  readonly next: string;
  /** Names the input in the error, like `input 'change-type'`. */
  readonly where: string;
}

/**
 * The change type the sign-off uses: the one given, else the one the versions show. A
 * playbook with `require-by-change-type` that gets neither is a {@link ConfigurationError},
 * before anything is asked of GitHub: guessing would pick the wrong approvers.
 */
export function resolveChangeType(signoff: Signoff, sources: ChangeTypeSources): ChangeType | undefined {
  const type = sources.given ?? changeTypeOf(sources.previous, sources.next);
  if (type !== undefined || Object.keys(signoff.requireByChangeType).length === 0) return type;
  const versions = sources.previous === undefined
    ? `there is no previous version to compare ${JSON.stringify(sources.next)} with`
    : `${JSON.stringify(sources.previous)} to ${JSON.stringify(sources.next)} is not a change between semantic versions`;
  throw new ConfigurationError([{
    path: sources.where,
    message: `the playbook's signoff.require-by-change-type needs the change type, none was given, and ${versions}; expected one of ${CHANGE_TYPES.join(", ")}`,
  }]);
}

/** The roles a change of this type needs approved. */
export function requiredRoles(signoff: Signoff, changeType: ChangeType | undefined): readonly string[] {
  return (changeType !== undefined ? signoff.requireByChangeType[changeType] : undefined) ?? signoff.require;
}
