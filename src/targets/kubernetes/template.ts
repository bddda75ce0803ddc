/**
 * Pod templates: which container the rollout sets, which image a version means, the canary
 * Deployment made from the stable one, a digest that says whether a template changed, and
 * the paths where two templates differ (named, without values that may be secrets).
 */
import { createHash } from "node:crypto";
import type { V1Deployment, V1PodTemplateSpec } from "@kubernetes/client-node";
import { KubernetesError } from "./client.js";

/** The label that tells the canary's pods from the stable's; put `deploy-playbook/track: stable` on the stable template to select on it. */
export const TRACK_LABEL = "deploy-playbook/track";

/** The container the rollout sets: the one named, or the only one. */
export function pickContainer(template: V1PodTemplateSpec | undefined, named: string | undefined, where: string): string {
  const names = (template?.spec?.containers ?? []).map((c) => c.name);
  if (named !== undefined) {
    if (names.includes(named)) return named;
    throw new KubernetesError(`${where} has no container "${named}"; its containers are ${names.map((n) => `"${n}"`).join(", ") || "none"} (target.kubernetes.container)`);
  }
  if (names.length === 1) return names[0]!;
  throw new KubernetesError(
    `${where} has ${names.length} containers (${names.map((n) => `"${n}"`).join(", ")}); set target.kubernetes.container to the one whose image the rollout sets`,
  );
}

/** The image `container` runs in `template` ("" when there is no such container). */
export function imageOf(template: V1PodTemplateSpec | undefined, container: string): string {
  return template?.spec?.containers.find((c) => c.name === container)?.image ?? "";
}

/**
 * The image a version means: a full reference (`registry/app:2.0`, `app@sha256:…`) as
 * given, or a bare tag (`2.0`) on the repository of the image running now.
 */
export function imageFor(current: string, version: string): string {
  if (/[/:@]/.test(version)) return version;
  const repository = current.replace(/@.*$/, "").replace(/:[^/:]*$/, "");
  return `${repository}:${version}`;
}

/** A copy of `template` with `container` running `image`. */
export function withImage(template: V1PodTemplateSpec, container: string, image: string): V1PodTemplateSpec {
  const copy = structuredClone(template);
  for (const c of copy.spec?.containers ?? []) if (c.name === container) c.image = image;
  return copy;
}

/** The canary Deployment: the stable's spec with the new image, its own track label, `replicas` pods. */
export function canaryDeployment(stable: V1Deployment, name: string, container: string, image: string, replicas: number): V1Deployment {
  const spec = structuredClone(stable.spec!);
  const template = withImage(spec.template, container, image);
  template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, [TRACK_LABEL]: "canary" } };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name,
      namespace: stable.metadata?.namespace,
      labels: { ...stable.metadata?.labels, [TRACK_LABEL]: "canary" },
      annotations: { "deploy-playbook/canary-of": stable.metadata?.name ?? "" },
    },
    spec: {
      ...spec,
      replicas,
      selector: { ...spec.selector, matchLabels: { ...spec.selector.matchLabels, [TRACK_LABEL]: "canary" } },
      template,
    },
  };
}

/** JSON with keys sorted and undefined dropped, so equal objects give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** `sha256:<hex>` of the canonical JSON: says whether a template changed without holding it. */
export function digest(value: unknown): string {
  return `sha256:${createHash("sha256").update(canonicalJson(value ?? null)).digest("hex")}`;
}

/**
 * Where `after` differs from `before`, as paths (`spec.containers[app].env[DB_URL]`), at
 * most `limit`. Values are left out (an env value may be a secret), except images.
 */
export function differences(before: unknown, after: unknown, limit = 8): string[] {
  const found: string[] = [];
  walk(JSON.parse(canonicalJson(before ?? null)), JSON.parse(canonicalJson(after ?? null)), "", found);
  return found.length > limit ? [...found.slice(0, limit), `and ${found.length - limit} more`] : found;
}

function walk(a: unknown, b: unknown, path: string, found: string[]): void {
  if (canonicalJson(a) === canonicalJson(b)) return;
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((x) => isObject(x) && typeof x.name === "string")) {
    const names = [...new Set([...a, ...b].map((x) => (x as { name: string }).name))];
    for (const n of names) walk(a.find((x) => x.name === n), b.find((x) => x.name === n), `${path}[${n}]`, found);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) walk(a[k], b[k], path ? `${path}.${k}` : k, found);
    return;
  }
  if (path.endsWith(".image")) found.push(`${path}: ${String(a ?? "none")} → ${String(b ?? "none")}`);
  else found.push(`${path} ${a === undefined ? "added" : b === undefined ? "removed" : "changed"}`);
}
