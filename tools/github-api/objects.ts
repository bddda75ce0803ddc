/**
 * GitHub's resources as the REST API writes them (every field the description requires),
 * built from the fake's plain records. API URLs point at the fake itself; HTML URLs at
 * github.com.
 */

type Json = Record<string, unknown>;

/** Where the fake lives and which repository it serves. */
export interface Site {
  /** The fake's base URL (`http://127.0.0.1:PORT`), used for every API URL. */
  readonly api: string;
  readonly owner: string;
  readonly repo: string;
}

const HTML = "https://github.com";

/** A stable numeric id for a login, so the same user has the same id everywhere. */
export function userId(login: string): number {
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000;
  return 1000 + hash;
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString("base64");
}

/** `simple-user`. */
export function user(site: Site, login: string): Json {
  // GitHub escapes the brackets of bot logins (`github-actions%5Bbot%5D`) in URLs.
  const url = `${site.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: userId(login),
    node_id: nodeId("User", userId(login)),
    avatar_url: `https://avatars.githubusercontent.com/u/${userId(login)}?v=4`,
    gravatar_id: "",
    url,
    html_url: `${HTML}/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith("[bot]") ? "Bot" : "User",
    site_admin: false,
  };
}

/** `team`, as environment protection rules list team reviewers. */
export function team(site: Site, org: string, slug: string): Json {
  const id = userId(`${org}/${slug}`);
  return {
    id,
    node_id: nodeId("Team", id),
    url: `${site.api}/orgs/${org}/teams/${slug}`,
    html_url: `${HTML}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: "closed",
    notification_setting: "notifications_enabled",
    permission: "pull",
    members_url: `${site.api}/orgs/${org}/teams/${slug}/members{/member}`,
    repositories_url: `${site.api}/orgs/${org}/teams/${slug}/repos`,
    parent: null,
    type: "organization",
  };
}

/** `team-full`, as `GET /orgs/{org}/teams/{team_slug}` answers it. */
export function teamFull(site: Site, org: string, slug: string, membersCount: number, createdAt: string): Json {
  const orgUrl = `${site.api}/orgs/${org}`;
  const orgId = userId(`org:${org}`);
  return {
    ...team(site, org, slug),
    members_count: membersCount,
    repos_count: 1,
    created_at: createdAt,
    updated_at: createdAt,
    organization: {
      login: org,
      id: orgId,
      node_id: nodeId("Organization", orgId),
      url: orgUrl,
      repos_url: `${orgUrl}/repos`,
      events_url: `${orgUrl}/events`,
      hooks_url: `${orgUrl}/hooks`,
      issues_url: `${orgUrl}/issues`,
      members_url: `${orgUrl}/members{/member}`,
      public_members_url: `${orgUrl}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${orgId}?v=4`,
      description: null,
      html_url: `${HTML}/${org}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: "Organization",
      created_at: createdAt,
      updated_at: createdAt,
      archived_at: null,
    },
  };
}

/** A deployment record as the fake stores it. */
export interface DeploymentRecord {
  readonly id: number;
  readonly ref: string;
  readonly sha: string;
  readonly task: string;
  /** Stored as given: an object or a string. */
  readonly payload: unknown;
  readonly environment: string;
  readonly description: string | null;
  readonly creator: string;
  readonly createdAt: string;
  readonly transientEnvironment: boolean;
  readonly productionEnvironment: boolean;
}

/** A deployment status record as the fake stores it. */
export interface StatusRecord {
  readonly id: number;
  readonly deploymentId: number;
  readonly state: string;
  readonly description: string;
  readonly environment: string;
  readonly logUrl: string;
  readonly environmentUrl: string;
  readonly creator: string;
  readonly createdAt: string;
}

function repoUrl(site: Site): string {
  return `${site.api}/repos/${site.owner}/${site.repo}`;
}

/** `deployment`. */
export function deployment(site: Site, d: DeploymentRecord): Json {
  const url = `${repoUrl(site)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId("Deployment", d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: user(site, d.creator),
    created_at: d.createdAt,
    updated_at: d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(site),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
    performed_via_github_app: null,
  };
}

/** `deployment-status`. */
export function deploymentStatus(site: Site, s: StatusRecord): Json {
  const deploymentUrl = `${repoUrl(site)}/deployments/${s.deploymentId}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId("DeploymentStatus", s.id),
    state: s.state,
    creator: user(site, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    // Both are URIs in the description; GitHub leaves them out when they were never set.
    ...(s.logUrl ? { log_url: s.logUrl } : {}),
    ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoUrl(site),
    performed_via_github_app: null,
  };
}

/** `environment` with its protection rules. */
export function environment(
  site: Site,
  name: string,
  id: number,
  createdAt: string,
  protection: { readonly reviewers: readonly Json[]; readonly preventSelfReview: boolean; readonly waitTimer: number },
): Json {
  const rules: Json[] = [];
  if (protection.waitTimer > 0) rules.push({ id: id * 10 + 1, node_id: nodeId("Gate", id * 10 + 1), type: "wait_timer", wait_timer: protection.waitTimer });
  if (protection.reviewers.length > 0) {
    rules.push({
      id: id * 10 + 2,
      node_id: nodeId("Gate", id * 10 + 2),
      type: "required_reviewers",
      prevent_self_review: protection.preventSelfReview,
      reviewers: protection.reviewers,
    });
  }
  return {
    id,
    node_id: nodeId("Environment", id),
    name,
    url: `${repoUrl(site)}/environments/${encodeURIComponent(name)}`,
    html_url: `${HTML}/${site.owner}/${site.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
    created_at: createdAt,
    updated_at: createdAt,
    protection_rules: rules,
    deployment_branch_policy: null,
  };
}

/** One environment as `environment-approvals` lists it. */
export function approvalEnvironment(site: Site, name: string, id: number, createdAt: string): Json {
  return {
    id,
    node_id: nodeId("Environment", id),
    name,
    url: `${repoUrl(site)}/environments/${encodeURIComponent(name)}`,
    html_url: `${HTML}/${site.owner}/${site.repo}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
    created_at: createdAt,
    updated_at: createdAt,
  };
}

/** `issue`, freshly opened. */
export function issue(site: Site, number: number, by: string, fields: { title: string; body: string | null; labels: readonly string[] }, at: string): Json {
  const id = 50_000 + number;
  const url = `${repoUrl(site)}/issues/${number}`;
  return {
    id,
    node_id: nodeId("Issue", id),
    url,
    repository_url: repoUrl(site),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${HTML}/${site.owner}/${site.repo}/issues/${number}`,
    number,
    state: "open",
    title: fields.title,
    body: fields.body,
    user: user(site, by),
    labels: fields.labels.map((name) => ({
      id: userId(`label:${name}`),
      node_id: nodeId("Label", userId(`label:${name}`)),
      url: `${repoUrl(site)}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: "ededed",
      default: false,
    })),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    closed_at: null,
    created_at: at,
    updated_at: at,
    author_association: "NONE",
  };
}

/** `git-ref` pointing at a commit. */
export function gitRef(site: Site, ref: string, sha: string): Json {
  return {
    ref,
    node_id: nodeId("Ref", userId(ref)),
    url: `${repoUrl(site)}/git/${ref}`,
    object: { type: "commit", sha, url: `${repoUrl(site)}/git/commits/${sha}` },
  };
}
