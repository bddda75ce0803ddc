/**
 * The demo service's admin API: the canary's weight and the versions serving, as a load
 * balancer or a service mesh would hold them. The deploy scripts in ./deploy move traffic
 * through it; every change is told to `onChange`, so the demo can show it in the log.
 */
import type { IncomingMessage } from "node:http";

/** What the admin API reports: the canary's weight in percent and the versions serving. */
export interface Traffic {
  readonly weight: number;
  /** The canary's version; null when the canary is out (weight 0). */
  readonly canaryVersion: string | null;
  readonly stableVersion: string;
}

/** An answer of the admin API: a status and a JSON body. */
export interface AdminAnswer {
  readonly status: number;
  readonly body: unknown;
}

const MAX_BODY = 4096;
const MAX_VERSION = 200;

/** The traffic split behind the admin API. */
export class TrafficControl {
  private current: Traffic;

  constructor(
    initial: Traffic,
    private readonly onChange: (line: string, traffic: Traffic) => void = () => {},
  ) {
    this.current = initial;
  }

  get traffic(): Traffic {
    return this.current;
  }

  /** The canary's share of the requests, 0 to 1. */
  get share(): number {
    return this.current.weight / 100;
  }

  /** Answers `GET|PUT /admin/traffic` and `POST /admin/promote`; undefined for any other path. */
  async handle(req: IncomingMessage, path: string): Promise<AdminAnswer | undefined> {
    if (path === "/admin/traffic") {
      if (req.method === "GET") return { status: 200, body: this.current };
      if (req.method !== "PUT") return { status: 405, body: { error: "use GET or PUT" } };
      const body = await readJson(req);
      return typeof body === "string" ? { status: 400, body: { error: body } } : this.setWeight(body);
    }
    if (path === "/admin/promote") {
      if (req.method !== "POST") return { status: 405, body: { error: "use POST" } };
      const body = await readJson(req);
      return typeof body === "string" ? { status: 400, body: { error: body } } : this.promote(body);
    }
    return undefined;
  }

  private setWeight(body: Record<string, unknown>): AdminAnswer {
    const weight = body["weight"];
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0 || weight > 100) {
      return { status: 400, body: { error: `weight: expected a number from 0 to 100, found ${JSON.stringify(weight)}` } };
    }
    const version = body["version"] ?? null;
    if (version !== null && !isVersion(version)) {
      return { status: 400, body: { error: `version: expected a string of 1 to ${MAX_VERSION} characters, found ${JSON.stringify(version)}` } };
    }
    if (weight > 0 && version === null) return { status: 400, body: { error: "version: required when weight is above 0" } };
    const before = this.current;
    // Weight 0 takes the canary out: nothing runs there any more.
    this.current = { ...before, weight, canaryVersion: weight === 0 ? null : version };
    this.onChange(`canary ${version ?? before.canaryVersion ?? "(none)"}: ${before.weight}% → ${weight}% of the requests`, this.current);
    return { status: 200, body: this.current };
  }

  private promote(body: Record<string, unknown>): AdminAnswer {
    const version = body["version"];
    if (!isVersion(version)) return { status: 400, body: { error: `version: expected a string of 1 to ${MAX_VERSION} characters, found ${JSON.stringify(version)}` } };
    if (this.current.canaryVersion !== version) {
      return { status: 409, body: { error: `${this.current.canaryVersion === null ? "no canary runs" : `the canary runs ${JSON.stringify(this.current.canaryVersion)}`}, not ${JSON.stringify(version)}; give it a weight first` } };
    }
    this.current = { weight: 0, canaryVersion: null, stableVersion: version };
    this.onChange(`promoted: stable now runs ${version} and takes 100% of the requests`, this.current);
    return { status: 200, body: this.current };
  }
}

function isVersion(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_VERSION;
}

/** The request's JSON object, or why there is none. */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | string> {
  let text = "";
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY) return `the body is longer than ${MAX_BODY} bytes`;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Said below.
  }
  return `expected a JSON object, found ${JSON.stringify(text.slice(0, 60))}`;
}
