/**
 * What a sign-off decides from and what it decides. Everything here comes from GitHub or
 * the playbook, never from what an input claims about who approved.
 */
import type { Approval } from "../github/types.js";
import type { Verdict } from "../judge/types.js";
import type { ChangeType, Signoff } from "../playbook/types.js";

/** A review of the run as listed by GitHub, with the time this suite saw it (GitHub gives none). */
export interface ObservedApproval extends Approval {
  /** ISO time the review was read from the API. */
  readonly observedAt: string;
}

/** A team as GitHub addresses it. */
export interface TeamRef {
  readonly org: string;
  readonly slug: string;
}

/**
 * Team membership, looked up beforehand (see `collectApprovals`): true when `user` is an
 * active member. A pair never looked up is not a membership.
 */
export type Membership = (team: TeamRef, user: string) => boolean;

/** Everything {@link decide} reads; pure data, resolved before deciding. */
export interface SignoffInput {
  readonly signoff: Signoff;
  /** The playbook's stages, in order. */
  readonly stages: readonly string[];
  /** Each judged stage's verdict, from the state or the latest deployment's payload. */
  readonly verdicts: Readonly<Record<string, Verdict>>;
  /** Every review of the run, from the API. */
  readonly approvals: readonly ObservedApproval[];
  readonly membership: Membership;
  /** The repository owner: the organization of a team written without one. */
  readonly owner: string;
  /** Who started the run. */
  readonly actor: string;
  /** Who pushed the commit being rolled out, when known. */
  readonly pusher?: string;
  /** Who wrote the commit being rolled out (its author's GitHub login), when known. */
  readonly author?: string;
  /** Picks the roles of `require-by-change-type`; absent: `require`. */
  readonly changeType?: ChangeType;
}

export type SignoffOutcome = "approved" | "conditional" | "rejected";

/** A person counted for a role. */
export interface RoleApprover {
  readonly user: string;
  readonly comment: string;
  readonly environment: string;
  readonly observedAt: string;
}

export interface RoleRecord {
  readonly role: string;
  /** Where the role approves; absent when neither the role nor the sign-off names one. */
  readonly environment?: string;
  readonly required: boolean;
  /** People the role needs. */
  readonly count: number;
  readonly approvers: readonly RoleApprover[];
  /** People still missing (0 when covered; always 0 for a role not required). */
  readonly missing: number;
}

/** Why the decision is conditional, for the record. */
export interface Condition {
  readonly text: string;
  /** The stage whose `conditional` verdict this is. */
  readonly stage?: string;
  /** The approver who wrote a `conditional:` comment. */
  readonly by?: string;
}

/** A person who approved but was not counted, and why. */
export interface NotCounted {
  readonly user: string;
  readonly why: string;
}

export interface SignoffDecision {
  readonly decision: SignoffOutcome;
  /** Every reason the decision is not `approved`, in words naming who and what. */
  readonly reasons: readonly string[];
  readonly changeType?: ChangeType;
  /** Every role of the playbook: required ones first, in the order they are required. */
  readonly roles: readonly RoleRecord[];
  readonly conditions: readonly Condition[];
  /** Conditional stages the approvals acknowledged (`conditional-acknowledged-by`). */
  readonly acknowledged: readonly string[];
  readonly stages: readonly { readonly name: string; readonly verdict?: Verdict }[];
  readonly notCounted: readonly NotCounted[];
}
