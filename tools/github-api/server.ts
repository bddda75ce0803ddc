/**
 * A local GitHub REST API for tests and the demo, strict where GitHub's description is:
 * a method and path the description does not have, a parameter or JSON body its schemas
 * refuse, is answered 404/400/422 with a message saying why. The operations the suite uses
 * keep state in memory as GitHub does (see store.ts); any other described operation
 * answers 501 so a test shows at once what the fake lacks.
 *
 *   const github = await startGitHubApi();
 *   github.seed.approval(42, { user: "alice", state: "approved", environments: ["signoff-sre"] });
 *   github.fail({ status: 502, times: 1 });
 *   // client at github.url with github.token; github.requests records every call
 *   await github.close();
 *
 * Every answer of an implemented operation is checked against the description's response
 * schema; mismatches go to `responseProblems` (a test asserts it stays empty).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { githubDescription, type Operation } from "./description.js";
import { denialAnswer, faultAnswer, familyOf, type Fault, type RouteFamily } from "./faults.js";
import { notFound, Store, type SeededApproval, type SeededReviewer, type StoreAnswer } from "./store.js";

export type { Fault, RouteFamily } from "./faults.js";

/** A request as the fake received it. The token is never kept. */
export interface GitHubRequest {
  readonly method: string;
  /** Path and query as sent. */
  readonly path: string;
  /** The description's operationId, when the route exists. */
  readonly operation?: string;
  /** The JSON body (parsed), the raw text when it is not JSON, or undefined. */
  readonly body: unknown;
  /** The status the fake answered. */
  status: number;
}

export interface GitHubApiOptions {
  /** The token the fake accepts; default a fixed test value. */
  readonly token?: string;
  /** The login the token belongs to; default `github-actions[bot]`. */
  readonly login?: string;
  readonly owner?: string;
  readonly repo?: string;
  /** The sha of `refs/heads/main`. */
  readonly mainSha?: string;
  /** The fake's clock for `created_at`; default the real one. */
  readonly now?: () => Date;
}

export interface RunningGitHubApi {
  /** `http://127.0.0.1:<port>`, the API base URL (`GITHUB_API_URL`). */
  readonly url: string;
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  readonly mainSha: string;
  readonly requests: readonly GitHubRequest[];
  /** Answers of the fake that do not match the description's response schema. */
  readonly responseProblems: readonly string[];
  /** The state behind the API, to inspect and to seed directly. */
  readonly store: Store;
  readonly seed: {
    approval(runId: number, approval: SeededApproval): void;
    /** Creates the team `org/slug` (empty) if needed. */
    team(team: string): void;
    teamMember(team: string, user: string, state?: "active" | "pending"): void;
    environment(name: string, protection?: { reviewers?: readonly SeededReviewer[]; preventSelfReview?: boolean; waitTimer?: number }): void;
    ref(ref: string, sha: string): void;
  };
  /** Answers every request of a family with 403 (a permission the token lacks) or 404. */
  deny(family: RouteFamily, status: 403 | 404): void;
  fail(fault: Fault): void;
  close(): Promise<void>;
}

const DOCS = "https://docs.github.com/rest";

/**
 * Where GitHub itself answers outside its description: a deployment status without a
 * `log_url` has `target_url: ""`, which is required and typed `format: uri`.
 */
const KNOWN_GAPS = [/^'(?:\d+\.)?target_url' must match format "uri"$/];

/** Starts the fake on 127.0.0.1 with a free port. */
export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<RunningGitHubApi> {
  const description = githubDescription();
  const token = options.token ?? "ghs_fakeTestToken0000000000000000000000";
  const login = options.login ?? "github-actions[bot]";
  const owner = options.owner ?? "octo-org";
  const repo = options.repo ?? "web";
  const mainSha = options.mainSha ?? "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
  const requests: GitHubRequest[] = [];
  const responseProblems: string[] = [];
  const faults: { fault: Fault; left: number }[] = [];
  const denied = new Map<RouteFamily, 403 | 404>();
  let store!: Store;

  const handle = async (req: IncomingMessage, res: ServerResponse, text: string): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const match = description.match(method, url.pathname);
    const operation = match.kind === "operation" ? match.operation : undefined;
    const record: GitHubRequest = { method, path: url.pathname + url.search, operation: operation?.id, body: parseBody(text), status: 0 };
    requests.push(record);
    const send = (answer: StoreAnswer) => {
      record.status = answer.status;
      res.writeHead(answer.status, { "Content-Type": "application/json; charset=utf-8", ...answer.headers });
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    };

    const family = operation ? familyOf(operation.template) : undefined;
    const fault = faults.find((f) => f.left > 0 && (f.fault.family === undefined || f.fault.family === family));
    if (fault) {
      fault.left--;
      return send(faultAnswer(fault.fault));
    }
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? "");
    if (!auth) return send({ status: 401, body: { message: "Requires authentication", documentation_url: DOCS, status: "401" } });
    if (auth[1] !== token) return send({ status: 401, body: { message: "Bad credentials", documentation_url: DOCS, status: "401" } });
    if (match.kind === "no-path") return send(notFound(`Not Found: ${method} ${url.pathname} is not a path of GitHub's REST description`));
    if (match.kind === "method-not-allowed") {
      return send(notFound(`Not Found: ${method} is not an operation of ${match.template} in GitHub's REST description (it has ${match.allowed.join(", ")})`));
    }
    const { params } = match;
    if (("owner" in params && params["owner"]!.toLowerCase() !== owner.toLowerCase()) || ("repo" in params && params["repo"]!.toLowerCase() !== repo.toLowerCase())) {
      return send(notFound());
    }
    const denial = denied.get(family!);
    if (denial === 404) return send(notFound());
    if (denial === 403) return send(denialAnswer(family!));

    const checked = checkRequest(operation!, params, url.searchParams, text);
    if ("answer" in checked) return send(checked.answer);
    const handler = store.handlers[operation!.id];
    if (!handler) return send({ status: 501, body: { message: `${operation!.id} (${method} ${operation!.template}) is described by GitHub but not implemented by this fake`, documentation_url: DOCS } });
    const absolute = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
    const answer = handler({ params, query: checked.query, body: (checked.body ?? {}) as Record<string, unknown>, login, url: absolute });
    for (const problem of description.checkResponse(operation!, answer.status, answer.body)) {
      if (!KNOWN_GAPS.some((gap) => gap.test(problem))) responseProblems.push(`${operation!.id} ${answer.status}: ${problem}`);
    }
    send(answer);
  };

  const checkRequest = (
    operation: Operation,
    params: Record<string, string>,
    search: URLSearchParams,
    text: string,
  ): { answer: StoreAnswer } | { query: Record<string, unknown>; body: unknown } => {
    const problems: string[] = [];
    const query: Record<string, unknown> = {};
    for (const p of operation.parameters.filter((p) => p.in === "path")) problems.push(...description.checkParameter(operation, p, convert(params[p.name], p.schema)));
    for (const name of new Set(search.keys())) {
      const p = operation.parameters.find((x) => x.in === "query" && x.name === name);
      if (!p) {
        problems.push(`query parameter '${name}' is not defined for ${operation.id}`);
        continue;
      }
      query[name] = convert(search.get(name) ?? "", p.schema);
      problems.push(...description.checkParameter(operation, p, query[name]));
    }
    for (const p of operation.parameters.filter((p) => p.in === "query" && p.required && !search.has(p.name))) problems.push(`query parameter '${p.name}' is required`);
    let body: unknown;
    if (operation.hasBody && text.trim() !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        return { answer: { status: 400, body: { message: "Problems parsing JSON", documentation_url: DOCS, status: "400" } } };
      }
      problems.push(...description.checkBody(operation, body));
    } else if (operation.bodyRequired) {
      problems.push("the request has no JSON body, and this operation requires one");
    }
    if (problems.length > 0) {
      return { answer: { status: 422, body: { message: `Invalid request.\n\n${problems.join("\n")}`, documentation_url: DOCS, status: "422" } } };
    }
    return { query, body };
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      handle(req, res, Buffer.concat(chunks).toString("utf8")).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ message: `the fake failed: ${String(error)}` }));
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  store = new Store({ api: url, owner, repo }, options.now ?? (() => new Date()));
  store.refs.set("refs/heads/main", mainSha);

  return {
    url,
    token,
    owner,
    repo,
    mainSha,
    requests,
    responseProblems,
    store,
    seed: {
      approval: (runId, approval) => store.approvals.set(runId, [...(store.approvals.get(runId) ?? []), approval]),
      team: (team) => {
        if (!store.teams.has(team)) store.teams.set(team, new Map());
      },
      teamMember: (team, user, state = "active") => {
        const members = store.teams.get(team) ?? new Map<string, "active" | "pending">();
        members.set(user, state);
        store.teams.set(team, members);
      },
      environment: (name, protection = {}) => {
        store.ensureEnvironment(name);
        const env = store.environments.get(name)!;
        env.reviewers = [...(protection.reviewers ?? [])];
        env.preventSelfReview = protection.preventSelfReview ?? false;
        env.waitTimer = protection.waitTimer ?? 0;
      },
      ref: (ref, sha) => store.refs.set(ref, sha),
    },
    deny: (family, status) => denied.set(family, status),
    fail: (fault) => faults.push({ fault, left: fault.times }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A parameter as its schema types it; a value that does not convert stays a string, for the validator to refuse. */
function convert(value: string | undefined, schema: Record<string, unknown>): unknown {
  if (value === undefined) return undefined;
  const type = schema["type"];
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  if (type === "array") return value === "" ? [] : value.split(",");
  return value;
}

function parseBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
