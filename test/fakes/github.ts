/**
 * A GitHub port in memory: deployments (newest first, payload kept as given), their
 * statuses, issues and tags, as the use cases see them through `GitHubPort`. It can be told
 * to fail a family of calls with a {@link GitHubError}, as the client reports a 403 or a
 * 5xx that did not recover.
 */
import { type Deployment, type DeploymentStatus, GitHubError, type GitHubPort, type RunContext } from "../../src/github/types.js";
import { fakeApprovals } from "./approvals.js";

export type GitHubCall = "deployments.create" | "deployments.list" | "deployments.statuses" | "deployments.setStatus" | "issues.create" | "refs.createTag";

export const RUN: RunContext = {
  owner: "octo-org",
  repo: "shop",
  runId: 7001,
  runAttempt: 1,
  runUrl: "https://github.com/octo-org/shop/actions/runs/7001",
  actor: "alice",
  sha: "0123456789abcdef0123456789abcdef01234567",
  ref: "refs/heads/main",
  serverUrl: "https://github.com",
  apiUrl: "https://api.github.com",
};

export function fakeGitHub(run: Partial<RunContext> = {}) {
  const deployments: Deployment[] = [];
  const statuses = new Map<number, DeploymentStatus[]>();
  const issues: { number: number; title: string; body: string }[] = [];
  const tags = new Map<string, string>();
  const calls: GitHubCall[] = [];
  const failing = new Map<GitHubCall, { error: GitHubError; after: number }>();
  let nextId = 1001;
  let clock = Date.parse("2026-01-05T10:00:00Z");
  const stamp = () => new Date((clock += 1000)).toISOString();
  const called = (call: GitHubCall) => {
    const made = calls.filter((c) => c === call).length;
    calls.push(call);
    const failure = failing.get(call);
    if (failure && made >= failure.after) throw failure.error;
  };
  const port: GitHubPort = {
    run: { ...RUN, ...run },
    deployments: {
      async create(d) {
        called("deployments.create");
        const deployment: Deployment = {
          id: nextId++,
          ref: d.ref,
          sha: port.run.sha,
          environment: d.environment,
          task: d.task,
          // As the API does: the payload goes out as JSON and comes back parsed.
          payload: JSON.parse(JSON.stringify(d.payload)),
          description: d.description,
          createdAt: stamp(),
        };
        deployments.unshift(deployment);
        statuses.set(deployment.id, []);
        return deployment;
      },
      async list(environment, options = {}) {
        called("deployments.list");
        return deployments.filter((d) => d.environment === environment && (options.task === undefined || d.task === options.task)).slice(0, options.limit ?? 30);
      },
      async statuses(id) {
        called("deployments.statuses");
        return [...(statuses.get(id) ?? [])];
      },
      async setStatus(id, s) {
        called("deployments.setStatus");
        const list = statuses.get(id);
        if (!list) throw new GitHubError(`GitHub answered 404 for deployment ${id}`, 404);
        const status: DeploymentStatus = { id: nextId++, createdAt: stamp(), ...s, ...(s.description !== undefined && { description: s.description.slice(0, 140) }) };
        list.unshift(status);
        return status;
      },
    },
    approvals: fakeApprovals([]),
    issues: {
      async create(issue) {
        called("issues.create");
        const number = issues.length + 1;
        issues.push({ number, title: issue.title, body: issue.body });
        return { number, url: `https://github.com/octo-org/shop/issues/${number}` };
      },
    },
    refs: {
      async createTag(name, sha) {
        called("refs.createTag");
        tags.set(name, sha);
      },
    },
  };
  return {
    port,
    deployments,
    issues,
    tags,
    calls,
    /** Statuses of a deployment, newest first. */
    statusesOf: (id: number) => statuses.get(id) ?? [],
    /** Makes `call` fail with `error` from now on, once it has been made `after` more times. */
    failOn(call: GitHubCall, error: GitHubError, after = 0) {
      failing.set(call, { error, after: calls.filter((c) => c === call).length + after });
    },
  };
}
