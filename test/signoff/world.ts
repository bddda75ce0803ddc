/**
 * A sign-off's world on the local GitHub API: a playbook with three roles in their own
 * environments, a rollout recorded as a deployment, the environments protected, and the
 * state the last gate hands the sign-off job.
 */
import { parsePlaybook } from "../../src/playbook/load.js";
import { playbookDigest } from "../../src/playbook/digest.js";
import type { Playbook } from "../../src/playbook/types.js";
import type { DeployState } from "../../src/state.js";
import type { GitHubPort } from "../../src/github/types.js";
import type { RunningGitHubApi } from "../../tools/github-api/server.js";

/** sre: team octo-org/sre; security: users sec and sam; product: user pia (major changes only); tagged v{version}. */
export const PLAYBOOK_TEXT = `version: 1
service: api
selectors: { canary: { track: canary }, baseline: { track: stable } }
checks:
  health: { http: "http://127.0.0.1:1/health", expect: { status: 200 } }
stages:
  - { name: canary, weight: 10, soak: 30m, interval: 1m, checks: [health] }
  - { name: full, weight: 100, soak: 1h, interval: 5m, checks: [health] }
signoff:
  roles:
    sre: { teams: [sre], environment: signoff-sre }
    security: { users: [sec, sam], environment: signoff-security }
    product: { users: [pia], environment: signoff-product }
  require: [sre, security]
  require-by-change-type:
    major: [sre, security, product]
    hotfix: [sre]
  tag: v{version}
`;

export const PLAYBOOK: Playbook = parsePlaybook(PLAYBOOK_TEXT, "deploy.yml");

/** The same rollout with a single environment for every role (the simple way). */
export const SIMPLE_PLAYBOOK: Playbook = parsePlaybook(
  `version: 1
service: api
selectors: { canary: { track: canary }, baseline: { track: stable } }
checks:
  health: { http: "http://127.0.0.1:1/health", expect: { status: 200 } }
stages:
  - { name: canary, weight: 10, soak: 30m, interval: 1m, checks: [health] }
signoff:
  environment: production
  roles:
    lead: { users: [lee] }
`,
  "simple.yml",
);

/** The state after the last gate of a rollout of `version`, both stages go. */
export function stateOf(playbook: Playbook, overrides: Partial<DeployState> = {}): DeployState {
  return {
    version: 1,
    service: playbook.service,
    stage: playbook.stages.at(-1)!.name,
    weight: playbook.stages.at(-1)!.weight,
    targetVersion: "1.5.0",
    status: "rolling-out",
    digest: playbookDigest(playbook),
    startedAt: "2026-01-05T09:00:00Z",
    updatedAt: "2026-01-05T11:00:00Z",
    verdicts: Object.fromEntries(playbook.stages.map((s) => [s.name, "go"])),
    run: { id: "7001", url: "https://github.com/octo-org/web/actions/runs/7001" },
    ...overrides,
  };
}

/** Records a rollout as the canary does: a deployment whose payload is the state at its start, in progress (or `status`). */
export async function recordRollout(client: GitHubPort, state: DeployState, status: "in_progress" | "success" | "failure" = "in_progress", environment = "production"): Promise<DeployState> {
  const atStart = { ...state, verdicts: {}, stage: "canary", weight: 10 };
  const d = await client.deployments.create({
    ref: "main",
    environment,
    task: `deploy:${state.service}`,
    payload: atStart,
    description: `${state.service} ${state.targetVersion}`,
    transientEnvironment: false,
    productionEnvironment: environment === "production",
  });
  await client.deployments.setStatus(d.id, { state: status });
  return { ...state, deployment: { id: d.id, environment } };
}

/** Protects each role's environment with required reviewers, and puts sara and sid in octo-org/sre. */
export function protect(api: RunningGitHubApi): void {
  api.seed.environment("signoff-sre", { reviewers: [{ team: "octo-org/sre" }] });
  api.seed.environment("signoff-security", { reviewers: [{ user: "sec" }, { user: "sam" }] });
  api.seed.environment("signoff-product", { reviewers: [{ user: "pia" }] });
  api.seed.teamMember("octo-org/sre", "sara");
  api.seed.teamMember("octo-org/sre", "sid");
}

/** The statuses GitHub holds for a deployment, newest first. */
export function statusesOf(api: RunningGitHubApi, id: number): { state: string; environmentUrl: string; description: string }[] {
  return api.store.statuses.filter((s) => s.deploymentId === id).reverse().map((s) => ({ state: s.state, environmentUrl: s.environmentUrl, description: s.description }));
}
