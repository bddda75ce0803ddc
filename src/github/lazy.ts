/**
 * The GitHub client, loaded on its first call: Octokit and its plugins are a good part of
 * a bundle's start-up, and a dry run or a step that never reaches GitHub does without them.
 */
import type { GitHubClientOptions } from "./client.js";
import type { GitHubPort } from "./types.js";

/** A {@link GitHubPort} whose client is made when first asked. */
export function lazyGitHubClient(options: GitHubClientOptions): GitHubPort {
  let client: Promise<GitHubPort> | undefined;
  const get = () => (client ??= import("./client.js").then((m) => m.createGitHubClient(options)));
  return {
    run: options.run,
    deployments: {
      create: async (d) => (await get()).deployments.create(d),
      list: async (environment, o) => (await get()).deployments.list(environment, o),
      statuses: async (id) => (await get()).deployments.statuses(id),
      setStatus: async (id, s) => (await get()).deployments.setStatus(id, s),
    },
    approvals: {
      list: async (runId) => (await get()).approvals.list(runId),
      environment: async (name) => (await get()).approvals.environment(name),
      isTeamMember: async (org, team, user) => (await get()).approvals.isTeamMember(org, team, user),
    },
    issues: { create: async (issue) => (await get()).issues.create(issue) },
    refs: { createTag: async (name, sha) => (await get()).refs.createTag(name, sha) },
  };
}
