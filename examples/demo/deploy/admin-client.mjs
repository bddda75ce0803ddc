/**
 * What the demo's deploy scripts share: the demo service's admin API, found at
 * DEMO_SERVICE_URL, and the DEPLOY_* values the command target passes. Node only: no curl,
 * no jq. Values come from the environment alone, never from arguments.
 */

const TIMEOUT_MS = 5000;

/** An environment variable the script cannot work without. */
export function required(name) {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`${name} is not set; the deploy-playbook command target sets the DEPLOY_* variables, and the demo sets DEMO_SERVICE_URL`);
  return value;
}

/** DEPLOY_WEIGHT as a number from 0 to 100. */
export function weight() {
  const text = required("DEPLOY_WEIGHT");
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) throw new Error(`DEPLOY_WEIGHT is ${JSON.stringify(text)}; expected a number from 0 to 100`);
  return value;
}

/** What DEPLOY_STATE recorded before the first move: `current` holds the `current` script's JSON. */
export function recorded() {
  const text = process.env.DEPLOY_STATE;
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`DEPLOY_STATE is not JSON: ${JSON.stringify(text.slice(0, 60))}`);
  }
}

/** Calls the admin API; resolves with its JSON answer, rejects on any other status. */
export async function admin(method, path, body) {
  const url = new URL(path, required("DEMO_SERVICE_URL"));
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new Error(`${method} ${url} failed: ${error.cause?.message ?? error.message}`);
  }
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.trim()}`);
  return JSON.parse(text);
}

/** The split as the service reports it: `{ weight, canaryVersion, stableVersion }`. */
export function traffic() {
  return admin("GET", "/admin/traffic");
}

/** Runs a script's body: its resolved value is the exit code; an error is said on stderr and exits 1. */
export function main(body) {
  body().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
