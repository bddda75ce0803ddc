/**
 * The apps/v1 Deployment validation the fake enforces, as the API server words it: the
 * selector must match the template's labels, and cannot change after creation.
 */
import { ApiError, type KubeObject } from "./store.js";

type Spec = { selector?: { matchLabels?: Record<string, string> }; template?: { metadata?: { labels?: Record<string, string> } } };

/** Throws the API server's 422 when `next` is not a valid Deployment (or update of `current`). */
export function validateDeployment(next: KubeObject, current?: KubeObject): void {
  const spec = (next.spec ?? {}) as Spec;
  const name = next.metadata?.name ?? current?.metadata.name ?? "";
  const selector = spec.selector?.matchLabels ?? {};
  const labels = spec.template?.metadata?.labels ?? {};
  const problems: string[] = [];
  if (Object.keys(selector).length === 0) problems.push("spec.selector: Required value");
  else if (Object.entries(selector).some(([k, v]) => labels[k] !== v))
    problems.push(`spec.template.metadata.labels: Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\``);
  if (current && JSON.stringify((current.spec as Spec).selector) !== JSON.stringify(spec.selector))
    problems.push(`spec.selector: Invalid value: ${JSON.stringify(spec.selector)}: field is immutable`);
  if (problems.length > 0) throw new ApiError(422, "Invalid", `Deployment.apps "${name}" is invalid: ${problems.join(", ")}`);
}
