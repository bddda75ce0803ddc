/**
 * The three patch kinds as the API server applies them, for the fields the Kubernetes
 * target uses: JSON patch (RFC 6902, a failing `test` is 422 as in the real server),
 * JSON merge patch (RFC 7386), and strategic merge patch with the list keys of the
 * apps/v1 and core/v1 types (containers merged by name, env by name, ports by
 * containerPort, conditions by type; other lists replaced; `$patch: delete` in a list item).
 */

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A patch that cannot be applied: `code` is the HTTP status the API server answers. */
export class PatchError extends Error {
  constructor(
    readonly code: 400 | 422,
    message: string,
  ) {
    super(message);
  }
}

/** One RFC 6902 operation. */
export interface JsonPatchOp {
  readonly op: "add" | "remove" | "replace" | "test" | "move" | "copy";
  readonly path: string;
  readonly value?: Json;
  readonly from?: string;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function pointer(path: string): string[] {
  if (path === "") return [];
  if (!path.startsWith("/")) throw new PatchError(400, `invalid JSON pointer ${JSON.stringify(path)}`);
  return path
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function parentOf(doc: Json, parts: string[], path: string): { parent: JsonObject | Json[]; key: string } {
  let node: Json = doc;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(node)) node = node[Number(part)] as Json;
    else if (isObject(node)) node = node[part] as Json;
    else node = undefined as unknown as Json;
    if (node === undefined) throw new PatchError(422, `doc is missing path: "${path}"`);
  }
  if (!Array.isArray(node) && !isObject(node)) throw new PatchError(422, `doc is missing path: "${path}"`);
  return { parent: node, key: parts[parts.length - 1]! };
}

function getAt(doc: Json, path: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const part of pointer(path)) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else return undefined;
  }
  return node;
}

function removeAt(doc: Json, path: string): Json {
  const { parent, key } = parentOf(doc, pointer(path), path);
  if (Array.isArray(parent)) {
    const index = Number(key);
    if (!(index >= 0 && index < parent.length)) throw new PatchError(422, `Unable to remove nonexistent key: ${key}: missing value`);
    return parent.splice(index, 1)[0]!;
  }
  if (!(key in parent)) throw new PatchError(422, `Unable to remove nonexistent key: ${key}: missing value`);
  const old = parent[key]!;
  delete parent[key];
  return old;
}

function addAt(doc: Json, path: string, value: Json, replace: boolean): Json {
  const parts = pointer(path);
  if (parts.length === 0) return value;
  const { parent, key } = parentOf(doc, parts, path);
  if (Array.isArray(parent)) {
    const index = key === "-" ? parent.length : Number(key);
    if (!(index >= 0 && index <= parent.length - (replace ? 1 : 0)))
      throw new PatchError(422, `Unable to access invalid index: ${key}: invalid index referenced`);
    parent.splice(index, replace ? 1 : 0, value);
  } else {
    if (replace && !(key in parent)) throw new PatchError(422, `replace operation does not apply: doc is missing key: ${path}: missing value`);
    parent[key] = value;
  }
  return doc;
}

/** Applies an RFC 6902 patch to a copy of `doc`. */
export function applyJsonPatch(doc: Json, ops: unknown): Json {
  if (!Array.isArray(ops)) throw new PatchError(400, "json: cannot unmarshal object into Go value of type jsonpatch.Patch");
  let result = clone(doc);
  for (const raw of ops as JsonPatchOp[]) {
    switch (raw.op) {
      case "add":
        result = addAt(result, raw.path, clone(raw.value ?? null), false);
        break;
      case "replace":
        result = addAt(result, raw.path, clone(raw.value ?? null), true);
        break;
      case "remove":
        removeAt(result, raw.path);
        break;
      case "test":
        if (JSON.stringify(getAt(result, raw.path)) !== JSON.stringify(raw.value))
          throw new PatchError(422, `testing value ${raw.path} failed: test failed`);
        break;
      case "move":
      case "copy": {
        const value = getAt(result, raw.from ?? "");
        if (value === undefined) throw new PatchError(422, `doc is missing from path: "${raw.from}"`);
        if (raw.op === "move") removeAt(result, raw.from ?? "");
        result = addAt(result, raw.path, clone(value), false);
        break;
      }
      default:
        throw new PatchError(400, `Unexpected kind: ${String((raw as { op?: unknown }).op)}`);
    }
  }
  return result;
}

/** RFC 7386: objects merge, `null` deletes, everything else (lists included) replaces. */
export function applyMergePatch(doc: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  const result: JsonObject = isObject(doc) ? clone(doc) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key] ?? null, value);
  }
  return result;
}

/** The merge key of each list the strategic merge patch merges instead of replacing. */
const MERGE_KEYS: Readonly<Record<string, string>> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  ports: "containerPort",
  imagePullSecrets: "name",
  conditions: "type",
  tolerations: "key",
};

/** Strategic merge patch for the apps/v1 and core/v1 fields listed in {@link MERGE_KEYS}. */
export function applyStrategicMergePatch(doc: Json, patch: Json): Json {
  if (!isObject(patch)) throw new PatchError(400, "strategic merge patch must be an object");
  return mergeObject(isObject(doc) ? doc : {}, patch);
}

function mergeObject(doc: JsonObject, patch: JsonObject): JsonObject {
  if (patch.$patch === "replace") {
    const { $patch: _, ...rest } = patch;
    return clone(rest);
  }
  const result = clone(doc);
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith("$")) continue;
    if (value === null) delete result[key];
    else if (isObject(value)) result[key] = mergeObject(isObject(result[key]) ? (result[key] as JsonObject) : {}, value);
    else if (Array.isArray(value) && MERGE_KEYS[key] && Array.isArray(result[key]))
      result[key] = mergeList(result[key] as Json[], value, MERGE_KEYS[key]!);
    else result[key] = clone(value);
  }
  return result;
}

function mergeList(list: Json[], patch: Json[], mergeKey: string): Json[] {
  const result = clone(list);
  for (const item of patch) {
    if (!isObject(item) || !(mergeKey in item)) throw new PatchError(400, `map: ${JSON.stringify(item)} does not contain declared merge key: ${mergeKey}`);
    const index = result.findIndex((entry) => isObject(entry) && entry[mergeKey] === item[mergeKey]);
    if (item.$patch === "delete") {
      if (index >= 0) result.splice(index, 1);
    } else if (index >= 0) result[index] = mergeObject(result[index] as JsonObject, item);
    else result.push(clone(item));
  }
  return result;
}
