/**
 * Reads an `action.yml` into the rows the README tables and the example workflows are
 * checked against: each input's name, whether it is required, its default, its description.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";

export interface InputRow {
  readonly name: string;
  readonly required: boolean;
  /** The default as action.yml writes it; "" when there is none. */
  readonly default: string;
  readonly description: string;
}

export interface OutputRow {
  readonly name: string;
  readonly description: string;
}

export interface ActionManifest {
  readonly path: string;
  readonly name: string;
  readonly inputs: readonly InputRow[];
  readonly outputs: readonly OutputRow[];
}

/** The manifests of the suite: the top-level action and each one under actions/. */
export const ACTION_PATHS = [
  "action.yml",
  "actions/canary/action.yml",
  "actions/gate/action.yml",
  "actions/rollback/action.yml",
  "actions/signoff/action.yml",
] as const;

const OWN_REF = /^OWNER\/deploy-playbook(?:\/(actions\/[a-z-]+))?@v\d+$/;

/**
 * The manifest path a workflow's `uses:` points at inside this repository, or undefined
 * for an action of someone else (actions/checkout).
 */
export function manifestPathOf(uses: string): string | undefined {
  const m = OWN_REF.exec(uses);
  if (!m) return undefined;
  return m[1] ? `${m[1]}/action.yml` : "action.yml";
}

/** Whether a manifest is in the tree yet. */
export function manifestExists(path: string): boolean {
  return existsSync(path);
}

/** Reads one manifest; throws with the path when its shape is not an action's. */
export function readManifest(path: string): ActionManifest {
  const doc: unknown = parse(readFileSync(path, "utf8"));
  if (!isMapping(doc)) throw new Error(`${path}: expected a mapping`);
  const inputs = isMapping(doc["inputs"]) ? doc["inputs"] : {};
  const outputs = isMapping(doc["outputs"]) ? doc["outputs"] : {};
  return {
    path,
    name: String(doc["name"] ?? ""),
    inputs: Object.entries(inputs).map(([name, raw]): InputRow => {
      const spec = isMapping(raw) ? raw : {};
      return {
        name,
        required: spec["required"] === true || spec["required"] === "true",
        default: spec["default"] === undefined || spec["default"] === null ? "" : String(spec["default"]),
        description: oneLine(spec["description"]),
      };
    }),
    outputs: Object.entries(outputs).map(([name, raw]): OutputRow => ({
      name,
      description: oneLine(isMapping(raw) ? raw["description"] : undefined),
    })),
  };
}

/** Descriptions are compared as one line: YAML folding and wrapping do not count. */
export function oneLine(text: unknown): string {
  return typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
