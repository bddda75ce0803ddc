/** What the Kubernetes target records before the first move (filled in by the Kubernetes target). */
import { z } from "zod";

export const kubernetesRecordSchema = z.strictObject({
  kind: z.literal("kubernetes"),
  namespace: z.string(),
  deployment: z.string(),
});

export type KubernetesRecord = z.infer<typeof kubernetesRecordSchema>;
