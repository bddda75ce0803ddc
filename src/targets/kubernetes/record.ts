/** What the Kubernetes target records before the first move (filled in by the Kubernetes target). */
import { z } from "zod";

export const kubernetesRecordSchema = z.strictObject({
  kind: z.literal("kubernetes"),
  /** The new version's share of traffic before the rollout (0 unless one was under way). */
  weight: z.number().min(0).max(100),
  namespace: z.string(),
  deployment: z.string(),
});

export type KubernetesRecord = z.infer<typeof kubernetesRecordSchema>;
