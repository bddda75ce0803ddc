/**
 * The fake API server's storage: objects by resource, namespace and name, one
 * resourceVersion counter for everything (as etcd's revision), generation bumped on spec
 * changes only, optimistic concurrency on writes that carry a resourceVersion, and a log
 * of changes that list-then-watch clients can resume from.
 */
import type { Json } from "./patch.js";

/** A stored object: any JSON with metadata. */
export type KubeObject = { [key: string]: Json } & {
  metadata: { name: string; namespace?: string; resourceVersion?: string; generation?: number; [key: string]: Json | undefined };
};

/** A failure as the API server answers it: a `Status` with this code and reason. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }

  /** The `Status` body the real API server sends. */
  status(): Json {
    return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: this.message, reason: this.reason, code: this.code };
  }
}

/** What a resource is called on the wire, for paths, kinds and error messages. */
export interface ResourceType {
  /** Plural, as in the path: `deployments`. */
  readonly plural: string;
  /** `apps`, or "" for the core group. */
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  /** Whether a spec change bumps `metadata.generation`. */
  readonly generation: boolean;
}

/** `deployments.apps`, as the API server names a resource in messages. */
export function qualifiedName(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

/** One change, as a watch streams it. */
export interface WatchEvent {
  readonly type: "ADDED" | "MODIFIED" | "DELETED";
  readonly object: KubeObject;
  readonly resourceVersion: number;
}

type Listener = (event: WatchEvent) => void;

/** Objects by resource, namespace and name. */
export class Store {
  private revision = 100;
  private uid = 0;
  private readonly objects = new Map<string, KubeObject>();
  private readonly history: { plural: string; namespace: string; event: WatchEvent }[] = [];
  private readonly listeners = new Set<{ plural: string; namespace: string; listener: Listener }>();

  constructor(private readonly now: () => Date) {}

  get currentRevision(): number {
    return this.revision;
  }

  get(type: ResourceType, namespace: string, name: string): KubeObject | undefined {
    const found = this.objects.get(key(type.plural, namespace, name));
    return found && structuredClone(found);
  }

  list(type: ResourceType, namespace: string): KubeObject[] {
    const prefix = `${type.plural}/${namespace}/`;
    return [...this.objects.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([, o]) => structuredClone(o))
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }

  create(type: ResourceType, namespace: string, object: KubeObject): KubeObject {
    const name = object.metadata?.name;
    if (!name) throw new ApiError(422, "Invalid", `${type.kind}.${type.group || "core"} "" is invalid: metadata.name: Required value: name is required`);
    if (this.objects.has(key(type.plural, namespace, name)))
      throw new ApiError(409, "AlreadyExists", `${qualifiedName(type)} "${name}" already exists`);
    const stored = structuredClone(object);
    stored.apiVersion = type.group ? `${type.group}/${type.version}` : type.version;
    stored.kind = type.kind;
    stored.metadata = {
      ...stored.metadata,
      namespace,
      uid: `00000000-0000-4000-8000-${String(++this.uid).padStart(12, "0")}`,
      creationTimestamp: this.now().toISOString().replace(/\.\d+Z$/, "Z"),
      resourceVersion: String(++this.revision),
      ...(type.generation ? { generation: 1 } : {}),
    };
    this.save(type, namespace, stored, "ADDED");
    return structuredClone(stored);
  }

  /**
   * Replaces an object. A resourceVersion in `next` that is not the stored one is a 409,
   * as for a real update or patch; none means an unconditional write.
   */
  update(type: ResourceType, namespace: string, name: string, next: KubeObject): KubeObject {
    const current = this.objects.get(key(type.plural, namespace, name));
    if (!current) throw notFound(type, name);
    const sent = next.metadata?.resourceVersion;
    if (sent !== undefined && sent !== current.metadata.resourceVersion) throw conflict(type, name);
    if (next.metadata?.name !== undefined && next.metadata.name !== name)
      throw new ApiError(400, "BadRequest", `the name of the object (${String(next.metadata.name)}) does not match the name on the URL (${name})`);
    const stored = structuredClone(next);
    // System fields are the server's: a client cannot move them.
    for (const field of ["uid", "creationTimestamp", "generation", "namespace", "name"] as const) {
      if (current.metadata[field] !== undefined) (stored.metadata as Record<string, unknown>)[field] = current.metadata[field];
    }
    stored.apiVersion = current.apiVersion!;
    stored.kind = current.kind!;
    if (type.generation && JSON.stringify(stored.spec) !== JSON.stringify(current.spec))
      stored.metadata.generation = (current.metadata.generation ?? 0) + 1;
    // Writes to the main resource never change status, as with the status subresource.
    if (current.status !== undefined) stored.status = current.status;
    else delete stored.status;
    if (JSON.stringify(stored) === JSON.stringify({ ...current, metadata: { ...current.metadata, resourceVersion: stored.metadata.resourceVersion } }))
      return structuredClone(current);
    stored.metadata.resourceVersion = String(++this.revision);
    this.save(type, namespace, stored, "MODIFIED");
    return structuredClone(stored);
  }

  /** Writes `status` as the controller does (the status subresource): it bumps resourceVersion only. */
  writeStatus(type: ResourceType, namespace: string, name: string, status: Json): void {
    const current = this.objects.get(key(type.plural, namespace, name));
    if (!current || JSON.stringify(current.status) === JSON.stringify(status)) return;
    const stored = { ...structuredClone(current), status: structuredClone(status) } as KubeObject;
    stored.metadata.resourceVersion = String(++this.revision);
    this.save(type, namespace, stored, "MODIFIED");
  }

  /** Deletes an object; a `resourceVersion` precondition that is not the stored one is a 409. */
  delete(type: ResourceType, namespace: string, name: string, precondition?: string): KubeObject {
    const current = this.objects.get(key(type.plural, namespace, name));
    if (!current) throw notFound(type, name);
    if (precondition !== undefined && precondition !== current.metadata.resourceVersion)
      throw new ApiError(
        409,
        "Conflict",
        `Operation cannot be fulfilled on ${qualifiedName(type)} "${name}": Precondition failed: ResourceVersion in precondition: ${precondition}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
      );
    this.objects.delete(key(type.plural, namespace, name));
    const gone = structuredClone(current);
    gone.metadata.resourceVersion = String(++this.revision);
    this.record(type.plural, namespace, { type: "DELETED", object: gone, resourceVersion: this.revision });
    return gone;
  }

  /** Changes after `since`, then live ones, for one resource in one namespace. Returns the stop function. */
  watch(type: ResourceType, namespace: string, since: number, listener: Listener): () => void {
    for (const h of this.history) {
      if (h.plural === type.plural && h.namespace === namespace && h.event.resourceVersion > since) listener(h.event);
    }
    const entry = { plural: type.plural, namespace, listener };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  private save(type: ResourceType, namespace: string, object: KubeObject, kind: "ADDED" | "MODIFIED"): void {
    this.objects.set(key(type.plural, namespace, object.metadata.name), object);
    this.record(type.plural, namespace, { type: kind, object: structuredClone(object), resourceVersion: this.revision });
  }

  private record(plural: string, namespace: string, event: WatchEvent): void {
    this.history.push({ plural, namespace, event });
    for (const l of this.listeners) if (l.plural === plural && l.namespace === namespace) l.listener(event);
  }
}

function key(plural: string, namespace: string, name: string): string {
  return `${plural}/${namespace}/${name}`;
}

/** The 404 the API server answers for a missing object. */
export function notFound(type: ResourceType, name: string): ApiError {
  return new ApiError(404, "NotFound", `${qualifiedName(type)} "${name}" not found`);
}

/** The 409 the API server answers for a stale write. */
export function conflict(type: ResourceType, name: string): ApiError {
  return new ApiError(
    409,
    "Conflict",
    `Operation cannot be fulfilled on ${qualifiedName(type)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
  );
}
