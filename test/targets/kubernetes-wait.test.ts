/** What "rolled out" means, as `kubectl rollout status` reads a Deployment, and why a pod is not up. */
import type { V1Deployment, V1Pod } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { podReason, rolloutPending } from "../../src/targets/kubernetes/wait.js";

function deployment(generation: number, replicas: number, status: V1Deployment["status"]): V1Deployment {
  return { metadata: { name: "web", generation }, spec: { replicas, selector: {}, template: {} }, status };
}

describe("rolloutPending", () => {
  it.each([
    ["a new generation not yet observed", deployment(3, 4, { observedGeneration: 2, replicas: 4, updatedReplicas: 4, availableReplicas: 4 }), "waiting for the rollout to be observed"],
    ["new replicas still being created", deployment(3, 4, { observedGeneration: 3, replicas: 5, updatedReplicas: 1, availableReplicas: 4 }), "1 of 4 new replicas updated"],
    ["old replicas still running", deployment(3, 4, { observedGeneration: 3, replicas: 5, updatedReplicas: 4, availableReplicas: 4 }), "1 old replicas pending termination"],
    ["updated replicas not yet available", deployment(3, 4, { observedGeneration: 3, replicas: 4, updatedReplicas: 4, availableReplicas: 2 }), "2 of 4 updated replicas available"],
    ["done", deployment(3, 4, { observedGeneration: 3, replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4 }), undefined],
    ["scaled to zero", deployment(2, 0, { observedGeneration: 2 }), undefined],
  ])("%s", (_name, d, expected) => {
    expect(rolloutPending(d)).toBe(expected);
  });
});

function pod(status: V1Pod["status"]): V1Pod {
  return { metadata: { name: "web-1" }, status };
}

describe("podReason", () => {
  it.each([
    ["image pull", pod({ phase: "Pending", containerStatuses: [{ name: "app", image: "x", imageID: "", ready: false, restartCount: 0, state: { waiting: { reason: "ImagePullBackOff", message: 'Back-off pulling image "x"' } } }] }), 'ImagePullBackOff (Back-off pulling image "x") in container app'],
    ["crash loop", pod({ phase: "Running", containerStatuses: [{ name: "app", image: "x", imageID: "", ready: false, restartCount: 5, state: { waiting: { reason: "CrashLoopBackOff" } } }] }), "CrashLoopBackOff in container app"],
    ["unschedulable", pod({ phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", reason: "Unschedulable", message: "0/3 nodes are available" }] }), "Unschedulable (0/3 nodes are available)"],
    ["failing init container", pod({ phase: "Pending", initContainerStatuses: [{ name: "migrate", image: "x", imageID: "", ready: false, restartCount: 1, state: { terminated: { exitCode: 2, reason: "Error" } } }] }), "Error (exit code 2) in container migrate"],
    ["readiness probe", pod({ phase: "Running", conditions: [{ type: "Ready", status: "False" }], containerStatuses: [{ name: "app", image: "x", imageID: "", ready: false, restartCount: 0, state: { running: {} } }] }), "Running but not Ready (readiness probe)"],
    ["still creating", pod({ phase: "Pending", containerStatuses: [{ name: "app", image: "x", imageID: "", ready: false, restartCount: 0, state: { waiting: { reason: "ContainerCreating" } } }] }), undefined],
    ["healthy", pod({ phase: "Running", conditions: [{ type: "Ready", status: "True" }] }), undefined],
  ])("%s", (_name, p, expected) => {
    expect(podReason(p)).toBe(expected);
  });
});
