/**
 * Checks of an example workflow against this repository's actions: the inputs a step
 * passes exist and the required ones are there, and every `needs.*.outputs.*` or
 * `steps.*.outputs.*` it reads exists. The manifests come in through `manifests`, so the
 * checks themselves can be tested on made-up actions.
 */
import { type ActionManifest, manifestPathOf } from "./action-manifest.js";

export interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly with?: Readonly<Record<string, unknown>>;
}

export interface Job {
  readonly needs?: string | readonly string[];
  readonly if?: string;
  readonly environment?: unknown;
  readonly permissions?: unknown;
  readonly outputs?: Readonly<Record<string, string>>;
  readonly steps?: readonly Step[];
}

export interface Workflow {
  readonly on: Readonly<Record<string, unknown>>;
  readonly permissions?: unknown;
  readonly jobs: Readonly<Record<string, Job>>;
}

/** Reads a manifest by path, or undefined when the repository has none there. */
export type Manifests = (path: string) => ActionManifest | undefined;

export const needsOf = (job: Job): readonly string[] => (job.needs === undefined ? [] : typeof job.needs === "string" ? [job.needs] : job.needs);

/** Every step that calls one of this repository's actions, with its job and manifest path. */
export function ownSteps(wf: Workflow): { job: string; step: Step; manifest: string }[] {
  return Object.entries(wf.jobs).flatMap(([job, j]) =>
    (j.steps ?? []).flatMap((step) => {
      const manifest = step.uses ? manifestPathOf(step.uses) : undefined;
      return manifest ? [{ job, step, manifest }] : [];
    }),
  );
}

/** Inputs passed that the action does not declare, and required inputs left out. */
export function inputProblems(wf: Workflow, manifests: Manifests): string[] {
  const problems: string[] = [];
  for (const { job, step, manifest } of ownSteps(wf)) {
    const m = manifests(manifest);
    if (!m) {
      problems.push(`${job}: ${step.uses} has no ${manifest}`);
      continue;
    }
    const given = Object.keys(step.with ?? {});
    for (const name of given) if (!m.inputs.some((i) => i.name === name)) problems.push(`${job}: ${manifest} has no input '${name}'`);
    for (const i of m.inputs) if (i.required && i.default === "" && !given.includes(i.name)) problems.push(`${job}: required input '${i.name}' of ${manifest} is missing`);
  }
  return problems;
}

/** Outputs read from jobs not needed, or that no job or action declares. */
export function outputProblems(wf: Workflow, manifests: Manifests): string[] {
  const problems: string[] = [];
  for (const [name, job] of Object.entries(wf.jobs)) {
    const text = JSON.stringify(job);
    for (const [, other, output] of text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (!needsOf(job).includes(other!)) problems.push(`${name}: reads needs.${other} but does not need it`);
      else if (!wf.jobs[other!]?.outputs?.[output!]) problems.push(`${name}: job ${other} has no output '${output}'`);
    }
    for (const [, stepId, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const uses = job.steps?.find((s) => s.id === stepId)?.uses;
      const path = uses ? manifestPathOf(uses) : undefined;
      const m = path ? manifests(path) : undefined;
      if (!path) problems.push(`${name}: no step '${stepId}' calling this repository's actions`);
      else if (!m) problems.push(`${name}: ${uses} has no ${path}`);
      else if (!m.outputs.some((o) => o.name === output)) problems.push(`${name}: ${path} has no output '${output}'`);
    }
  }
  return problems;
}
