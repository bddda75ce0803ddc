/**
 * Faults the Kubernetes target must explain or survive, through the built bundles: a pod
 * that cannot pull its image, a write that races another writer. They need the fake API
 * server's fault injection, so they always run against the fake, with or without KUBECONFIG.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MoveFailed } from "../../src/app/move.js";
import { parseState } from "../../src/state.js";
import { KubernetesError } from "../../src/targets/kubernetes/client.js";
import { TargetError } from "../../src/targets/types.js";
import { PODS } from "../../tools/kube-api/server.js";
import { STACK_LINE } from "../helpers/fixtures.js";
import { type BundleWorld, judged, specOf, startBundleWorld } from "./kube-bundle.js";
import { shape, stableDeployment } from "./kube-world.js";

let bundle: BundleWorld | undefined;
afterEach(async () => {
  await bundle?.close();
  bundle = undefined;
});

describe("the kubernetes target through the bundles, faults", () => {
  it("a canary whose pods cannot pull the image fails the step naming the pod and the reason; its state lets a rollback restore", async () => {
    bundle = await startBundleWorld("replicas", { fake: true });
    const { world } = bundle;
    const fake = world.fake!;
    await world.create("Deployment", stableDeployment(world, 4));
    const before = await specOf(world, "web");
    fake.failImage(world.images.next, "ImagePullBackOff");

    const run = await bundle.run("canary", { stage: "canary", version: world.images.next });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe("");
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(STACK_LINE);
    const errors = run.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    const message = errors[0]!.message;
    expect(message).toMatch(/^Deployment prod\/web-canary exceeded its progress deadline \(ReplicaSet "web-canary-\w+" has timed out progressing\.\); pod (web-canary-\w+-\w+): ImagePullBackOff \(Back-off pulling image "registry\.example\/web:2\.0"\) in container app; last event: BackOff: /);
    const pod = /; pod ([\w-]+): /.exec(message)![1]!;
    expect(fake.list(PODS, "prod").map((p) => p.metadata.name)).toContain(pod);
    expect(run.summary).toContain("## Canary failed: web at stage canary");
    // The stable was never shrunk: the canary failed before it.
    expect((await shape(world, "web"))?.replicas).toBe(4);

    const state = parseState(run.outputs["state"]!, "state");
    expect(state).toMatchObject({ stage: "canary", weight: 10, previous: { kind: "kubernetes", weight: 0, stable: { replicas: 4 } } });
    const rollback = await bundle.run("rollback", { state: run.outputs["state"]!, reason: "image pull failed" });
    expect(rollback.exitCode, rollback.stdout).toBe(0);
    expect(await world.read("Deployment", "web-canary")).toBeUndefined();
    expect(await specOf(world, "web")).toEqual(before);
    expect(rollback.outputs["report"]).toContain("Deployment prod/web-canary: deleted");
  });

  it("retries a write that lost a race (409) after reading again, keeping the other writer's change", async () => {
    bundle = await startBundleWorld("replicas", { fake: true });
    const { world } = bundle;
    const fake = world.fake!;
    await world.create("Deployment", stableDeployment(world, 4));
    const first = await bundle.run("canary", { stage: "canary", version: world.images.next });
    expect(first.exitCode, first.stdout).toBe(0);

    // Another client writes the stable between the canary step's read and its scale.
    fake.raceNext("patch", "deployments", "web", (d) => {
      d.metadata.annotations = { ...(d.metadata.annotations as object), "team/owner": "payments" };
    });
    const patchesBefore = fake.requests.length;
    const second = await bundle.run("canary", { stage: "half", version: world.images.next, state: judged(first.outputs["state"]!, "canary") });
    expect(second.exitCode, second.stdout).toBe(0);
    expect(second.stdout).toContain("scale web: the object changed since it was read (409 Conflict); reading it again (attempt 2 of 5)");
    const patches = fake.requests.slice(patchesBefore).filter((r) => r.verb === "patch" && r.name === "web").map((r) => r.status);
    expect(patches).toEqual([409, 200]);
    const web = fake.get({ plural: "deployments", group: "apps", version: "v1", kind: "Deployment", generation: true }, "prod", "web")!;
    expect((web.spec as { replicas: number }).replicas).toBe(2);
    expect((web.metadata.annotations as Record<string, string>)["team/owner"]).toBe("payments");
    expect((await shape(world, "web-canary"))?.replicas).toBe(2);
  });
});

describe("a target error thrown by the separately built Kubernetes bundle", () => {
  // The bundle has its own copy of the TargetError class: what it throws carries the mark, not the class.
  const MARK: unique symbol = Symbol.for("deploy-playbook.TargetError") as never;
  class OtherCopy extends Error {
    readonly [MARK] = true;
  }

  it("is a TargetError by its mark, so it is reported by its message and hands on the state", () => {
    expect(new OtherCopy("pods never came up") instanceof TargetError).toBe(true);
    expect(new KubernetesError("refused", 403) instanceof TargetError).toBe(true);
    expect(new Error("a bug") instanceof TargetError).toBe(false);
    expect((null as unknown) instanceof TargetError).toBe(false);
  });

  it("is not taken for a subclass it is not", () => {
    expect(new OtherCopy("pods never came up") instanceof MoveFailed).toBe(false);
    expect(new TargetError("a script failed") instanceof KubernetesError).toBe(false);
    expect(new KubernetesError("refused", 403) instanceof KubernetesError).toBe(true);
  });
});
