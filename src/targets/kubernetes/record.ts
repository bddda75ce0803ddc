/**
 * What the Kubernetes target records before the first move: everything rollback needs to put
 * the stable Deployment, the canary and the route back. Pod templates may hold literal
 * environment values (sometimes secrets), so the state carries only their digests and the
 * images; the templates themselves are kept on the stable Deployment, in the
 * {@link RECORD_ANNOTATION} annotation, where anyone who could read them could already.
 */
import { z } from "zod";

/** Annotation on the stable Deployment holding the recorded templates (JSON). */
export const RECORD_ANNOTATION = "deploy-playbook/recorded";

const weight = z.number().int().min(0).max(1_000_000);

/** The record as it travels in the state (`DeployState.previous`). */
export const kubernetesRecordSchema = z.strictObject({
  kind: z.literal("kubernetes"),
  /** The new version's share of traffic before the rollout (0 unless one was under way). */
  weight: z.number().min(0).max(100),
  namespace: z.string(),
  deployment: z.string(),
  traffic: z.enum(["replicas", "gateway"]),
  /** The container whose image the rollout sets. */
  container: z.string(),
  stable: z.strictObject({
    /** The container's image before the rollout. */
    image: z.string(),
    /** `sha256:` digest the stable's ready pods ran that image at, when their status shows one (for the incident report). */
    imageDigest: z.string().optional(),
    /** `sha256:` of the pod template before the rollout (canonical JSON). */
    templateDigest: z.string(),
    /** `spec.replicas` before the rollout. */
    replicas: z.number().int().min(0),
    /** The autoscaling/v2 HPA that owns the replicas, if one targets the Deployment. */
    hpa: z.string().optional(),
    resourceVersion: z.string(),
  }),
  canary: z.strictObject({
    name: z.string(),
    /** Whether a canary Deployment existed before the rollout (then rollback puts it back, not away). */
    existed: z.boolean(),
    replicas: z.number().int().min(0).optional(),
    templateDigest: z.string().optional(),
  }),
  route: z
    .strictObject({
      name: z.string(),
      resourceVersion: z.string(),
      /** `sha256:` of the spec without the two backends' weights: any other change is drift. */
      shapeDigest: z.string(),
      /** The weights of the stable and canary backendRefs in each rule holding both (absent: the default). */
      rules: z.array(z.strictObject({ rule: z.number().int().min(0), stable: weight.optional(), canary: weight.optional() })),
    })
    .optional(),
});

/** What the Kubernetes target records before the first move. */
export type KubernetesRecord = z.infer<typeof kubernetesRecordSchema>;

/** The annotation's content: what the state only holds digests of. */
export interface RecordedTemplates {
  /** The stable's pod template. */
  readonly stable: unknown;
  /** The canary Deployment's labels and spec, when it existed before the rollout. */
  readonly canary?: { readonly labels?: Record<string, string>; readonly spec: unknown };
  /** The route's spec, to say what changed in it. */
  readonly route?: unknown;
}
