/**
 * Gateway API weights: finds the stable and canary `backendRefs` of an HTTPRoute (the
 * Services named like the two Deployments) and builds a JSON patch that changes only their
 * weights, guarded by the resourceVersion read and a `test` of each backend's name at its
 * index, so every other rule, match, filter and backend stays byte-identical.
 */
import { conditional, type HttpRoute, type JsonPatch, KubernetesError } from "./client.js";
import { digest } from "./template.js";

/** Where the two backends sit in one rule, and their weights (absent means Kubernetes' default of 1). */
export interface RuleBackends {
  readonly rule: number;
  readonly stableIndex: number;
  readonly canaryIndex: number;
  readonly stableWeight?: number;
  readonly canaryWeight?: number;
}

/** Every rule holding both backends; throws, naming what is missing, when none does. */
export function findBackends(route: HttpRoute, stable: string, canary: string, namespace: string): RuleBackends[] {
  const found: RuleBackends[] = [];
  (route.spec.rules ?? []).forEach((rule, index) => {
    const refs = rule.backendRefs ?? [];
    const s = refs.findIndex((r) => r.name === stable);
    const c = refs.findIndex((r) => r.name === canary);
    if (s >= 0 && c >= 0)
      found.push({
        rule: index,
        stableIndex: s,
        canaryIndex: c,
        ...(refs[s]!.weight !== undefined ? { stableWeight: refs[s]!.weight } : {}),
        ...(refs[c]!.weight !== undefined ? { canaryWeight: refs[c]!.weight } : {}),
      });
  });
  if (found.length === 0) {
    const names = [...new Set((route.spec.rules ?? []).flatMap((r) => (r.backendRefs ?? []).map((b) => b.name)))];
    throw new KubernetesError(
      `HTTPRoute ${namespace}/${route.metadata.name} has no rule with both backendRefs "${stable}" (stable) and "${canary}" (canary); ` +
        `its backends are ${names.map((n) => `"${n}"`).join(", ") || "none"}. Add both to the rule that serves the traffic (the canary with weight: 0) before the rollout.`,
    );
  }
  return found;
}

/** The patch setting each found pair to the given weights (`undefined` removes a weight, back to the default). */
export function weightPatch(route: HttpRoute, rules: readonly RuleBackends[], weights: (r: RuleBackends) => { stable?: number; canary?: number }): JsonPatch {
  const ops: { op: "add" | "replace" | "remove" | "test"; path: string; value?: unknown }[] = [conditional(route.metadata.resourceVersion)];
  for (const r of rules) {
    const { stable, canary } = weights(r);
    const refs = route.spec.rules![r.rule]!.backendRefs!;
    for (const [index, weight] of [
      [r.stableIndex, stable],
      [r.canaryIndex, canary],
    ] as const) {
      const base = `/spec/rules/${r.rule}/backendRefs/${index}`;
      ops.push({ op: "test", path: `${base}/name`, value: refs[index]!.name });
      if (weight === undefined) {
        if (refs[index]!.weight !== undefined) ops.push({ op: "remove", path: `${base}/weight` });
      } else ops.push({ op: refs[index]!.weight === undefined ? "add" : "replace", path: `${base}/weight`, value: weight });
    }
  }
  return ops;
}

/** Digest of the route's spec with the two backends' weights left out: what must not change under us. */
export function routeShapeDigest(route: HttpRoute, stable: string, canary: string): string {
  const spec = structuredClone(route.spec) as { rules?: { backendRefs?: { name: string; weight?: number }[] }[] };
  for (const rule of spec.rules ?? []) for (const ref of rule.backendRefs ?? []) if (ref.name === stable || ref.name === canary) delete ref.weight;
  return digest(spec);
}
