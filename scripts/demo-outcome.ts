/**
 * What `npm run demo` says once the action has exited: each stage's verdict and the split
 * Prometheus measured in it (from the stage's evidence file), promoted or rolled back, the
 * service's own view of its traffic, the GitHub deployment and its statuses, the incident
 * report on a rollback, and whether the run went as its scenario expects.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Traffic } from "../examples/demo/service.js";
import type { Store } from "../tools/github-api/store.js";
import type { RunResult } from "../tools/runner.js";

/** The check of the demo playbook that measures the canary's share of the requests. */
const SHARE_CHECK = "canary-share";
/** Lines of the incident report shown; the whole is in the job summary and the `report` output. */
const REPORT_LINES = 14;

export interface StageOutcome {
  readonly name: string;
  readonly weight: number;
  /** Undefined when the stage was not reached. */
  readonly verdict?: string;
  readonly reason?: string;
  /** The canary's share in each round, 0 to 1, as Prometheus measured it. */
  readonly shares: readonly number[];
}

export interface Outcome {
  readonly regress: boolean;
  readonly version: string;
  readonly exitCode: number | null;
  readonly message: string;
  readonly stages: readonly StageOutcome[];
  /** The rollout's state at the end: rolling-out, promoted or rolled-back. */
  readonly status?: string;
  readonly report: string;
  readonly service: Traffic;
  readonly deployments: readonly { id: number; environment: string; description: string; statuses: { state: string; description: string }[] }[];
  readonly issues: readonly { number: number; title: string }[];
  readonly summaryPath: string;
  /** Why the run is not what the scenario expects; empty when it is. */
  readonly problems: readonly string[];
  readonly asExpected: boolean;
}

interface OutcomeInput {
  readonly result: RunResult;
  readonly regress: boolean;
  readonly evidenceDir: string;
  readonly service: Traffic;
  readonly github: Store;
  readonly version: string;
}

/** Reads the run's outputs, evidence and the world it left, and checks them against the scenario. */
export async function judgeOutcome(input: OutcomeInput): Promise<Outcome> {
  const { result, service, version } = input;
  const state = parse<{ status?: string; verdicts?: Record<string, string> }>(result.outputs["state"]);
  const plans = parse<{ stage: string; weight: number }[]>(result.outputs["plan"]) ?? [];
  const stages = plans.map((plan): StageOutcome => {
    const evidence = readEvidence(join(input.evidenceDir, `deploy-playbook-evidence-${plan.stage}.json`));
    const verdict = state?.verdicts?.[plan.stage];
    return { name: plan.stage, weight: plan.weight, ...(verdict && { verdict }), ...(evidence?.reason && { reason: evidence.reason }), shares: evidence?.shares ?? [] };
  });
  const report = result.outputs["report"] ?? "";
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => ok || problems.push(problem);
  if (input.regress) {
    expect(result.exitCode !== 0 && result.exitCode !== null, `the step exited ${result.exitCode}; a rollback fails the step`);
    expect(state?.status === "rolled-back", `the rollout ended ${state?.status ?? "with no state"}, not rolled-back`);
    expect(report.includes("**Recovered**"), "the incident report does not say the service recovered (rollback.verify)");
    expect(service.weight === 0 && service.stableVersion !== version, `the service serves ${service.weight}% on the canary and stable ${service.stableVersion}; expected 0% and the old stable version`);
  } else {
    expect(result.exitCode === 0, `the step exited ${result.exitCode}`);
    expect(state?.status === "promoted", `the rollout ended ${state?.status ?? "with no state"}, not promoted`);
    expect(service.stableVersion === version && service.weight === 0, `the service runs stable ${service.stableVersion} with ${service.weight}% on the canary; expected stable ${version} with all the traffic`);
  }
  const deployments = input.github.deployments.map((d) => ({
    id: d.id,
    environment: d.environment,
    description: d.description ?? "",
    statuses: input.github.statuses.filter((s) => s.deploymentId === d.id).map((s) => ({ state: s.state, description: s.description })),
  }));
  expect(deployments.length === 1, `GitHub holds ${deployments.length} deployments; expected the one of this rollout`);
  const issues = input.github.issues.map((i) => ({ number: Number(i["number"]), title: String(i["title"]) }));
  return {
    regress: input.regress,
    version,
    exitCode: result.exitCode,
    message: lastError(result) ?? "",
    stages,
    ...(state?.status && { status: state.status }),
    report,
    service,
    deployments,
    issues,
    summaryPath: result.summaryPath,
    problems,
    asExpected: problems.length === 0,
  };
}

/** Prints the outcome under the streamed log. */
export function printOutcome(o: Outcome, times: { rolloutSeconds: number; totalSeconds: number }): void {
  const say = (line = "") => console.log(line ? `▶ ${line}` : "");
  say("each stage: its verdict, and the canary's share of the requests Prometheus measured in each round");
  for (const s of o.stages) {
    const shares = s.shares.map((v) => `${(v * 100).toFixed(1)}%`).join(" ");
    const verdict = s.verdict ?? "not reached";
    console.log(`    ${s.name.padEnd(7)} ${`${s.weight}%`.padStart(4)}  ${verdict.padEnd(11)} ${shares || "(no rounds)"}`);
    if (s.verdict && s.verdict !== "go" && s.reason) console.log(`            ${s.reason}`);
  }
  const split = o.service.weight === 0 ? `stable ${o.service.stableVersion} takes 100%, no canary` : `canary ${o.service.canaryVersion} ${o.service.weight}%, stable ${o.service.stableVersion} ${100 - o.service.weight}%`;
  if (o.status === "promoted") say(`promoted: ${o.version} is the stable version; the service reports ${split}`);
  else if (o.status === "rolled-back") say(`rolled back automatically to the split recorded before the rollout; the service reports ${split}`);
  else say(`the rollout ended ${o.status ?? "without a state"}; the service reports ${split}`);

  if (o.report) {
    say(`incident report (the report output and the job summary; first ${REPORT_LINES} lines):`);
    for (const line of o.report.split("\n").slice(0, REPORT_LINES)) console.log(`    ${line}`);
  }
  for (const d of o.deployments) {
    say(`GitHub deployment ${d.id} in ${d.environment} (${d.description}), its statuses oldest first:`);
    for (const s of d.statuses) console.log(`    ${s.state.padEnd(11)} ${s.description}`);
  }
  for (const i of o.issues) say(`GitHub issue #${i.number}: ${i.title}`);
  say(`job summary (GITHUB_STEP_SUMMARY), kept at ${o.summaryPath}`);
  say(`the rollout took ${times.rolloutSeconds.toFixed(0)}s, the whole demo ${times.totalSeconds.toFixed(0)}s`);
  say();

  if (o.regress && o.asExpected) {
    say(`the step exited ${o.exitCode}: it failed, as it should. A rollback fails the job, so that nobody takes it for a deploy: "${o.message}"`);
    say("the demo exits 0: the regression was caught, rolled back on its own, and rollback.verify passed on the restored service");
  } else if (o.asExpected) {
    say(`the step exited ${o.exitCode}: ${o.version} went through every stage and was promoted`);
  } else {
    say(`the step exited ${o.exitCode}, which is not what this scenario expects:`);
    for (const p of o.problems) console.log(`    - ${p}`);
  }
}

function parse<T>(text: string | undefined): T | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The stage's reason and the canary's share in each round, from its evidence file. */
function readEvidence(path: string): { reason: string; shares: number[] } | undefined {
  if (!existsSync(path)) return undefined;
  const evidence = parse<{ reason?: string; rounds?: { measurements?: { check: string; canary?: unknown }[] }[] }>(readFileSync(path, "utf8"));
  if (!evidence) return undefined;
  const shares = (evidence.rounds ?? []).flatMap((r) => r.measurements?.filter((m) => m.check === SHARE_CHECK && typeof m.canary === "number").map((m) => m.canary as number) ?? []);
  return { reason: evidence.reason ?? "", shares };
}

/** The message the step failed with, as the runner shows it. */
function lastError(result: RunResult): string | undefined {
  return result.annotations.filter((a) => a.level === "error").at(-1)?.message;
}
