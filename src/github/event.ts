/**
 * Who made the change a run rolls out, from the event that started it (the JSON file at
 * GITHUB_EVENT_PATH). The sign-off refuses their approval unless self-approval is allowed,
 * so a login is taken only from the fields GitHub fills with logins.
 */

/** The people behind the commit being rolled out, as far as the event tells. */
export interface ChangeMakers {
  /**
   * Who pushed the commit: `pusher.name` of a push (GitHub puts the login there), else
   * `sender.login`, the user whose action raised the event (the dispatcher of a
   * `workflow_dispatch`, who may differ from the run's actor on a re-run).
   */
  readonly pusher?: string;
  /**
   * Who wrote it: `head_commit.author.username`, present when the author's email belongs
   * to a GitHub account. On a squash merge this is the pull request's author, whom the
   * four-eyes rule is about, while the pusher is the person who merged.
   */
  readonly author?: string;
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\[bot\])?$/;

/** The pusher and author named by an event payload; fields that are missing or not logins are left out. */
export function changeMakers(event: unknown): ChangeMakers {
  const pusher = login(at(event, "pusher", "name")) ?? login(at(event, "sender", "login"));
  const author = login(at(event, "head_commit", "author", "username"));
  return { ...(pusher !== undefined && { pusher }), ...(author !== undefined && { author }) };
}

/** Reads the event file's text; anything that is not a JSON object tells nothing. */
export function parseEvent(text: string): unknown {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === "object" && data !== null && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}

function at(value: unknown, ...path: string[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function login(value: unknown): string | undefined {
  return typeof value === "string" && LOGIN.test(value) ? value : undefined;
}
