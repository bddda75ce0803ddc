/**
 * The example workflows are valid GitHub Actions workflows (parsed by GitHub's own
 * `@actions/workflow-parser`), call only actions this repository has, with inputs those
 * actions declare, read only outputs that exist, and ask for the least permissions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { type ActionManifest, isMapping, manifestExists, manifestPathOf, readManifest } from "./action-manifest.js";
import { inputProblems, needsOf, outputProblems, ownSteps, type Job, type Workflow } from "./workflow-checks.js";
import { loadPlaybookFile } from "../helpers/playbook-file.js";
import { DEFAULT_PLAYBOOK } from "../../src/playbook/load.js";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";

const DIR = "examples/workflows";
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

function read(file: string): { text: string; wf: Workflow } {
  const text = readFileSync(join(DIR, file), "utf8");
  return { text, wf: parse(text) as Workflow };
}

const repository = (path: string) => (manifestExists(path) ? readManifest(path) : undefined);

describe("example workflows", () => {
  it("include the rollout, the manual rollback, the 24-hour watch and the one-job deploy", () => {
    expect(files).toEqual(expect.arrayContaining(["rollout.yml", "manual-rollback.yml", "watch-24h.yml", "one-job.yml"]));
  });

  it.each(files)("%s parses with GitHub's workflow parser and no errors", async (file) => {
    const { text, wf } = read(file);
    const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
    expect(parsed.value).toBeDefined();
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBe(Object.keys(wf.jobs).length);
  });

  it.each(files)("%s calls only this repository's actions and actions/checkout", (file) => {
    const { wf } = read(file);
    const uses = Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses).filter((u): u is string => !!u));
    expect(uses.filter((u) => !manifestPathOf(u) && !u.startsWith("actions/checkout@"))).toEqual([]);
    expect(ownSteps(wf).length).toBeGreaterThan(0);
  });

  it.each(files)("%s passes only inputs the called action declares, and every required one", (file) => {
    expect(inputProblems(read(file).wf, repository)).toEqual([]);
  });

  it.each(files)("%s reads only outputs that exist, from jobs it needs", (file) => {
    expect(outputProblems(read(file).wf, repository)).toEqual([]);
  });

  it.each(files)("%s grants nothing by default and each job only what it needs", (file) => {
    const { wf } = read(file);
    expect(wf.permissions).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(isMapping(job.permissions), `${name} declares its permissions`).toBe(true);
      const perms = job.permissions as Record<string, string>;
      expect(perms["id-token"], `${name} needs no OIDC token`).toBeUndefined();
      const uses = (job.steps ?? []).map((s) => s.uses ?? "");
      // Only the jobs that create or change deployments may write them.
      const changes = uses.some((u) => /\/actions\/(canary|rollback|signoff)@|^OWNER\/deploy-playbook@/.test(u));
      if (!changes) expect(perms["deployments"] ?? "none", name).not.toBe("write");
      // Reading the playbook needs contents: read; a sign-off that tags the release with
      // the workflow's own token needs write; a job that checks nothing out needs neither.
      const checksOut = uses.some((u) => u.startsWith("actions/checkout@"));
      expect(perms["contents"], name).toBe(tagsWithOwnToken(wf, job) ? "write" : checksOut ? "read" : undefined);
      if (signsOffWithOwnToken(job)) {
        expect(perms["actions"], `${name} reads who approved`).toBe("read");
        expect(perms["deployments"], `${name} marks the deployment`).toBe("write");
      }
    }
  });
});

/** The signoff step of a job that uses the workflow's own token (no github-token given). */
function signsOffWithOwnToken(job: Job) {
  return (job.steps ?? []).find((s) => /\/actions\/signoff@/.test(s.uses ?? "") && s.with?.["github-token"] === undefined);
}

/** Whether the job's sign-off creates a tag with the workflow's own token: its playbook has signoff.tag. */
function tagsWithOwnToken(wf: Workflow & { env?: Record<string, string> }, job: Job): boolean {
  const step = signsOffWithOwnToken(job);
  if (!step) return false;
  const given = String(step.with?.["playbook"] ?? DEFAULT_PLAYBOOK);
  const path = given.replace(/^\$\{\{\s*env\.(\w+)\s*\}\}$/, (_, name: string) => wf.env?.[name] ?? given);
  return loadPlaybookFile(path).signoff?.tag !== undefined;
}

describe("the workflow checks", () => {
  const gate: ActionManifest = {
    path: "actions/gate/action.yml",
    name: "gate",
    inputs: [
      { name: "stage", required: true, default: "", description: "" },
      { name: "state", required: false, default: "", description: "" },
    ],
    outputs: [{ name: "verdict", description: "" }],
  };
  const manifests = (path: string) => (path === gate.path ? gate : undefined);
  const wf: Workflow = {
    on: { push: null },
    jobs: {
      a: { outputs: { v: "${{ steps.g.outputs.verdict }}" }, steps: [{ id: "g", uses: "OWNER/deploy-playbook/actions/gate@v1", with: { stages: "canary" } }] },
      b: { needs: "a", steps: [{ id: "r", uses: "OWNER/deploy-playbook/actions/rollback@v1", with: { state: "${{ needs.a.outputs.state }} ${{ steps.g.outputs.verdict }}" } }] },
    },
  };

  it("finds inputs the action lacks, required inputs left out, and missing actions", () => {
    expect(inputProblems(wf, manifests)).toEqual([
      "a: actions/gate/action.yml has no input 'stages'",
      "a: required input 'stage' of actions/gate/action.yml is missing",
      "b: OWNER/deploy-playbook/actions/rollback@v1 has no actions/rollback/action.yml",
    ]);
  });

  it("finds outputs no job declares and steps of another job", () => {
    expect(outputProblems(wf, manifests)).toEqual(["b: job a has no output 'state'", "b: no step 'g' calling this repository's actions"]);
  });
});

describe("the rollout workflow", () => {
  const { wf } = read("rollout.yml");

  it("moves each stage, then gates it in a job that needs the move", () => {
    expect(needsOf(wf.jobs["canary-gate"]!)).toEqual(["canary"]);
    expect(needsOf(wf.jobs["gradual"]!)).toEqual(["canary-gate"]);
    expect(needsOf(wf.jobs["gradual-gate"]!)).toEqual(["gradual"]);
    expect(needsOf(wf.jobs["full"]!)).toEqual(["gradual-gate"]);
  });

  it("rolls back when any job failed, from the latest recorded state", () => {
    const rollback = wf.jobs["rollback"]!;
    expect(rollback.if).toBe("failure()");
    expect(needsOf(rollback)).toEqual(expect.arrayContaining(["canary", "canary-gate", "gradual", "gradual-gate", "full"]));
    expect(String(rollback.steps?.at(-1)?.with?.["state"])).toMatch(/^\$\{\{ needs\.full\.outputs\.state \|\|/);
  });

  it("signs off after one approval job per role, each waiting in its role's environment", () => {
    const approve = wf.jobs["approve"] as Job & { strategy?: { matrix?: { role?: string[] } } };
    const playbook = loadPlaybookFile("examples/000-log-capturer.yml");
    const roles = approve.strategy?.matrix?.role ?? [];
    expect(roles).toEqual(Object.keys(playbook.signoff!.roles));
    expect(roles.map((r) => `signoff-${r}`)).toEqual(roles.map((r) => playbook.signoff!.roles[r]!.environment));
    expect(approve.environment).toBe("signoff-${{ matrix.role }}");
    expect(needsOf(wf.jobs["signoff"]!)).toEqual(expect.arrayContaining(["full", "approve"]));
    expect(wf.jobs["signoff"]?.if).toBe("${{ !cancelled() && needs.full.result == 'success' }}");
  });
});

describe("the manual and scheduled workflows", () => {
  it("manual-rollback asks for a reason and an environment", () => {
    const dispatch = read("manual-rollback.yml").wf.on["workflow_dispatch"] as { inputs: Record<string, { required?: boolean; type: string }> };
    expect(dispatch.inputs["reason"]).toMatchObject({ required: true, type: "string" });
    expect(dispatch.inputs["environment"]).toMatchObject({ type: "environment" });
  });

  it("watch-24h re-runs the full stage's gate on a schedule", () => {
    const { wf } = read("watch-24h.yml");
    expect(wf.on["schedule"]).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \S+ \S+ \S+$/) }]);
    const gate = wf.jobs["gate"]?.steps?.find((s) => s.uses?.includes("/actions/gate@"));
    expect(gate?.with?.["stage"]).toBe("full");
  });
});
