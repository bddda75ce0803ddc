/**
 * GitHub's own REST description (`@octokit/openapi`, api.github.com), read once per process:
 * which operations exist, their parameters, and validators for their request bodies and
 * responses, compiled with ajv the first time an operation is used.
 *
 * The description is OpenAPI 3.0; two of its habits need a word for ajv (JSON Schema):
 * `nullable: true` beside no `type` (written here as `anyOf: [schema, {type: "null"}]`) and
 * formats ajv-formats does not know (`int64`, `repo.nwo`, ...), accepted as annotations.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsPlugin from "ajv-formats";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Json = Record<string, unknown>;

/** One path parameter or query parameter of an operation, $refs resolved. */
export interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: Json;
  /** GitHub's `x-multi-segment`: the value may contain slashes (`heads/main`). */
  readonly multiSegment: boolean;
}

/** An operation of the description: `repos/create-deployment` at `POST /repos/{owner}/{repo}/deployments`. */
export interface Operation {
  readonly id: string;
  readonly method: string;
  /** The path template, as the description writes it. */
  readonly template: string;
  readonly parameters: readonly Parameter[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
}

/** What a request's method and path found in the description. */
export type RouteMatch =
  | { readonly kind: "operation"; readonly operation: Operation; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: "method-not-allowed"; readonly template: string; readonly allowed: readonly string[] }
  | { readonly kind: "no-path" };

const METHODS = ["get", "put", "post", "patch", "delete", "head", "options"] as const;
const ANNOTATION_FORMATS = ["int64", "int32", "double", "repo.nwo", "binary", "uri-template", "timestamp"];

/** The loaded description with its route table and validators. */
export class Description {
  private readonly doc: Json;
  private readonly routes: { template: string; regex: RegExp; names: string[]; literal: number; ops: Map<string, Operation> }[] = [];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: Json) {
    // Webhook payloads and the shared examples are a third of the file and never validated against.
    const { "x-webhooks": _webhooks, ...rest } = doc;
    const { examples: _examples, ...components } = (doc["components"] ?? {}) as Json;
    this.doc = normalizeNullable({ ...rest, components }) as Json;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    (addFormatsPlugin as unknown as (ajv: Ajv) => void)(this.ajv);
    for (const format of ANNOTATION_FORMATS) this.ajv.addFormat(format, true);
    // Operation schemas point into the components with `#/components/...`; they are
    // rewritten to `github#/components/...` so one shared document resolves them all.
    this.ajv.addSchema({ components: this.doc["components"] }, "github");
    for (const [template, item] of Object.entries(this.doc["paths"] as Record<string, Json>)) this.addPath(template, item);
    this.routes.sort((a, b) => b.literal - a.literal);
  }

  /** Finds the operation for a method and a decoded-or-not path (no query). */
  match(method: string, path: string): RouteMatch {
    let found: RouteMatch = { kind: "no-path" };
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      const operation = route.ops.get(method.toLowerCase());
      if (!operation) {
        if (found.kind === "no-path") found = { kind: "method-not-allowed", template: route.template, allowed: [...route.ops.values()].map((o) => o.method) };
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { kind: "operation", operation, params };
    }
    return found;
  }

  /** Problems of a JSON request body against the operation's schema (none when it is valid). */
  checkBody(operation: Operation, body: unknown): string[] {
    const schema = this.operationJson(operation)["requestBody"] as Json | undefined;
    const content = (this.deref(schema)?.["content"] as Record<string, Json> | undefined)?.["application/json"];
    if (!content) return [];
    return this.check(`${operation.id} body`, closeTopLevel(this.deref(content["schema"] as Json)!), body);
  }

  /** Problems of one parameter value (already converted to its type) against its schema. */
  checkParameter(operation: Operation, parameter: Parameter, value: unknown): string[] {
    return this.check(`${operation.id} ${parameter.in} ${parameter.name}`, parameter.schema, value).map((p) =>
      p.replace(/^value/, `${parameter.in} parameter '${parameter.name}'`),
    );
  }

  /** Problems of a response body against the schema the description gives for that status, if any. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const responses = this.operationJson(operation)["responses"] as Record<string, Json>;
    const response = this.deref(responses[String(status)]);
    const schema = (response?.["content"] as Record<string, Json> | undefined)?.["application/json"]?.["schema"] as Json | undefined;
    if (!schema) return [];
    return this.check(`${operation.id} ${status}`, schema, body);
  }

  private check(key: string, schema: Json, value: unknown): string[] {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(rewriteRefs(schema) as Json);
      this.validators.set(key, validate);
    }
    return validate(value) ? [] : describeErrors(validate.errors ?? []);
  }

  private operationJson(operation: Operation): Json {
    return ((this.doc["paths"] as Record<string, Json>)[operation.template]![operation.method.toLowerCase()]) as Json;
  }

  private addPath(template: string, item: Json): void {
    const ops = new Map<string, Operation>();
    const names: string[] = [];
    let multi = new Set<string>();
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const parameters = [...((item["parameters"] as Json[]) ?? []), ...((op["parameters"] as Json[]) ?? [])].map((p) => this.parameter(p));
      multi = new Set([...multi, ...parameters.filter((p) => p.multiSegment).map((p) => p.name)]);
      const body = this.deref(op["requestBody"] as Json | undefined);
      ops.set(method, {
        id: String(op["operationId"]),
        method: method.toUpperCase(),
        template,
        parameters,
        hasBody: body !== undefined,
        bodyRequired: body?.["required"] === true,
      });
    }
    const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return multi.has(name) ? "(.+)" : "([^/]+)";
    });
    this.routes.push({ template, regex: new RegExp(`^${source}$`), names, literal: template.replace(/\{[^}]+\}/g, "").length, ops });
  }

  private parameter(raw: Json): Parameter {
    const p = this.deref(raw)!;
    return {
      name: String(p["name"]),
      in: p["in"] as Parameter["in"],
      required: p["required"] === true,
      schema: (p["schema"] as Json | undefined) ?? {},
      multiSegment: p["x-multi-segment"] === true,
    };
  }

  /** Follows a `#/components/...` reference (one level at a time until there is none). */
  private deref(node: Json | undefined): Json | undefined {
    let current = node;
    for (let depth = 0; current && typeof current["$ref"] === "string" && depth < 10; depth++) {
      const path = (current["$ref"] as string).replace(/^#\//, "").split("/");
      current = path.reduce<unknown>((at, key) => (at as Json | undefined)?.[key], this.doc) as Json | undefined;
    }
    return current;
  }
}

let shared: Description | undefined;

/** The api.github.com description, parsed and prepared once per process (about 0.2 s). */
export function githubDescription(): Description {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
    shared = new Description(JSON.parse(readFileSync(file, "utf8")) as Json);
  }
  return shared;
}

/** `{nullable: true}` without `type` becomes `anyOf: [rest, {type: "null"}]`, which ajv understands. */
function normalizeNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeNullable);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = normalizeNullable(value);
  if (out["nullable"] === true && out["type"] === undefined) {
    const { nullable: _, ...rest } = out;
    return { anyOf: [rest, { type: "null" }] };
  }
  return out;
}

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `github${value}` : rewriteRefs(value);
  }
  return out;
}

/**
 * GitHub ignores body fields it does not know; the fake refuses them, so a misspelt field
 * in our client (`logUrl` for `log_url`) fails a test instead of being silently dropped.
 */
function closeTopLevel(schema: Json): Json {
  if (schema["type"] !== "object" || !schema["properties"] || schema["additionalProperties"] !== undefined) return schema;
  return { ...schema, additionalProperties: false };
}

function describeErrors(errors: readonly ErrorObject[]): string[] {
  return errors
    .filter((e) => e.keyword !== "if")
    .map((e) => {
      const at = e.instancePath ? `'${e.instancePath.slice(1).replaceAll("/", ".")}'` : "value";
      if (e.keyword === "additionalProperties") return `${at} has a field '${String(e.params["additionalProperty"])}' the description does not define`;
      return `${at} ${e.message ?? "is invalid"}`;
    });
}
