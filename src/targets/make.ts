/** The target a playbook names, made for one run: the one place that knows every kind of target. */
import type { Target as PlaybookTarget } from "../playbook/types.js";
import type { Problem } from "../errors.js";
import type { Locator } from "../playbook/source-map.js";
import { checkCommandScripts } from "./command/check-scripts.js";
import { createCommandTarget } from "./command/target.js";
import type { TargetRecord } from "./record.js";
import { type Target, type TargetDeps, TargetError } from "./types.js";

/** Where the run is: scripts resolve against the workspace and inherit the environment, minus secrets. */
export interface TargetContext {
  readonly workspace: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Restore what someone changed since the record was taken (the Kubernetes pod template) too. */
  readonly force?: boolean;
}

/**
 * What stops the target from working before anything moves, as playbook problems: a
 * command target's script missing or not executable. (Kubernetes is checked against the
 * cluster when it records, before the first move.)
 */
export function targetProblems(target: PlaybookTarget, file: string, workspace: string, locate?: Locator): Problem[] {
  return target.kind === "command" ? checkCommandScripts(target, file, workspace, locate) : [];
}

/** The target for the playbook's `target` section. */
export function makeTarget(target: PlaybookTarget, context: TargetContext, deps: TargetDeps): Target {
  switch (target.kind) {
    case "command":
      return forRecords(createCommandTarget(target, context, deps), "command");
    case "kubernetes":
      // The kubeconfig comes from KUBECONFIG (a cluster login action sets it) or the pod's service account.
      return lazyTarget(`kubernetes ${target.namespace}/${target.deployment}`, async () => {
        const { createKubernetesTarget } = await loadKubernetes();
        return forRecords(createKubernetesTarget(target, { force: context.force ?? false }, deps), "kubernetes");
      });
  }
}

/**
 * A target that takes any record, refusing one another kind of target made: a state from a
 * rollout through Kubernetes cannot be restored by scripts, nor the other way round.
 */
function forRecords<R extends TargetRecord>(target: Target<R>, kind: R["kind"]): Target {
  const own = (record: TargetRecord): R => {
    if (!isKind(record)) throw new TargetError(`The state records what a ${record.kind} target had live, but the playbook's target is ${kind}; expected the state of a rollout through this target.`);
    return record;
  };
  const isKind = (record: TargetRecord): record is R => record.kind === kind;
  return {
    description: target.description,
    record: (step) => target.record(step),
    move: (step, recorded) => target.move(step, own(recorded)),
    wait: (step, recorded) => target.wait(step, own(recorded)),
    promote: (step, recorded) => target.promote(step, own(recorded)),
    restore: (recorded, from) => target.restore(own(recorded), from),
  };
}

/** A target made on first use; `description` stands for it until then. */
function lazyTarget(description: string, load: () => Promise<Target>): Target {
  let loaded: Promise<Target> | undefined;
  const get = () => (loaded ??= load());
  return {
    description,
    record: async (step) => (await get()).record(step),
    move: async (step, recorded) => (await get()).move(step, recorded),
    wait: async (step, recorded) => (await get()).wait(step, recorded),
    promote: async (step, recorded) => (await get()).promote(step, recorded),
    restore: async (recorded, from) => (await get()).restore(recorded, from),
  };
}

type KubernetesModule = typeof import("./kubernetes/index.js");

/**
 * The Kubernetes target, loaded only by a run that needs it: its client is many times the
 * size of everything else. The actions' bundles share one build of it, `dist/kubernetes`,
 * beside them; run from source (tests, the CLI under tsx) it is the module itself. The
 * specifiers are computed so the bundler leaves them to run time.
 */
async function loadKubernetes(): Promise<KubernetesModule> {
  const fromSource = import.meta.url.endsWith(".ts");
  const beside = ["..", "kubernetes", "index.js"].join("/");
  const specifier = fromSource ? "./kubernetes/index.js" : new URL(beside, import.meta.url).href;
  return (await import(/* webpackIgnore: true */ specifier)) as KubernetesModule;
}
