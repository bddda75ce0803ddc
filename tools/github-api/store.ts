/**
 * What the fake GitHub remembers, and how each implemented operation changes or reads it,
 * following GitHub's documented behaviour: ids that only grow, lists newest first, paging
 * with a `Link` header, `auto_inactive` on a successful status, 422 for an existing ref.
 */
import * as objects from "./objects.js";
import type { DeploymentRecord, Site, StatusRecord } from "./objects.js";

type Json = Record<string, unknown>;

/** A request the store answers: path parameters, query (typed), JSON body, and who asks. */
export interface StoreRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: Json;
  /** The login the token belongs to. */
  readonly login: string;
  /** The full request URL, for `Link` headers. */
  readonly url: URL;
}

/** An answer: status, JSON body and extra headers. */
export interface StoreAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A review of a run's pending deployments, as tests seed it. */
export interface SeededApproval {
  readonly user: string;
  readonly state: "approved" | "rejected" | "pending";
  readonly comment?: string;
  readonly environments: readonly string[];
}

/** A reviewer of an environment: a user login or an `org/slug` team. */
export type SeededReviewer = { readonly user: string } | { readonly team: string };

const DOCS = "https://docs.github.com/rest";

/** Every operation the fake implements, by operationId, over one repository's state. */
export class Store {
  readonly deployments: DeploymentRecord[] = [];
  readonly statuses: StatusRecord[] = [];
  readonly issues: Json[] = [];
  /** `refs/heads/main` → sha. */
  readonly refs = new Map<string, string>();
  readonly approvals = new Map<number, SeededApproval[]>();
  /** `org/slug` → login → membership state. */
  readonly teams = new Map<string, Map<string, "active" | "pending">>();
  readonly environments = new Map<string, { id: number; createdAt: string; reviewers: SeededReviewer[]; preventSelfReview: boolean; waitTimer: number }>();
  private nextDeployment = 1001;
  private nextStatus = 9001;
  private nextEnvironment = 401;

  constructor(
    private readonly site: Site,
    private readonly now: () => Date,
  ) {}

  /** Records an environment (GitHub creates one on the first deployment to it). */
  ensureEnvironment(name: string): void {
    if (!this.environments.has(name)) {
      this.environments.set(name, { id: this.nextEnvironment++, createdAt: this.timestamp(), reviewers: [], preventSelfReview: false, waitTimer: 0 });
    }
  }

  readonly handlers: Record<string, (r: StoreRequest) => StoreAnswer> = {
    "repos/create-deployment": (r) => {
      const ref = String(r.body["ref"]);
      const sha = this.resolve(ref);
      if (!sha) return validation(`No ref found for: ${ref}`, "Deployment", "ref");
      const environment = (r.body["environment"] as string | undefined) ?? "production";
      this.ensureEnvironment(environment);
      const record: DeploymentRecord = {
        id: this.nextDeployment++,
        ref,
        sha,
        task: (r.body["task"] as string | undefined) ?? "deploy",
        payload: r.body["payload"] ?? "",
        environment,
        description: (r.body["description"] as string | null | undefined) ?? "",
        creator: r.login,
        createdAt: this.timestamp(),
        transientEnvironment: r.body["transient_environment"] === true,
        productionEnvironment: (r.body["production_environment"] as boolean | undefined) ?? environment === "production",
      };
      this.deployments.push(record);
      return { status: 201, body: objects.deployment(this.site, record) };
    },
    "repos/list-deployments": (r) => {
      const q = r.query;
      const found = this.deployments
        .filter((d) => (q["environment"] === undefined || d.environment === q["environment"]) && (q["task"] === undefined || d.task === q["task"]))
        .filter((d) => (q["ref"] === undefined || d.ref === q["ref"]) && (q["sha"] === undefined || d.sha === q["sha"]))
        .reverse();
      return page(r, found, (d) => objects.deployment(this.site, d));
    },
    "repos/get-deployment": (r) => {
      const d = this.deployment(r.params["deployment_id"]);
      return d ? { status: 200, body: objects.deployment(this.site, d) } : notFound();
    },
    "repos/create-deployment-status": (r) => this.createStatus(r),
    "repos/list-deployment-statuses": (r) => {
      const d = this.deployment(r.params["deployment_id"]);
      if (!d) return notFound();
      const list = this.statuses.filter((s) => s.deploymentId === d.id).reverse();
      return page(r, list, (s) => objects.deploymentStatus(this.site, s));
    },
    "actions/get-reviews-for-run": (r) => {
      const reviews = this.approvals.get(Number(r.params["run_id"])) ?? [];
      return {
        status: 200,
        body: reviews.map((a) => ({
          state: a.state,
          comment: a.comment ?? "",
          user: objects.user(this.site, a.user),
          environments: a.environments.map((name) => {
            this.ensureEnvironment(name);
            const env = this.environments.get(name)!;
            return objects.approvalEnvironment(this.site, name, env.id, env.createdAt);
          }),
        })),
      };
    },
    "teams/get-membership-for-user-in-org": (r) => {
      const members = this.teams.get(`${r.params["org"]}/${r.params["team_slug"]}`);
      const state = members?.get(r.params["username"]!);
      if (!state) return notFound();
      const url = `${this.site.api}/organizations/1/team/${objects.userId(`${r.params["org"]}/${r.params["team_slug"]}`)}/memberships/${r.params["username"]}`;
      return { status: 200, body: { url, role: "member", state } };
    },
    "teams/get-by-name": (r) => {
      const [org, slug] = [r.params["org"]!, r.params["team_slug"]!];
      const members = this.teams.get(`${org}/${slug}`);
      return members ? { status: 200, body: objects.teamFull(this.site, org, slug, members.size, this.timestamp()) } : notFound();
    },
    "repos/get-environment": (r) => {
      const name = r.params["environment_name"]!;
      const env = this.environments.get(name);
      if (!env) return notFound();
      const reviewers = env.reviewers.map((rv) =>
        "user" in rv
          ? { type: "User", reviewer: objects.user(this.site, rv.user) }
          : { type: "Team", reviewer: objects.team(this.site, rv.team.split("/")[0]!, rv.team.split("/")[1]!) },
      );
      return { status: 200, body: objects.environment(this.site, name, env.id, env.createdAt, { ...env, reviewers }) };
    },
    "issues/create": (r) => {
      const labels = ((r.body["labels"] as unknown[] | undefined) ?? []).map((l) => (typeof l === "string" ? l : String((l as Json)["name"])));
      const body = objects.issue(this.site, this.issues.length + 1, r.login, { title: String(r.body["title"]), body: (r.body["body"] as string | undefined) ?? null, labels }, this.timestamp());
      this.issues.push(body);
      return { status: 201, body };
    },
    "git/create-ref": (r) => {
      const ref = String(r.body["ref"]);
      const sha = String(r.body["sha"]);
      if (!/^refs\/[^/]+\/.+/.test(ref)) return validation(`${ref} is not a valid ref name.`, "Reference", "ref");
      if (!/^[0-9a-f]{40}$/.test(sha)) return validation("Object does not exist", "Reference", "sha");
      if (this.refs.has(ref)) return validation("Reference already exists", "Reference", "ref");
      this.refs.set(ref, sha);
      return { status: 201, body: objects.gitRef(this.site, ref, sha) };
    },
    "git/get-ref": (r) => {
      const ref = `refs/${r.params["ref"]}`;
      const sha = this.refs.get(ref);
      return sha ? { status: 200, body: objects.gitRef(this.site, ref, sha) } : notFound();
    },
  };

  private createStatus(r: StoreRequest): StoreAnswer {
    const d = this.deployment(r.params["deployment_id"]);
    if (!d) return notFound();
    const description = (r.body["description"] as string | undefined) ?? "";
    if (description.length > 140) return validation("description is too long (maximum is 140 characters)", "DeploymentStatus", "description");
    const state = String(r.body["state"]);
    const previous = this.statuses.filter((s) => s.deploymentId === d.id).at(-1);
    const record: StatusRecord = {
      id: this.nextStatus++,
      deploymentId: d.id,
      state,
      description,
      environment: (r.body["environment"] as string | undefined) ?? previous?.environment ?? d.environment,
      logUrl: (r.body["log_url"] as string | undefined) ?? (r.body["target_url"] as string | undefined) ?? "",
      environmentUrl: (r.body["environment_url"] as string | undefined) ?? "",
      creator: r.login,
      createdAt: this.timestamp(),
    };
    this.statuses.push(record);
    // GitHub: a success adds an `inactive` status to every earlier non-transient,
    // non-production deployment of the same environment whose latest status is success.
    if (state === "success" && r.body["auto_inactive"] !== false) {
      for (const other of this.deployments) {
        if (other.id >= d.id || other.environment !== record.environment || other.transientEnvironment || other.productionEnvironment) continue;
        const latest = this.statuses.filter((s) => s.deploymentId === other.id).at(-1);
        if (latest?.state !== "success") continue;
        this.statuses.push({ ...latest, id: this.nextStatus++, state: "inactive", description: "", creator: r.login, createdAt: this.timestamp() });
      }
    }
    return { status: 201, body: objects.deploymentStatus(this.site, record), headers: { Location: `${this.site.api}/repos/${this.site.owner}/${this.site.repo}/deployments/${d.id}/statuses/${record.id}` } };
  }

  private deployment(id: string | undefined): DeploymentRecord | undefined {
    return this.deployments.find((d) => String(d.id) === id);
  }

  /** A ref's commit: a full sha stands for itself; branches and tags are looked up. */
  private resolve(ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    const name = ref.replace(/^refs\//, "");
    return this.refs.get(`refs/${name}`) ?? this.refs.get(`refs/heads/${name}`) ?? this.refs.get(`refs/tags/${name}`);
  }

  private timestamp(): string {
    return this.now().toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

/** One page of a list (`per_page` at most 100, as GitHub caps it) with GitHub's `Link` header. */
function page<T>(r: StoreRequest, items: readonly T[], render: (item: T) => Json): StoreAnswer {
  const perPage = Math.min(Math.max(Number(r.query["per_page"] ?? 30), 1), 100);
  const current = Math.max(Number(r.query["page"] ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const url = new URL(r.url);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links = [
    ...(current > 1 ? [link(current - 1, "prev"), link(1, "first")] : []),
    ...(current < last ? [link(current + 1, "next"), link(last, "last")] : []),
  ];
  return {
    status: 200,
    body: items.slice((current - 1) * perPage, current * perPage).map(render),
    headers: links.length > 0 ? { Link: links.join(", ") } : {},
  };
}

/** GitHub's 404 body. */
export function notFound(message = "Not Found"): StoreAnswer {
  return { status: 404, body: { message, documentation_url: DOCS, status: "404" } };
}

/** GitHub's 422 body for a rule the schema cannot express. */
function validation(message: string, resource: string, field: string): StoreAnswer {
  return {
    status: 422,
    body: { message, documentation_url: DOCS, errors: [{ resource, code: "custom", field, message }] },
  };
}
