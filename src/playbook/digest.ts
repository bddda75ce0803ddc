/**
 * A digest of the playbook as loaded (its meaning, not its formatting): a state records the
 * digest of the playbook its rollout started with, so a later step run with a different
 * playbook is caught before it acts on a rollout it does not describe.
 */
import { createHash } from "node:crypto";
import type { Playbook } from "./types.js";

/** `sha256:` and the hex digest of the playbook's canonical JSON. Comments and layout do not change it. */
export function playbookDigest(playbook: Playbook): string {
  return `sha256:${createHash("sha256").update(canonical(playbook)).digest("hex")}`;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
