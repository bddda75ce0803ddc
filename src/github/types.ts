/**
 * The port to GitHub: deployments and their statuses, the approvals of a run, team
 * membership, issues and tags. The use cases see only this; `github/client.ts` implements
 * it with Octokit, and tests use a local server that answers from GitHub's OpenAPI
 * description. Failures come back as {@link GitHubError}, naming the permission a 403 or
 * 404 usually means is missing.
 */

/** The run the action executes in, from the runner's environment. */
export interface RunContext {
  readonly owner: string;
  readonly repo: string;
  readonly runId: number;
  readonly runAttempt: number;
  /** https://github.com/OWNER/REPO/actions/runs/ID, for `log_url` and reports. */
  readonly runUrl: string;
  /** Who started the run. */
  readonly actor: string;
  readonly sha: string;
  readonly ref: string;
  readonly serverUrl: string;
  /** The REST API base URL (`GITHUB_API_URL`): https://api.github.com, or GHES's `/api/v3`. */
  readonly apiUrl: string;
}

/** A deployment as GitHub holds it. */
export interface Deployment {
  readonly id: number;
  readonly ref: string;
  readonly sha: string;
  readonly environment: string;
  readonly task: string;
  /** What the suite stored with it: the rollout's state (see `state.ts`). */
  readonly payload: unknown;
  readonly description?: string;
  readonly createdAt: string;
  readonly creator?: string;
}

export type DeploymentStatusState = "error" | "failure" | "inactive" | "in_progress" | "queued" | "pending" | "success";

export interface DeploymentStatus {
  readonly id: number;
  readonly state: DeploymentStatusState;
  readonly description?: string;
  readonly logUrl?: string;
  readonly environmentUrl?: string;
  readonly createdAt: string;
}

export interface NewDeployment {
  readonly ref: string;
  readonly environment: string;
  readonly task: string;
  readonly payload: unknown;
  readonly description: string;
  readonly transientEnvironment: boolean;
  readonly productionEnvironment: boolean;
}

export interface NewDeploymentStatus {
  readonly state: DeploymentStatusState;
  /** At most 140 characters; longer text is cut by the client. */
  readonly description?: string;
  readonly logUrl?: string;
  readonly environmentUrl?: string;
}

export interface DeploymentsPort {
  /** Creates a deployment with `required_contexts: []` and `auto_merge: false`. */
  create(deployment: NewDeployment): Promise<Deployment>;
  /** Deployments of an environment (and task, when given), newest first. */
  list(environment: string, options?: { readonly task?: string; readonly limit?: number }): Promise<Deployment[]>;
  /** Statuses of a deployment, newest first. */
  statuses(id: number): Promise<DeploymentStatus[]>;
  setStatus(id: number, status: NewDeploymentStatus): Promise<DeploymentStatus>;
}

/** One review of a run's pending deployments (`GET …/actions/runs/{id}/approvals`). */
export interface Approval {
  readonly user: string;
  readonly state: "approved" | "rejected";
  readonly comment: string;
  /** The environments this review covered. */
  readonly environments: readonly string[];
}

/** A reviewer an environment's protection rule names. */
export type EnvironmentReviewer = { readonly type: "User"; readonly login: string } | { readonly type: "Team"; readonly org: string; readonly slug: string };

/** An environment's deployment protection, as `GET …/environments/{name}` gives it. */
export interface EnvironmentProtection {
  readonly name: string;
  /** Who may approve a job waiting on the environment; empty when it has no required reviewers. */
  readonly reviewers: readonly EnvironmentReviewer[];
  readonly preventSelfReview: boolean;
  readonly waitTimerMinutes: number;
}

export interface ApprovalsPort {
  /** Every decided review of the run (approved or rejected), as GitHub lists them; bare comments are left out. */
  list(runId: number): Promise<Approval[]>;
  /** The environment's protection rules, or undefined when the repository has no such environment. */
  environment(name: string): Promise<EnvironmentProtection | undefined>;
  /** Whether the user is an active member of the team (`org/slug`); needs a token that can read org membership. */
  isTeamMember(org: string, teamSlug: string, user: string): Promise<boolean>;
}

export interface IssuesPort {
  create(issue: { readonly title: string; readonly body: string; readonly labels?: readonly string[] }): Promise<{ readonly number: number; readonly url: string }>;
}

export interface RefsPort {
  /** Creates the lightweight tag `refs/tags/NAME` at `sha`; an existing tag at the same sha is success. */
  createTag(name: string, sha: string): Promise<void>;
}

/** Everything the use cases ask of GitHub. */
export interface GitHubPort {
  readonly run: RunContext;
  readonly deployments: DeploymentsPort;
  readonly approvals: ApprovalsPort;
  readonly issues: IssuesPort;
  readonly refs: RefsPort;
}

/** A GitHub call that failed; `message` says what was asked, what GitHub said and what to do. */
export class GitHubError extends Error {
  override readonly name = "GitHubError";
  constructor(
    message: string,
    /** HTTP status, or 0 when no answer came. */
    readonly status: number,
  ) {
    super(message);
  }
}
