/**
 * The failures the fake can be told to answer: a token without a permission (403, with the
 * `x-accepted-github-permissions` header GitHub sends) or without access (404), a 5xx, a
 * primary rate limit (429 with `x-ratelimit-remaining: 0`) and a secondary rate limit
 * (403 with `retry-after`), each as GitHub writes them.
 */
import type { StoreAnswer } from "./store.js";

/** The route families a token's permission covers, for `deny` and `fail`. */
export type RouteFamily = "deployments" | "actions" | "teams" | "issues" | "git" | "environments" | "repository";

/** A fault answered for the next `times` matching requests. */
export interface Fault {
  /** An HTTP status (5xx), 429 (primary rate limit), or a secondary rate limit (403 with `retry-after`). */
  readonly status: number | "secondary-rate-limit";
  readonly times: number;
  /** Only requests of this family; any request when absent. */
  readonly family?: RouteFamily;
  /** Seconds in `retry-after` / until `x-ratelimit-reset`; default 1. */
  readonly retryAfter?: number;
}

/** The permission GitHub names in `x-accepted-github-permissions` for a family's writes. */
const PERMISSION: Record<RouteFamily, string | undefined> = {
  deployments: "deployments=write",
  actions: "actions=read",
  teams: undefined,
  issues: "issues=write",
  git: "contents=write",
  environments: "actions=read",
  repository: "metadata=read",
};

const DOCS = "https://docs.github.com/rest";

/** GitHub's answer to a token that lacks the permission a family of routes needs. */
export function denialAnswer(family: RouteFamily): StoreAnswer {
  const permission = PERMISSION[family];
  return {
    status: 403,
    body: { message: "Resource not accessible by integration", documentation_url: DOCS, status: "403" },
    headers: permission ? { "x-accepted-github-permissions": permission } : {},
  };
}

/** The family of a path template of the description. */
export function familyOf(template: string): RouteFamily {
  const rest = template.replace(/^\/repos\/\{owner\}\/\{repo\}/, "");
  if (template.startsWith("/orgs/") && template.includes("/teams/")) return "teams";
  if (rest === template) return "repository";
  if (rest.startsWith("/deployments")) return "deployments";
  if (rest.startsWith("/actions")) return "actions";
  if (rest.startsWith("/issues")) return "issues";
  if (rest.startsWith("/git/")) return "git";
  if (rest.startsWith("/environments")) return "environments";
  return "repository";
}

/** The answer of an injected fault. */
export function faultAnswer(fault: Fault): StoreAnswer {
  const after = fault.retryAfter ?? 1;
  if (fault.status === "secondary-rate-limit") {
    return {
      status: 403,
      headers: { "retry-after": String(after) },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      },
    };
  }
  if (fault.status === 429) {
    return {
      status: 429,
      headers: {
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-used": "5000",
        "x-ratelimit-resource": "core",
        "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + after),
      },
      body: { message: "API rate limit exceeded for installation.", documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api" },
    };
  }
  return { status: fault.status, body: { message: fault.status === 503 ? "Service Unavailable" : "Server Error" } };
}

