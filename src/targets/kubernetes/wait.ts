/**
 * Waiting for a Deployment the way `kubectl rollout status` does: the new generation
 * observed, then updated, ready and available replicas reached; `ProgressDeadlineExceeded`
 * is a failure. Progress goes to the log. When it fails, the error names a pod that did not
 * come up, its reason (ImagePullBackOff, CrashLoopBackOff, Unschedulable…) and its last event.
 */
import type { V1Deployment, V1Pod } from "@kubernetes/client-node";
import type { TargetDeps } from "../types.js";
import { KubernetesError, type KubeClient } from "./client.js";

/** Seconds between two reads of the Deployment. */
export const POLL_MS = 2_000;

/** Why a rollout is not done yet, or undefined once it is; throws on ProgressDeadlineExceeded. */
export function rolloutPending(d: V1Deployment): string | undefined {
  const status = d.status ?? {};
  if ((d.metadata?.generation ?? 0) > (status.observedGeneration ?? 0)) return "waiting for the rollout to be observed";
  const stuck = status.conditions?.find((c) => c.type === "Progressing" && c.reason === "ProgressDeadlineExceeded");
  if (stuck) return undefined;
  const desired = d.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  if (updated < desired) return `${updated} of ${desired} new replicas updated`;
  if ((status.replicas ?? 0) > updated) return `${(status.replicas ?? 0) - updated} old replicas pending termination`;
  if ((status.availableReplicas ?? 0) < updated) return `${status.availableReplicas ?? 0} of ${updated} updated replicas available`;
  return undefined;
}

/** Waits until `name` has rolled out, at most `timeoutSeconds`; throws naming what is stuck. */
export async function waitForRollout(client: KubeClient, name: string, timeoutSeconds: number, deps: TargetDeps): Promise<V1Deployment> {
  const where = `Deployment ${client.namespace}/${name}`;
  const deadline = deps.clock.now().getTime() + timeoutSeconds * 1000;
  let last = "";
  for (;;) {
    const d = await client.readDeployment(name);
    if (!d) throw new KubernetesError(`${where} disappeared while waiting for its rollout`);
    const stuck = d.status?.conditions?.find((c) => c.type === "Progressing" && c.reason === "ProgressDeadlineExceeded");
    if (stuck && (d.metadata?.generation ?? 0) <= (d.status?.observedGeneration ?? 0))
      throw new KubernetesError(`${where} exceeded its progress deadline (${stuck.message ?? "ProgressDeadlineExceeded"})${await diagnose(client, d)}`);
    const pending = rolloutPending(d);
    if (pending === undefined) {
      deps.log.info(`${where}: rolled out (${d.status?.readyReplicas ?? 0} ready)`);
      return d;
    }
    if (pending !== last) deps.log.info(`${where}: ${pending}`);
    last = pending;
    if (deps.clock.now().getTime() >= deadline)
      throw new KubernetesError(`${where} did not roll out within ${formatSeconds(timeoutSeconds)} (rollout-timeout): ${pending}${await diagnose(client, d)}`);
    await deps.clock.sleep(Math.min(POLL_MS, Math.max(1, deadline - deps.clock.now().getTime())), deps.signal);
  }
}

/** The Deployment's own pods: others can match its selector (the canary's match a stable's `app=web`). */
export async function ownPods(client: KubeClient, d: V1Deployment): Promise<V1Pod[]> {
  const labels = d.spec?.selector?.matchLabels ?? {};
  const selector = Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(",");
  const pods = await client.listPods(selector);
  return pods.filter((p) => (p.metadata?.ownerReferences ?? []).some((o) => o.kind === "ReplicaSet" && o.name.startsWith(`${d.metadata?.name}-`)));
}

/** `; pod web-5c9-x: ImagePullBackOff (…); last event: BackOff: …`, or "" when no pod explains it. */
async function diagnose(client: KubeClient, d: V1Deployment): Promise<string> {
  let own: V1Pod[];
  try {
    own = await ownPods(client, d);
  } catch (error) {
    return `; its pods could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
  const troubled = own.map((p) => ({ pod: p, reason: podReason(p) })).filter((x) => x.reason !== undefined);
  const first = troubled[0];
  if (!first) return "";
  const name = first.pod.metadata?.name ?? "";
  let event = "";
  try {
    const events = await client.listPodEvents(name);
    const lastEvent = events[events.length - 1];
    if (lastEvent) event = `; last event: ${lastEvent.reason ?? ""}: ${lastEvent.message ?? ""}`;
  } catch {
    event = "; its events could not be read";
  }
  const more = troubled.length > 1 ? ` (and ${troubled.length - 1} more pod${troubled.length > 2 ? "s" : ""})` : "";
  return `; pod ${name}: ${first.reason}${more}${event}`;
}

/** Why a pod is not ready: a waiting container's reason, or the scheduler's. */
export function podReason(pod: V1Pod): string | undefined {
  const unscheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False");
  if (unscheduled) return `${unscheduled.reason ?? "Unschedulable"}${unscheduled.message ? ` (${unscheduled.message})` : ""}`;
  for (const c of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const waiting = c.state?.waiting;
    if (waiting?.reason && waiting.reason !== "ContainerCreating" && waiting.reason !== "PodInitializing")
      return `${waiting.reason}${waiting.message ? ` (${waiting.message})` : ""} in container ${c.name}`;
    const terminated = c.state?.terminated;
    if (terminated && terminated.exitCode !== 0) return `${terminated.reason ?? "Error"} (exit code ${terminated.exitCode}) in container ${c.name}`;
  }
  const ready = pod.status?.conditions?.find((c) => c.type === "Ready");
  return ready?.status === "False" && pod.status?.phase === "Running" ? "Running but not Ready (readiness probe)" : undefined;
}

function formatSeconds(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`;
}
