/**
 * What a target records before the first move, as it travels in the rollout's state and in
 * the GitHub deployment's payload. Each target owns its record's shape; this file only
 * joins them, so the state can validate `previous` without knowing any target.
 */
import { z } from "zod";
import { commandRecordSchema } from "./command/record.js";
import { kubernetesRecordSchema } from "./kubernetes/record.js";

export const targetRecordSchema = z.discriminatedUnion("kind", [commandRecordSchema, kubernetesRecordSchema]);

/** A target's record; `kind` says which target made it, `weight` the share the new version had before the rollout. */
export type TargetRecord = z.infer<typeof targetRecordSchema>;
