/** What the command target records before the first move: the weight, and the user's `current` output. */
import { z } from "zod";

export const commandRecordSchema = z.strictObject({
  kind: z.literal("command"),
  /** The canary weight before the rollout (0 unless a rollout was already under way). */
  weight: z.number().min(0).max(100),
  /** The JSON the playbook's `current` script printed, when it has one. */
  current: z.unknown().optional(),
});

export type CommandRecord = z.infer<typeof commandRecordSchema>;
